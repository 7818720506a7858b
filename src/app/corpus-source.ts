/**
 * A corpus as the screen's data: the events of the window (fetched from the skeleton when the window
 * holds few enough to draw one by one), the selected events in full (details, quotes, their articles),
 * density bars from the prebuilt levels, search, and every bad block as a problem with its place.
 * It lives outside React, so a language switch (which rebuilds the timeline) keeps it and its caches.
 * The screen sees what has been fetched as a `CorpusPart` (corpus-part.ts), never as a dataset.
 */
import { CorpusError, type Corpus, type PlacedRow } from '../data';
import {
  binStep,
  interval,
  NO_TIME,
  padBounds,
  type BinStep,
  type Entity,
  type EventHead,
  type SearchResult,
  type Source,
  type TimelineEvent,
} from '../domain';
import { createStore, sameWindow, type Store, type TimeWindow, type ViewState } from '../state';
import { frameEvent } from '../view';
import { covers, levelCounts, planStep, planWindow, type LevelLanes, type WindowPlan } from './corpus-plan';
import type { CorpusPart } from './corpus-part';
import { rowHead } from './corpus-rows';
import { createCorpusSearch } from './corpus-search';
import { isPhone } from './event-view';
import { latestLoad } from './last-load';

const DAY = 86_400_000;
/** The window a link to an event opens on: a week around it. */
const AROUND_EVENT = 7 * DAY;
const DEBOUNCE_MS = 120;
/** Events kept in full besides the window's skeleton: the last ones selected. */
const KEEP_FULL = 16;

export interface CorpusProblem {
  readonly place: string;
  readonly code: string;
  readonly message: string;
}

export interface CorpusSearchState {
  readonly query: string;
  readonly results: readonly SearchResult[];
  /** Still looking: the index, then the details of events found by a quote alone. */
  readonly busy: boolean;
  /** Of the events found by a quote alone, how many have been fetched to show that quote. */
  readonly done: number;
  readonly total: number;
  /** More events match than are listed (or the index keeps only the first rows of a common word). */
  readonly capped: boolean;
}

export interface CorpusView {
  /** Bumped whenever a density level arrives: the bars are drawn again. */
  readonly levels: number;
  readonly problems: readonly CorpusProblem[];
  readonly search: CorpusSearchState | null;
  /** The selected event's details are on their way. */
  readonly loading: boolean;
}

export interface CorpusSource {
  readonly corpus: Corpus;
  readonly state: Store<CorpusView>;
  /** The whole corpus's time, with a little room on each side (`padBounds`): the first window, "fit" and the pan bounds. */
  readonly home: TimeWindow;
  /** Lanes (event kinds) that hold events, in the manifest's order. */
  readonly lanes: readonly string[];
  /** What has been fetched so far. */
  part(): CorpusPart;
  /** Density or events one by one for a window; null while the level it is counted at is on its way. */
  plan(from: number, to: number): WindowPlan | null;
  /** Density bars from the prebuilt level (empty while it is on its way). */
  counts(step: BinStep, edges: readonly number[]): ReadonlyMap<string, Uint32Array>;
  /** Whether an event's details are in (not only its skeleton). */
  isFull(id: string): boolean;
  /**
   * Puts the first window in place and fetches what its first draw needs; then follows the view.
   * `fresh`: the corpus replaces a dataset on screen, so it starts on its own `home` window with nothing
   * selected, and leaves the view as it is (the caller puts that window in place with the corpus).
   */
  start(options?: { readonly fresh?: boolean }): Promise<void>;
  /** Adds a problem or notice about the corpus (kept once by place and code). */
  report(e: unknown): void;
  dismiss(): void;
  dispose(): void;
}

export function describeProblem(e: unknown): CorpusProblem {
  return e instanceof CorpusError
    ? { place: e.place, code: e.code, message: e.message }
    : { place: '', code: 'fetch', message: e instanceof Error ? e.message : String(e) };
}

