import { useMemo } from 'react';
import {
  applyFilters,
  homeWindow,
  indexDataset,
  kindName,
  kindsOf,
  NO_TIME,
  panBounds,
  searchEvents,
  sideName,
  sideOf,
  sideOrderOf,
  type Bilingual,
  type Dataset,
  type DatasetIndex,
  type EventHead,
  type Filters,
  type Lang,
  type SearchResult,
  type Side,
  type TimelineEvent,
} from '../domain';
import type { LaneGrouping, TimeWindow } from '../state';
import { chronological, coreWindow, deskFit, HALF_BOX, toLanes, windowAround, type LaneModel } from '../view';
import { detailsOf, drawnEvents } from './corpus-part';
import type { CorpusSource } from './corpus-source';
import { usePhone } from './event-view';
import { offersFor, type Offers } from './offers';
import type { OnScreen } from './on-screen';

/** The root's type size against the 16 px the desk's measures were taken at. */
const remScale = (): number =>
  typeof document === 'undefined'
    ? 1
    : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;

/**
 * What the screen shows, and what it offers, for the two things it can show (`OnScreen`): the events
 * of a file, or the events a static corpus has fetched so far. This is the one place that tells them
 * apart; the screen asks for what it needs (lanes, search results, windows, what a click does) and
 * never asks "corpus or file?" itself.
 *
 * - A file: the filters apply, the lanes follow the chosen grouping and the dataset's own kinds (and
 *   colours), search reads its events, "Start here", the desk's fit and the briefing builder are offered.
 * - A corpus: the events are only those fetched so far, most of them heads (`EventHead`), so the
 *   filters, "Start here", the fit, the briefing builder, Present and the printed handout (which would
 *   all act on a part as if it were the whole) are not offered, and `file` is null; lanes are the
 *   corpus's kinds, as its density is counted; search asks the corpus; its home window bounds the pan.
 */
export interface Shown {
  /** A file's events in full, for what only a file offers (briefings, Present, the handout, the filters). */
  readonly file: ShownFile | null;
  /** The corpus, when it is one: its files, counts and search progress. */
  readonly corpus: CorpusSource | null;
  readonly title: Bilingual;
  /** The lookups the card and the accounts read: a file's, or a corpus's events fetched in full. */
  readonly index: DatasetIndex;
  readonly grouping: LaneGrouping;
  /** Every event there is on screen, in time order, before the filters. */
  readonly ordered: readonly EventHead[];
  /** Drawn and listed (after the filters), in time order: what the keys step through. */
  readonly visible: readonly EventHead[];
  /** The search's results, null with no query. */
  readonly results: readonly SearchResult[] | null;
  readonly matches: ReadonlySet<string> | null;
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  /** The story's core, the window of every event, the first view and how far the user may pan. */
  readonly core: TimeWindow | null;
  readonly all: TimeWindow | null;
  readonly home: TimeWindow;
  readonly bounds: TimeWindow;
  /** The kinds and sides on screen (a dataset's or a corpus's own; the bundled story's without). */
  readonly vocabulary: Pick<Dataset, 'kinds' | 'sides'>;
  /** What the screen offers for what it shows (`offers.ts`): ask this, never "corpus or file?". */
  readonly offers: Offers;
  /** How many events there are in all, when the events shown are a part. */
  readonly total: number | undefined;
  /** The event as drawn (its head), null when it is not on screen. */
  readonly head: (id: string) => EventHead | null;
  /** The event in full, null when it is not on screen or only its head is (its details are on their way). */
  readonly details: (id: string) => TimelineEvent | null;
  /** Whether selecting the event must wait for it to be fetched (it is not among those shown). */
  readonly fetches: (id: string) => boolean;
  /** "Show all events" at a desk: every event with room for its box at each end; null if not offered. */
  readonly fit: (width: number) => TimeWindow | null;
}

/** A file's events, in full. */
export interface ShownFile {
  readonly dataset: Dataset;
  /** Drawn and listed (after the filters), in time order. */
  readonly visible: readonly TimelineEvent[];
}

export interface ShownInput {
  readonly onScreen: OnScreen;
  /** The corpus's own search results (it searches all its events, not those fetched). */
  readonly corpusResults: readonly SearchResult[] | undefined;
  readonly filters: Filters;
  readonly grouping: LaneGrouping;
  readonly query: string;
  readonly lang: Lang;
}

