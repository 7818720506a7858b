/**
 * The view in the URL: `?lang=ar|en&event=<id>&source=<id>&claim=<id>&from=<date>&to=<date>&briefing=<id>&step=<n>&author=1`,
 * read and written through each parameter's codec (`address.ts`). Pure functions, so links can be read and
 * written anywhere (and tested without a browser).
 */
import { NO_FILTERS, type Filters, type Lang } from '../domain';
import { formatWindowEdge, readAddress, readParam, writeParams, type AddressPatch } from './address';
import { opensWorkbench } from './mode';
import { deckPosition, type DeckPosition, type DeckRole } from './presenting';
import type { LaneGrouping, TimeWindow, ViewState } from './view-state';

export { formatWindowEdge } from './address';

export interface UrlView {
  readonly lang?: Lang;
  readonly eventId?: string;
  readonly sourceId?: string;
  readonly claimId?: string;
  readonly window?: TimeWindow;
  readonly query?: string;
  readonly filters?: Filters;
  readonly lanes?: LaneGrouping;
  readonly entityId?: string;
  readonly present?: boolean;
  readonly briefingId?: string;
  /** The presentation's step within the event named (0-based; `step=` counts from 1). */
  readonly step?: number;
  /** The workbench is open (`author=1`); a preview is not in the address. */
  readonly mode?: 'author';
}

/** Reads what the URL says about the view; anything malformed is ignored. */
export function readUrl(search: string): UrlView {
  const a = readAddress(search);
  const { lang, event: eventId, source: sourceId, claim: claimId, q: query, entity: entityId } = a;
  const briefingId = a.briefing;
  const f: Filters = { actors: a.actors, sources: a.sources, kinds: a.kinds, dates: a.dates };
  const filtered = f.actors.length + f.sources.length + f.kinds.length + f.dates.length > 0;
  const from = a.from?.ms ?? null;
  const to = a.to?.ms ?? null;
  return {
    ...(lang !== null ? { lang } : {}),
    ...(eventId !== null ? { eventId } : {}),
    ...(eventId !== null && sourceId !== null ? { sourceId } : {}),
    ...(eventId !== null && claimId !== null ? { claimId } : {}),
    ...(from !== null && to !== null && to > from ? { window: { from, to } } : {}),
    ...(query !== '' ? { query } : {}),
    ...(filtered ? { filters: f } : {}),
    ...(a.lanes === 'side' ? { lanes: 'side' as const } : {}),
    ...(entityId !== null ? { entityId } : {}),
    // `presenter`: the presenter's own window of a presentation.
    ...(a.present !== null ? { present: true } : {}),
    ...(briefingId !== null ? { briefingId } : {}),
    ...(eventId !== null && a.step !== null ? { step: a.step - 1 } : {}),
    ...(a.author ? { mode: 'author' as const } : {}),
  };
}

/** Writes the view into a query string, keeping parameters that belong to others (e.g. `data`). */
export function writeUrl(search: string, view: ViewState): string {
  return writeParams(search, viewPatch(search, view));
}

/** The view's parameters as it would write them into `search` (a presenter's window stays one). */
export function viewPatch(search: string, view: ViewState): AddressPatch {
  const focused = view.eventId !== null;
  const w = view.window;
  // Short windows carry the time too (as `formatWindowEdge` decides).
  const time = w !== null && formatWindowEdge(0, w.to - w.from).length > 10;
  // The step joins the event while presenting, so a reload (F5 on some clickers) comes back to it.
  const at = deckPosition(view);
  return {
    lang: view.lang,
    event: view.eventId,
    source: focused ? view.sourceId : null,
    claim: focused ? view.claimId : null,
    q: view.query,
    actors: view.filters.actors,
    sources: view.filters.sources,
    kinds: view.filters.kinds,
    dates: view.filters.dates,
    lanes: view.lanes,
    entity: view.entityId,
    present: view.present ? deckRoleIn(search) : null,
    briefing: view.briefingId,
    step: view.present && at.eventId !== null && at.step > 0 ? at.step + 1 : null,
    author: view.mode === 'author',
    from: w === null ? null : { ms: w.from, time },
    to: w === null ? null : { ms: w.to, time },
  };
}

/**
 * Which window of a presentation this is: the presenter's own, opened with `present=presenter` (and
 * staying so while it presents), or the audience's. Read here for the address's writes and for the
 * presentation alike.
 */
export const deckRoleIn = (search: string): DeckRole =>
  readParam(search, 'present') === 'presenter' ? 'presenter' : 'audience';

/** The view as a link restores it, with defaults for what the URL leaves out. */
export function viewFromUrl(u: UrlView): Omit<ViewState, 'lang' | 'display' | 'window' | 'deckScreen'> {
  const step: DeckPosition | null =
    u.eventId !== undefined && u.step !== undefined ? { eventId: u.eventId, step: u.step } : null;
  return {
    eventId: u.eventId ?? null,
    sourceId: u.sourceId ?? null,
    claimId: u.claimId ?? null,
    query: u.query ?? '',
    filters: u.filters ?? NO_FILTERS,
    lanes: u.lanes ?? 'kind',
    entityId: u.entityId ?? null,
    present: u.present ?? false,
    briefingId: u.briefingId ?? null,
    step,
    mode: u.mode ?? 'view',
  };
}

/**
 * What one history entry holds: the event, the source and the claim singled out, so choosing another is
 * a new entry that Back returns from. A source read through a phone's one-at-a-time tabs is browsing
 * within the event, no place of its own: the tabs write it inside `replacingEntry` (`app/url-sync.ts`).
 */
export function historyPlace(view: Pick<ViewState, 'eventId' | 'sourceId' | 'claimId'>): string {
  return `${view.eventId}|${view.sourceId}|${view.claimId}`;
}

/**
 * How a change of the view reaches the history: `push`, a new place or the workbench opened from the view
 * (a new entry, unless Back or Forward made it); `replace`, the presentation's step or mode, or any other
 * change of the page's mode (leaving the workbench, its preview), written into the current entry at once
 * (a clicker's F5 right after a press reloads onto it); `later`, anything else (the window, the search,
 * the language), written into the current entry once it settles.
 */
export function entryChange(view: ViewState, previous: ViewState): 'push' | 'replace' | 'later' {
  if (historyPlace(view) !== historyPlace(previous)) return 'push';
  if (view.mode !== previous.mode) return opensWorkbench(previous.mode, view.mode) ? 'push' : 'replace';
  if (view.step !== previous.step || view.present !== previous.present) return 'replace';
  return 'later';
}
