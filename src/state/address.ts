/**
 * Every parameter the address may carry, each with its codec: `parse` reads the raw value (null when
 * absent) and never throws, so a hostile or mistyped link falls back to the default; `write` gives the
 * raw value again (null: leave the parameter out). Pure, so links are read, written and tested without a
 * browser. `app/address.ts` is the one place that reads and writes the real address with these.
 */
import { isDatasetId, TERM_ID, type EventKind, type Lang } from '../domain';

export interface Codec<T> {
  readonly parse: (raw: string | null) => T;
  readonly write: (value: T) => string | null;
}

const DAY = 86_400_000;

/** An id of the dataset's (event, source, claim, entity, briefing); anything else is no id. */
const id: Codec<string | null> = {
  parse: (s) => (s !== null && isDatasetId(s) ? s : null),
  write: (v) => v,
};

/** A comma-separated list, each item kept only when `keep` accepts it. */
function list<T extends string>(keep: (s: string) => s is T): Codec<readonly T[]> {
  return {
    parse: (s) => (s === null || s === '' ? [] : s.split(',').filter(keep)),
    write: (v) => (v.length > 0 ? v.join(',') : null),
  };
}
const isId = (s: string): s is string => isDatasetId(s);
// Any kind's id: which kinds there are is the dataset's to say (as for actors and sources).
const isKind = (s: string): s is EventKind => TERM_ID.test(s);
const isDateClass = (s: string): s is 'stated' | 'inferred' => s === 'stated' || s === 'inferred';

/** An instant as a date (`2024-06-25`), or with the time when the window is short enough to need it. */
export function formatWindowEdge(ms: number, spanMs: number): string {
  const iso = new Date(ms).toISOString();
  return spanMs < 10 * DAY ? iso.slice(0, 16) : iso.slice(0, 10);
}

/** One edge of the window, in UTC: a day, or a day and a time (`time`) when the window is short. */
export interface WindowEdge {
  readonly ms: number;
  readonly time: boolean;
}
const edge: Codec<WindowEdge | null> = {
  parse(s) {
    if (s === null || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s)) return null;
    const ms = Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
    // A day the calendar does not have (`2024-02-30`) is no day, not the one after.
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, s.length) !== s) return null;
    return { ms, time: s.length > 10 };
  },
  write: (v) => (v === null ? null : formatWindowEdge(v.ms, v.time ? 0 : 10 * DAY)),
};

/** "Where they diverge" as a link carries it; null where the link leaves it to the reader. */
export type DivergeLink = 'open' | 'folded' | null;

/**
 * Whether "Where they diverge" is folded: as the link says, else as the reader last chose, else open
 * (one rule for every event and every screen size).
 */
export function divergeFolded(link: DivergeLink, chosen: boolean | undefined): boolean {
  return link === null ? (chosen ?? false) : link === 'folded';
}

/** Each parameter's value as its codec reads it. */
export interface AddressValues {
  readonly lang: Lang | null;
  readonly event: string | null;
  readonly source: string | null;
  readonly claim: string | null;
  readonly q: string;
  readonly actors: readonly string[];
  readonly sources: readonly string[];
  readonly kinds: readonly EventKind[];
  readonly dates: readonly ('stated' | 'inferred')[];
  readonly lanes: 'kind' | 'side';
  readonly entity: string | null;
  readonly from: WindowEdge | null;
  readonly to: WindowEdge | null;
  readonly present: 'audience' | 'presenter' | null;
  readonly briefing: string | null;
  readonly step: number | null;
  readonly data: string | null;
  readonly author: boolean;
  readonly diverge: DivergeLink;
}
export type ParamName = keyof AddressValues;

/** The codec of every parameter, in the order a new parameter joins the address. */
export const PARAMS: { readonly [K in ParamName]: Codec<AddressValues[K]> } = {
  lang: {
    parse: (s) => (s === 'ar' || s === 'en' ? s : null),
    write: (v) => v,
  },
  event: id,
  source: id,
  claim: id,
  /** The search box's text, at most 200 characters; blank is no search. */
  q: {
    parse: (s) => {
      const q = (s ?? '').slice(0, 200);
      return q.trim() === '' ? '' : q;
    },
    write: (v) => (v.trim() === '' ? null : v),
  },
  actors: list(isId),
  sources: list(isId),
  kinds: list(isKind),
  dates: list(isDateClass),
  lanes: {
    parse: (s) => (s === 'side' ? 'side' : 'kind'),
    write: (v) => (v === 'side' ? 'side' : null),
  },
  entity: id,
  from: edge,
  to: edge,
  /** Presenting: `1` in the audience's window, `presenter` in the presenter's own. */
  present: {
    parse: (s) => (s === '1' ? 'audience' : s === 'presenter' ? 'presenter' : null),
    write: (v) => (v === null ? null : v === 'presenter' ? 'presenter' : '1'),
  },
  briefing: id,
  /** The presentation's step within the event, counted from 1 (the first step is left out). */
  step: {
    parse: (s) => (s !== null && /^[1-9]\d{0,5}$/.test(s) ? Number(s) : null),
    write: (v) => (v === null || !Number.isInteger(v) || v < 1 ? null : String(v)),
  },
  /** The dataset or corpus opened by address (`data=<url>`); relative to the page or absolute. */
  data: {
    parse: (s) => (s === null || s === '' ? null : s),
    write: (v) => (v === null || v === '' ? null : v),
  },
  /** The workbench is open. */
  author: {
    parse: (s) => s === '1',
    write: (v) => (v ? '1' : null),
  },
  /** "Where they diverge" as the sender left it: `1` open, `0` folded; absent, the reader's own choice. */
  diverge: {
    parse: (s) => (s === '1' ? 'open' : s === '0' ? 'folded' : null),
    write: (v) => (v === null ? null : v === 'open' ? '1' : '0'),
  },
};

/** Parameters to change: a value to write (its default removes the parameter), absent to leave alone. */
export type AddressPatch = Partial<AddressValues>;

/** Every parameter of a query string, each through its codec. */
export function readAddress(search: string): AddressValues {
  const q = new URLSearchParams(search);
  const get = <K extends ParamName>(name: K): AddressValues[K] => PARAMS[name].parse(q.get(name));
  return {
    lang: get('lang'),
    event: get('event'),
    source: get('source'),
    claim: get('claim'),
    q: get('q'),
    actors: get('actors'),
    sources: get('sources'),
    kinds: get('kinds'),
    dates: get('dates'),
    lanes: get('lanes'),
    entity: get('entity'),
    from: get('from'),
    to: get('to'),
    present: get('present'),
    briefing: get('briefing'),
    step: get('step'),
    data: get('data'),
    author: get('author'),
    diverge: get('diverge'),
  };
}

/** One parameter of a query string, through its codec. */
export function readParam<K extends ParamName>(search: string, name: K): AddressValues[K] {
  return PARAMS[name].parse(new URLSearchParams(search).get(name));
}

/**
 * The query string with `patch` written in, in the patch's order; every other parameter (ours or
 * not) is kept as it was. `''` when nothing is left, else `?…`.
 */
export function writeParams(search: string, patch: AddressPatch): string {
  const q = new URLSearchParams(search);
  const put = <K extends ParamName>(name: K, value: AddressValues[K]): void => {
    const raw = PARAMS[name].write(value);
    if (raw === null) q.delete(name);
    else q.set(name, raw);
  };
  for (const [name, value] of Object.entries(patch) as [ParamName, never][])
    if (value !== undefined) put(name, value);
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