export function createCorpusSource(
  corpus: Corpus,
  view: Store<ViewState>,
  publish: (part: CorpusPart) => void,
  /** Whether the page has a phone's layout, asked when a fetched event is brought into view. */
  phone: () => boolean = isPhone,
): CorpusSource {
  const m = corpus.manifest;
  const state = createStore<CorpusView>({ levels: 0, problems: [], search: null, loading: false });
  // The corpus's time with a little room on each side: its first window, its fit and its pan bounds.
  const home = m.time === null ? NO_TIME : padBounds({ from: m.time.start, to: m.time.end });

  const report = (e: unknown): void => {
    const p = describeProblem(e);
    state.set((s) =>
      s.problems.some((q) => q.place === p.place && q.code === p.code)
        ? {}
        : { problems: [...s.problems, p] },
    );
  };

  // Density levels, each fetched once.
  const levels = new Map<string, LevelLanes>();
  const asked = new Map<string, Promise<LevelLanes | null>>();
  const loadLevel = (step: BinStep): Promise<LevelLanes | null> => {
    const key = `${step.unit}-${step.n}`;
    let p = asked.get(key);
    if (p === undefined) {
      p = corpus.density(step, -Infinity, Infinity).then(
        (lanes) => {
          levels.set(key, lanes);
          state.set((s) => ({ levels: s.levels + 1 }));
          return lanes;
        },
        (e: unknown) => {
          report(e);
          return null;
        },
      );
      asked.set(key, p);
    }
    return p;
  };
  const level = (step: BinStep): LevelLanes | null => {
    const l = levels.get(`${step.unit}-${step.n}`);
    if (l === undefined) void loadLevel(step).then((x) => x !== null && schedule());
    return l ?? null;
  };
  const plan = (from: number, to: number): WindowPlan | null => {
    const step = planStep(to - from);
    const l = level(step);
    return l === null ? null : planWindow(l, step, from, to);
  };

  // What is fetched: the window's skeleton, events in full, the sources, entities and article texts.
  let rows: readonly PlacedRow[] = [];
  let have: { from: number; to: number } | null = null;
  const full = new Map<string, TimelineEvent>();
  let sources: readonly Source[] = [];
  let entities: readonly Entity[] = [];
  const texts = new Map<string, string>();
  let heads: readonly EventHead[] = [];
  let current: CorpusPart = build();

  function build(): CorpusPart {
    return {
      title: m.title,
      heads,
      full: new Map(full),
      sources,
      texts: new Map(texts),
      entities,
      // The corpus's own kinds and sides (an older manifest lists none: the bundled story's).
      ...(m.kinds !== undefined ? { kinds: m.kinds } : {}),
      ...(m.sides !== undefined ? { sides: m.sides } : {}),
    };
  }
  const update = (): void => {
    current = build();
    publish(current);
  };

  // The window: debounced, the last request wins (`latestLoad`), rows already fetched for a wider range
  // are kept.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const windowLoads = latestLoad();
  async function follow(w: TimeWindow): Promise<void> {
    const p = plan(w.from, w.to);
    if (p === null) return;
    if (p.dense) {
      if (rows.length > 0) {
        rows = [];
        heads = [];
        have = null;
        update();
      }
      return;
    }
    if (covers(have, p)) return;
    const turn = windowLoads.begin();
    try {
      const got = await corpus.window(p.from, p.to);
      if (!turn.current()) return;
      rows = got;
      heads = got.map(rowHead);
      have = { from: p.from, to: p.to };
      update();
    } catch (e) {
      if (turn.current()) report(e);
    }
  }
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void follow(view.get().window ?? home), DEBOUNCE_MS);
  }

  // The selection: its row, then its details and the articles its quotes come from. What an earlier
  // selection fetched is kept; only the last one asked for says when the loading is over.
  const selections = latestLoad();
  async function fetchEvent(id: string, move: boolean): Promise<void> {
    const turn = selections.begin();
    state.set({ loading: true });
    try {
      const row = rows.find((r) => r.id === id) ?? (await corpus.find(id));
      if (row === null) throw new CorpusError(id, 'invalid', 'no such event in this corpus');
      const [event, list, known] = await Promise.all([
        corpus.event(row),
        corpus.sources(),
        corpus.entities(),
      ]);
      [sources, entities] = [list, known];
      full.delete(id);
      full.set(id, event);
      for (const old of full.keys())
        if (full.size > KEEP_FULL && old !== view.get().eventId) full.delete(old);
      // The quotes are on screen as soon as the event is checked (the reader checked them against the
      // parts of their articles that hold them); the whole articles, for reading them in context and for
      // the shared-copy note, follow together.
      update();
      const missing = [...new Set(event.accounts.map((a) => a.source))].filter((s) => !texts.has(s));
      if (missing.length > 0) {
        const got = await Promise.all(missing.map(async (s) => ({ s, text: await corpus.article(s) })));
        for (const { s, text } of got) texts.set(s, text);
        update();
      }
      const span = interval(event.start, event.end);
      const w = view.get().window ?? home;
      if (move && span !== null && view.get().eventId === id) {
        const next = frameEvent(w, span, phone());
        if (!sameWindow(next, w)) view.set({ window: next });
      }
    } catch (e) {
      report(e);
    } finally {
      if (turn.current()) state.set({ loading: false });
    }
  }

  const search = createCorpusSearch(
    corpus,
    () => corpus.entities(),
    (s) => state.set({ search: s }),
    report,
  );
  let unsubscribe = (): void => {};

  return {
    corpus,
    state,
    home,
    lanes: m.lanes.filter((l) => l.events > 0).map((l) => l.id),
    part: () => current,
    plan,
    counts(step, edges) {
      const l = level(step);
      return l === null ? new Map() : levelCounts(l, edges);
    },
    isFull: (id) => full.has(id),
    async start({ fresh = false } = {}) {
      const v = fresh ? { eventId: null, window: null, query: '' } : view.get();
      let window = v.window;
      let row: PlacedRow | null = null;
      if (v.eventId !== null) {
        row = await corpus.find(v.eventId).catch((e: unknown) => (report(e), null));
        if (row !== null && window === null) {
          const mid = (row.start_ms + row.end_ms) / 2;
          window = { from: mid - AROUND_EVENT / 2, to: mid + AROUND_EVENT / 2 };
        }
      }
      window ??= home;
      if (!fresh && !sameWindow(window, v.window)) view.set({ window });
      // The first draw: the level the window is planned at, the one its bars are likely drawn at, and
      // its skeleton when it holds few enough events.
      const span = window.to - window.from;
      const width = typeof innerWidth === 'number' ? innerWidth : 1200;
      await Promise.all([loadLevel(planStep(span)), loadLevel(binStep(span, Math.max(4, width / 18)))]);
      await follow(window);
      if (v.eventId !== null && row !== null) void fetchEvent(v.eventId, false);
      if (v.query.trim() !== '') search.run(v.query);
      unsubscribe = view.subscribe((s, prev) => {
        if (s.window !== prev.window) schedule();
        if (s.eventId !== prev.eventId && s.eventId !== null && !full.has(s.eventId))
          void fetchEvent(s.eventId, true);
        if (s.query !== prev.query) search.run(s.query);
      });
    },
    report,
    dismiss: () => state.set({ problems: [] }),
    dispose() {
      unsubscribe();
      clearTimeout(timer);
      search.dispose();
      corpus.close?.();
      windowLoads.cancel();
      selections.cancel();
    },
  };
}
