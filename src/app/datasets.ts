/**
 * Which dataset is on screen, and the three ways to replace it (the bundled file, `?data=<url>`, a file
 * the user picks or drops). A replacement is checked completely before anything changes; if it is
 * refused, the dataset on screen stays and the problems are listed. The last load asked for wins: a
 * new one cancels the one under way, whose result, should it still arrive, is dropped.
 */
import type { AnyParseResult, Problem } from '../data';
import { homeWindow, interval, NO_FILTERS, type Dataset } from '../domain';
import { createStore, sameWindow, type Store, type ViewState } from '../state';
import { frameEvent } from '../view';
import { address, type Address } from './address';
import { lastLoad } from './last-load';
import { isPhone } from './event-view';
import type { CorpusProblem, CorpusSource } from './corpus-source';
import { corpusOf, type OnScreen } from './on-screen';
import { loadFromFile, loadFromUrl, type LoadPhase, type LoadProgress } from './load';

export type Origin = 'bundled' | 'url' | 'file';

export interface DatasetState {
  /** A file's dataset or a static corpus (on-screen.ts); null until the first is in. */
  readonly shown: OnScreen | null;
  /** Bumped whenever a new dataset goes on screen, so the view remounts. */
  readonly version: number;
  readonly origin: Origin;
  readonly name: string;
  /** Where a corpus opened by address really came from (its manifest's origin, after redirects). */
  readonly site: string | null;
  /** The event a first load's address named that the dataset does not hold (a stale or mistyped link). */
  readonly missingEvent: string | null;
  /** The file this tab had open before a reload (a file is not kept across one): to be opened again. */
  readonly fileGone: string | null;
  readonly busy: {
    readonly name: string;
    readonly phase: LoadPhase;
    /** Bytes downloaded so far, and the total when known. */
    readonly received?: number;
    readonly total?: number | null;
  } | null;
  readonly refused: {
    readonly name: string;
    readonly problems: readonly Problem[];
    readonly omitted: number;
  } | null;
}

export const BUNDLED = 'dataset.json';

// The name of the file on screen in this tab, so that after a reload the page can say it must be
// opened again (its contents are not kept: only its name, in this tab's session storage).
const OPENED_FILE = 'riwayat-opened-file';
const session = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};
function noteFile(name: string | null): void {
  try {
    if (name === null) session()?.removeItem(OPENED_FILE);
    else session()?.setItem(OPENED_FILE, name);
  } catch {
    // Not remembered: the page only says less after a reload.
  }
}
/** The file noted before this load, said once: it is forgotten as it is read. */
function fileBeforeReload(): string | null {
  try {
    const name = session()?.getItem(OPENED_FILE) ?? null;
    noteFile(null);
    return name;
  } catch {
    return null;
  }
}

export function createDatasets(): Store<DatasetState> {
  return createStore<DatasetState>({
    shown: null,
    version: 0,
    origin: 'bundled',
    name: '',
    site: null,
    missingEvent: null,
    fileGone: fileBeforeReload(),
    busy: null,
    refused: null,
  });
}

/** Puts a checked dataset on screen and fits the view to it: what the new data lacks is let go. */
function show(
  datasets: Store<DatasetState>,
  view: Store<ViewState>,
  dataset: Dataset,
  origin: Origin,
  name: string,
  first: boolean,
): void {
  const v = view.get();
  const keep = v.eventId !== null && dataset.events.some((e) => e.id === v.eventId);
  const phone = isPhone();
  const core = homeWindow(dataset, phone);
  const ev = keep ? dataset.events.find((e) => e.id === v.eventId) : undefined;
  const span = ev === undefined ? null : interval(ev.start, ev.end);
  // A first load honours the window of the link; a replacement starts on the new data's own story.
  const window =
    first && v.window !== null
      ? v.window
      : core !== null && span !== null
        ? frameEvent(core, span, phone)
        : core;
  view.set({
    eventId: keep ? v.eventId : null,
    ...(keep ? {} : { sourceId: null, claimId: null }),
    ...(first ? {} : { filters: NO_FILTERS, query: '', entityId: null }),
    ...(window !== null && !sameWindow(window, v.window) ? { window } : {}),
  });
  // The link's event, let go: the page says so rather than pass over it.
  const missingEvent = first && v.eventId !== null && !keep ? v.eventId : null;
  commit(datasets, { shown: { kind: 'file', dataset }, origin, name, site: null, missingEvent });
}

