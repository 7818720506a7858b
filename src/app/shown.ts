import { useMemo } from 'react';
import {
  applyFilters,
  homeWindow,
  kindName,
  kindsOf,
  NO_TIME,
  panBounds,
  searchEvents,
  sideName,
  sideOf,
  sideOrderOf,
  type Dataset,
  type Filters,
  type Lang,
  type SearchResult,
  type Side,
  type TimelineEvent,
} from '../domain';
import type { LaneGrouping, TimeWindow } from '../state';
import { chronological, coreWindow, deskFit, HALF_BOX, toLanes, windowAround, type LaneModel } from '../view';

/** The root's type size against the 16 px the desk's measures were taken at. */
const remScale = (): number =>
  typeof document === 'undefined'
    ? 1
    : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
import type { CorpusSource } from './corpus-source';
import { usePhone } from './event-view';
import { offersFor, type Offers } from './offers';

/**
 * What the screen shows, and what it offers, for the two things it can show: the events of a file, or
 * the events a static corpus has fetched so far. This is the one place that tells them apart; the
 * screen asks for what it needs (lanes, search results, windows, what a click does) and never asks
 * "corpus or file?" itself.
 *
 * - A file: the filters apply, the lanes follow the chosen grouping and the dataset's own kinds (and
 *   colours), search reads its events, "Start here", the desk's fit and the briefing builder are offered.
 * - A corpus: the events are only those fetched so far, so the filters, "Start here", the fit, the
 *   briefing builder, Present and the printed handout (which would all act on a part as if it were the
 *   whole) are not offered; lanes are
 *   the corpus's kinds, as its density is counted; search asks the corpus; its home window bounds the pan.
 */
export interface Shown {
  /** The corpus, when it is one: its files, counts and search progress. */
  readonly corpus: CorpusSource | null;
  readonly grouping: LaneGrouping;
  /** Every event there is on screen, in time order, before the filters. */
  readonly ordered: readonly TimelineEvent[];
  /** Drawn and listed (after the filters), in time order: what the keys step through. */
  readonly visible: readonly TimelineEvent[];
  /** The search's results, null with no query. */
  readonly results: readonly SearchResult[] | null;
  readonly matches: ReadonlySet<string> | null;
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: TimelineEvent) => string;
  /** The story's core, the window of every event, the first view and how far the user may pan. */
  readonly core: TimeWindow | null;
  readonly all: TimeWindow | null;
  readonly home: TimeWindow;
  readonly bounds: TimeWindow;
  /** A dataset's own kinds, whose colours the lanes take (a corpus's kinds are the bundled ones). */
  readonly kinds: Dataset['kinds'] | undefined;
  /** What the screen offers for what it shows (`offers.ts`): ask this, never "corpus or file?". */
  readonly offers: Offers;
  /** How many events there are in all, when the events shown are a part. */
  readonly total: number | undefined;
  /** Whether the event has only its skeleton so far (its card and accounts are being fetched). */
  readonly pending: (id: string) => boolean;
  /** Whether selecting the event must wait for it to be fetched (it is not among those shown). */
  readonly fetches: (id: string) => boolean;
  /** "Show all events" at a desk: every event with room for its box at each end; null if not offered. */
  readonly fit: (width: number) => TimeWindow | null;
}

export interface ShownInput {
  readonly dataset: Dataset;
  readonly corpus: CorpusSource | null;
  /** The corpus's own search results (it searches all its events, not those fetched). */
  readonly corpusResults: readonly SearchResult[] | undefined;
  readonly filters: Filters;
  readonly grouping: LaneGrouping;
  readonly query: string;
  readonly lang: Lang;
}

export function useShown({
  dataset,
  corpus,
  corpusResults,
  filters,
  grouping: chosen,
  query,
  lang,
}: ShownInput): Shown {
  const whole = corpus === null;
  // A corpus's density is counted per kind: its lanes are kinds.
  const grouping = whole ? chosen : 'kind';
  const ordered = useMemo(() => chronological(dataset.events), [dataset]);
  const visible = useMemo(
    () => (whole ? applyFilters(ordered, filters) : ordered),
    [ordered, filters, whole],
  );
  const results = useMemo(
    () =>
      query.trim() === ''
        ? null
        : whole
          ? searchEvents({ ...dataset, events: visible }, query)
          : (corpusResults ?? []),
    [dataset, visible, query, whole, corpusResults],
  );
  const matches = useMemo(
    () => (results === null ? null : new Set<string>(results.map((r) => r.event.id))),
    [results],
  );
  const story = useMemo(() => corpus?.home ?? coreWindow(dataset), [dataset, corpus]);
  // A phone's first view leaves half a box free beside its first and last events (S3-11); the pan
  // bounds stay the story's.
  const phone = usePhone();
  const core = useMemo(
    () => (corpus === null ? homeWindow(dataset, phone) : story),
    [dataset, corpus, phone, story],
  );
  const all = useMemo(() => corpus?.home ?? windowAround(dataset.events), [dataset, corpus]);
  // Panning and zooming out stop a little past the first and last events (S3-6).
  const bounds = useMemo<TimeWindow>(
    () => corpus?.home ?? panBounds(dataset.events, story) ?? NO_TIME,
    [dataset, corpus, story],
  );
  const laneOf = useMemo(() => {
    const sides = new Map<string, Side>(dataset.entities.map((e) => [e.id, e.side]));
    return grouping === 'side'
      ? (e: TimelineEvent) => sideOf(e, (id) => sides.get(id))
      : (e: TimelineEvent) => e.kind;
  }, [dataset, grouping]);
  const lanes = useMemo(
    () =>
      corpus !== null
        ? corpus.lanes.map((k, order) => ({ id: k, label: kindName(dataset, k, lang), order }))
        : grouping === 'side'
          ? toLanes(visible, (k) => sideName(dataset, k, lang), laneOf, sideOrderOf(dataset))
          : toLanes(
              visible,
              (k) => kindName(dataset, k, lang),
              laneOf,
              kindsOf(dataset).map((k) => k.id),
            ),
    [visible, grouping, laneOf, corpus, dataset, lang],
  );
  const ids = useMemo(() => new Set<string>(dataset.events.map((e) => e.id)), [dataset]);
  return useMemo<Shown>(
    () => ({
      corpus,
      grouping,
      ordered,
      visible,
      results,
      matches,
      lanes,
      laneOf,
      core,
      all,
      home: core ?? NO_TIME,
      bounds,
      kinds: dataset.kinds,
      offers: offersFor(corpus),
      total: corpus?.corpus.manifest.counts.events,
      pending: (id) => corpus !== null && !corpus.isFull(id),
      fetches: (id) => corpus !== null && !ids.has(id),
      // A box's half width grows with the root's type (18 px on a large desk).
      fit: (width) =>
        offersFor(corpus).fit && width > 0 ? deskFit(dataset.events, width, HALF_BOX * remScale()) : null,
    }),
    [corpus, grouping, ordered, visible, results, matches, lanes, laneOf, core, all, bounds, dataset, ids],
  );
}
