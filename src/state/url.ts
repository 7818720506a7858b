/**
 * The view in the URL: `?lang=ar|en&event=<id>&source=<id>&claim=<id>&from=<date>&to=<date>&briefing=<id>`. Pure functions, so links can be
 * read and written anywhere (and tested without a browser).
 */
import { EVENT_KINDS, NO_FILTERS, type EventKind, type Filters, type Lang } from '../domain';
import type { LaneGrouping, TimeWindow, ViewState } from './view-state';

const DAY = 86_400_000;

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
}

const list = (s: string | null): string[] => (s === null || s === '' ? [] : s.split(','));

function readFilters(q: URLSearchParams): Filters | undefined {
  const f: Filters = {
    actors: list(q.get('actors')).filter((x) => ID.test(x)),
    sources: list(q.get('sources')).filter((x) => ID.test(x)),
    kinds: list(q.get('kinds')).filter((x): x is EventKind => (EVENT_KINDS as readonly string[]).includes(x)),
    dates: list(q.get('dates')).filter((x): x is 'stated' | 'inferred' => x === 'stated' || x === 'inferred'),
  };
  return f.actors.length + f.sources.length + f.kinds.length + f.dates.length > 0 ? f : undefined;
}

const ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const id = (s: string | null): string | null => (s !== null && ID.test(s) ? s : null);

/** An instant as a date (`2024-06-25`), or with the time when the window is short enough to need it. */
export function formatWindowEdge(ms: number, spanMs: number): string {
  const iso = new Date(ms).toISOString();
  return spanMs < 10 * DAY ? iso.slice(0, 16) : iso.slice(0, 10);
}

function parseEdge(s: string | null): number | null {
  if (s === null || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s)) return null;
  const ms = Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Reads what the URL says about the view; anything malformed is ignored. */
export function readUrl(search: string): UrlView {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const eventId = id(q.get('event'));
  const sourceId = id(q.get('source'));
  const claimId = id(q.get('claim'));
  const query = (q.get('q') ?? '').slice(0, 200);
  const filters = readFilters(q);
  const entityId = id(q.get('entity'));
  const briefingId = id(q.get('briefing'));
  const from = parseEdge(q.get('from'));
  const to = parseEdge(q.get('to'));
  return {
    ...(lang === 'ar' || lang === 'en' ? { lang } : {}),
    ...(eventId !== null ? { eventId } : {}),
    ...(eventId !== null && sourceId !== null ? { sourceId } : {}),
    ...(eventId !== null && claimId !== null ? { claimId } : {}),
    ...(from !== null && to !== null && to > from ? { window: { from, to } } : {}),
    ...(query.trim() !== '' ? { query } : {}),
    ...(filters !== undefined ? { filters } : {}),
    ...(q.get('lanes') === 'side' ? { lanes: 'side' as const } : {}),
    ...(entityId !== null ? { entityId } : {}),
    // `presenter`: the presenter's own window of a presentation.
    ...(q.get('present') === '1' || q.get('present') === 'presenter' ? { present: true } : {}),
    ...(briefingId !== null ? { briefingId } : {}),
  };
}

/** Writes the view into a query string, keeping parameters that belong to others (e.g. `data`). */
export function writeUrl(search: string, view: ViewState): string {
  const q = new URLSearchParams(search);
  q.set('lang', view.lang);
  const set = (key: string, value: string | null): void => {
    if (value !== null) q.set(key, value);
    else q.delete(key);
  };
  set('event', view.eventId);
  set('source', view.eventId === null ? null : view.sourceId);
  set('claim', view.eventId === null ? null : view.claimId);
  set('q', view.query.trim() === '' ? null : view.query);
  const f = view.filters;
  set('actors', f.actors.length > 0 ? f.actors.join(',') : null);
  set('sources', f.sources.length > 0 ? f.sources.join(',') : null);
  set('kinds', f.kinds.length > 0 ? f.kinds.join(',') : null);
  set('dates', f.dates.length > 0 ? f.dates.join(',') : null);
  set('lanes', view.lanes === 'side' ? 'side' : null);
  set('entity', view.entityId);
  set('present', view.present ? (q.get('present') === 'presenter' ? 'presenter' : '1') : null);
  set('briefing', view.briefingId);
  if (view.window !== null) {
    const span = view.window.to - view.window.from;
    q.set('from', formatWindowEdge(view.window.from, span));
    q.set('to', formatWindowEdge(view.window.to, span));
  } else {
    q.delete('from');
    q.delete('to');
  }
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** The view as a link restores it, with defaults for what the URL leaves out. */
export function viewFromUrl(u: UrlView): Omit<ViewState, 'lang' | 'display' | 'window'> {
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
  };
}