/**
 * What goes on screen, a file or a corpus, replacing what was: the corpus it replaces is let go, the
 * view remounts (a new `version`) and the address names it.
 */
function commit(
  datasets: Store<DatasetState>,
  shown: Pick<DatasetState, 'shown' | 'origin' | 'name' | 'site'> &
    Partial<Pick<DatasetState, 'missingEvent'>>,
): void {
  corpusOf(datasets.get().shown)?.dispose();
  // Another dataset on screen: a reload no longer has a file to ask for.
  if (shown.origin !== 'file') noteFile(null);
  datasets.set((s) => ({
    ...shown,
    missingEvent: shown.missingEvent ?? null,
    busy: null,
    refused: null,
    version: s.version + 1,
  }));
  describeInAddress(shown.origin, shown.name);
}

/** What `data=` says for what is on screen: the address of a dataset opened by address, else nothing. */
export const dataParam = (origin: Origin, name: string): string | null => (origin === 'url' ? name : null);

/** The address names what is on screen: `data=` for a dataset opened by address, none otherwise. */
function describeInAddress(origin: Origin, name: string): void {
  if (typeof window === 'undefined') return;
  address().update({ data: dataParam(origin, name) });
}

/**
 * `data=` on Back and Forward. This module is its one owner: the entry they reach may have been
 * written while another dataset was on screen (before a file was opened over a link's, say), and
 * Back does not load datasets, so the entry reached is written again to name what is on screen, as
 * the language is (`url-sync.ts`); a reload then opens what the reader was looking at.
 */
export function syncDataParam(datasets: Store<DatasetState>, at: Address): () => void {
  return at.subscribe(() => {
    const s = datasets.get();
    if (s.shown !== null) at.update({ data: dataParam(s.origin, s.name) });
  });
}

/** The load under way for each dataset store: a new one, or Cancel, aborts it (the last load wins). */
const loads = lastLoad<Store<DatasetState>>();

/** Stops the load under way, if any; the dataset on screen stays as it is. */
export function cancelLoad(datasets: Store<DatasetState>): void {
  loads.cancel(datasets);
  datasets.set({ busy: null });
}

async function open(
  datasets: Store<DatasetState>,
  view: Store<ViewState>,
  origin: Origin,
  name: string,
  load: (progress: LoadProgress) => Promise<AnyParseResult>,
): Promise<void> {
  const { signal, current, finish } = loads.begin(datasets);
  datasets.set({ busy: { name, phase: 'reading' }, refused: null });
  const result = await load({
    onPhase: (phase) => {
      if (current()) datasets.set({ busy: { name, phase } });
    },
    onBytes: (received, total) => {
      if (current()) datasets.set({ busy: { name, phase: 'fetching', received, total } });
    },
    signal,
  });
  // A load asked for later (or Cancel) has taken over: this result is dropped quietly.
  if (!current()) return;
  finish();
  performance.mark('riwayat:checked');
  if (result.ok) show(datasets, view, result.dataset, origin, name, datasets.get().shown === null);
  else
    datasets.set({
      busy: null,
      refused: { name, problems: result.problems, omitted: result.omitted ?? 0 },
    });
}