interface EventsOf {
  readonly file: ShownFile | null;
  readonly corpus: CorpusSource | null;
  /** What the card and the accounts look up: the file, or the corpus's events fetched in full. */
  readonly details: Dataset;
  readonly ordered: readonly EventHead[];
  readonly terms: Pick<Dataset, 'title' | 'kinds' | 'sides'>;
}

/** A file's events or a corpus's, and the lookups of those in full: the one branch on the case. */
function eventsOf(on: OnScreen, filters: Filters): EventsOf {
  if (on.kind === 'file') {
    const ordered = chronological(on.dataset.events);
    const visible = applyFilters(ordered, filters);
    return {
      file: { dataset: on.dataset, visible },
      corpus: null,
      details: on.dataset,
      ordered,
      terms: on.dataset,
    };
  }
  const part = on.part;
  const details = detailsOf(part);
  return { file: null, corpus: on.source, details, ordered: chronological(drawnEvents(part)), terms: part };
}

export function useShown({
  onScreen,
  corpusResults,
  filters,
  grouping: chosen,
  query,
  lang,
}: ShownInput): Shown {
  const { file, corpus, details, ordered, terms } = useMemo(
    () => eventsOf(onScreen, filters),
    [onScreen, filters],
  );
  const index = indexDataset(details);
  // A corpus's density is counted per kind: its lanes are kinds.
  const grouping = file !== null ? chosen : 'kind';
  const visible: readonly EventHead[] = file?.visible ?? ordered;
  const results = useMemo(
    () =>
      query.trim() === ''
        ? null
        : file !== null
          ? searchEvents({ ...file.dataset, events: file.visible }, query)
          : (corpusResults ?? []),
    [file, query, corpusResults],
  );
  const matches = useMemo(
    () => (results === null ? null : new Set<string>(results.map((r) => r.event.id))),
    [results],
  );
  // A phone's first view leaves half a box free beside its first and last events (S3-11); the pan
  // bounds stay the story's.
  const phone = usePhone();
  const windows = useMemo(() => {
    if (file === null) {
      const home = corpus?.home ?? NO_TIME;
      return { core: home, all: home, bounds: home };
    }
    const d = file.dataset;
    // Panning and zooming out stop a little past the first and last events (S3-6).
    return {
      core: homeWindow(d, phone),
      all: windowAround(d.events),
      bounds: panBounds(d.events, coreWindow(d)) ?? NO_TIME,
    };
  }, [file, corpus, phone]);
  const laneOf = useMemo(() => {
    const sides = new Map<string, Side>(details.entities.map((e) => [e.id, e.side]));
    return grouping === 'side'
      ? (e: EventHead) => sideOf(e, (id) => sides.get(id))
      : (e: EventHead) => e.kind;
  }, [details, grouping]);
  const lanes = useMemo(
    () =>
      corpus !== null
        ? corpus.lanes.map((k, order) => ({ id: k, label: kindName(terms, k, lang), order }))
        : grouping === 'side'
          ? toLanes(visible, (k) => sideName(terms, k, lang), laneOf, sideOrderOf(terms))
          : toLanes(
              visible,
              (k) => kindName(terms, k, lang),
              laneOf,
              kindsOf(terms).map((k) => k.id),
            ),
    [visible, grouping, laneOf, corpus, terms, lang],
  );
  const drawn = useMemo(() => new Map<string, EventHead>(ordered.map((e) => [e.id, e])), [ordered]);
  return useMemo<Shown>(() => {
    const offers = offersFor(onScreen);
    return {
      file,
      corpus,
      title: terms.title,
      index,
      grouping,
      ordered,
      visible,
      results,
      matches,
      lanes,
      laneOf,
      ...windows,
      home: windows.core ?? NO_TIME,
      vocabulary: terms,
      offers,
      total: corpus?.corpus.manifest.counts.events,
      head: (id) => drawn.get(id) ?? null,
      details: (id) => index.events.get(id) ?? null,
      fetches: (id) => corpus !== null && !drawn.has(id),
      // A box's half width grows with the root's type (18 px on a large desk).
      fit: (width) =>
        offers.fit && file !== null && width > 0
          ? deskFit(file.dataset.events, width, HALF_BOX * remScale())
          : null,
    };
  }, [
    onScreen,
    file,
    corpus,
    terms,
    index,
    grouping,
    ordered,
    visible,
    results,
    matches,
    lanes,
    laneOf,
    windows,
    drawn,
  ]);
}