/** A corpus is addressed by its directory (ending in `/`) or its `manifest.json`. */
export const isCorpusUrl = (url: string): boolean => /(\/|\/manifest\.json)([?#].*)?$/.test(url);

export const openUrl = (
  d: Store<DatasetState>,
  v: Store<ViewState>,
  url: string,
  origin: Origin = 'url',
): Promise<void> =>
  isCorpusUrl(url)
    ? openCorpusUrl(d, v, url)
    : open(d, v, origin, url, (progress) => loadFromUrl(url, document.baseURI, progress));

/**
 * Opens a static corpus: only its manifest is fetched and checked before it goes on screen, then what
 * the first window needs (see corpus-source.ts). A manifest that cannot be read is a refusal, as for
 * a file; a bad block later is a problem on the corpus's own alert.
 */
export async function openCorpusUrl(
  datasets: Store<DatasetState>,
  view: Store<ViewState>,
  url: string,
): Promise<void> {
  const { current, finish } = loads.begin(datasets);
  datasets.set({ busy: { name: url, phase: 'fetching' }, refused: null });
  // What the screen shows: a corpus that cannot be opened leaves it as it was (the view is not touched).
  const shown = datasets.get().shown !== null;
  let source: CorpusSource | null = null;
  // Until the reader is loaded, a failure (to load it, say) is told by its message.
  let describe = (e: unknown): CorpusProblem => ({
    place: '',
    code: 'fetch',
    message: e instanceof Error ? e.message : String(e),
  });
  const refuse = (problems: readonly CorpusProblem[]): void => {
    source?.dispose();
    datasets.set({
      busy: null,
      refused: {
        name: url,
        problems: problems.map((p) => ({
          path: p.place || '$',
          code: `corpus-${p.code}` as Problem['code'],
          message: p.message,
        })),
        omitted: 0,
      },
    });
  };
  try {
    const base = new URL(url.replace(/manifest\.json([?#].*)?$/, ''), document.baseURI).href;
    // The corpus reader (and its Parquet decoder) is loaded the first time a corpus is opened.
    const reader = await import('./corpus-open');
    describe = reader.describeProblem;
    const { CorpusError, createCorpusSource, openCorpusInWorker } = reader;
    let noRange: string | null = null;
    // Fetched, decoded and checked in a worker: nothing a corpus holds can hold up this page.
    const { corpus, site } = await openCorpusInWorker(base, {
      onNoRange: (path) => {
        noRange = path;
        source?.report(
          new CorpusError(path, 'no-range', 'a Range request was answered with the whole file (HTTP 200)'),
        );
      },
    });
    if (!current()) return corpus.close();
    const opened = createCorpusSource(corpus, view, (part) => {
      const on = datasets.get().shown;
      if (on?.kind === 'corpus' && on.source === opened) datasets.set({ shown: { ...on, part } });
    });
    source = opened;
    if (noRange !== null)
      opened.report(new CorpusError(noRange, 'no-range', 'the server ignores Range requests'));
    // A replacement starts on the corpus's own window, and the view on screen is left alone until the
    // corpus takes its place; a first load honours the link's.
    await opened.start({ fresh: shown });
    if (!current()) return opened.dispose();
    finish();
    // Over a dataset on screen, a corpus whose first view cannot be read is refused like a bad file.
    const problems = opened.state.get().problems.filter((p) => p.code !== 'no-range');
    if (shown && problems.length > 0) return refuse(problems);
    if (shown)
      view.set({
        eventId: null,
        sourceId: null,
        claimId: null,
        window: opened.home,
        query: '',
        filters: NO_FILTERS,
      });
    commit(datasets, {
      shown: { kind: 'corpus', source: opened, part: opened.part() },
      ...{ origin: 'url', name: url, site },
    });
  } catch (e) {
    if (!current()) return;
    finish();
    refuse([describe(e)]);
  }
}

export const openFile = (d: Store<DatasetState>, v: Store<ViewState>, file: File): Promise<void> =>
  open(d, v, 'file', file.name, (progress) => loadFromFile(file, progress)).then(() => {
    const now = d.get();
    if (now.origin === 'file' && now.name === file.name) {
      noteFile(file.name);
      d.set({ fileGone: null });
    }
  });

export const openBundled = (d: Store<DatasetState>, v: Store<ViewState>): Promise<void> =>
  openUrl(d, v, BUNDLED, 'bundled');

/** Puts a dataset already checked on this page on screen (the workbench's preview of its draft). */
export const showChecked = (
  d: Store<DatasetState>,
  v: Store<ViewState>,
  dataset: Dataset,
  name: string,
): void => show(d, v, dataset, 'file', name, d.get().shown === null);
