/**
 * Events indexed by time, so that "which events does this window show" is a binary search and a short
 * walk, not a scan of every event. Built once per list of events.
 */
import { interval } from './dates';
import type { EventHead } from './event-head';

export interface TimeIndex<E extends EventHead = EventHead> {
  /** The events, sorted by start, then end, then id. */
  readonly events: readonly E[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The longest event, so a window query knows how far back an overlapping event can start. */
  readonly maxSpan: number;
}

/** An event's place in time order: its interval (ms) and its id. */
export interface TimeKey {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** The app's time order: start, then end, then id (a corpus's skeleton rows are in it too). */
export const compareTimeKeys = (a: TimeKey, b: TimeKey): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Keyed<E> = { e: E; start: number; end: number; id: string };

export function buildTimeIndex<E extends EventHead>(events: readonly E[]): TimeIndex<E> {
  const keyed = events.map((e) => {
    const span = interval(e.start, e.end) ?? { start: 0, end: 0 };
    return { e, start: span.start, end: span.end, id: e.id };
  });
  // A filtered copy of events already in order (the usual case) needs no sorting.
  let sorted = true;
  for (let i = 1; i < keyed.length && sorted; i++)
    sorted = compareTimeKeys(keyed[i - 1] as Keyed<E>, keyed[i] as Keyed<E>) < 0;
  if (!sorted) keyed.sort(compareTimeKeys);
  const starts = new Float64Array(keyed.length);
  const ends = new Float64Array(keyed.length);
  let maxSpan = 0;
  keyed.forEach((k, i) => {
    starts[i] = k.start;
    ends[i] = k.end;
    maxSpan = Math.max(maxSpan, k.end - k.start);
  });
  return { events: keyed.map((k) => k.e), starts, ends, maxSpan };
}

/**
 * The index of a list of events, built once per list: the list itself and the sorted list it yields
 * both find it (a sorted list's index is the same one).
 */
export function timeIndexOf<E extends EventHead>(events: readonly E[]): TimeIndex<E> {
  // The index of a list is built from that list: its events are the list's own.
  let index = indexes.get(events) as TimeIndex<E> | undefined;
  if (index === undefined) {
    index = buildTimeIndex(events);
    indexes.set(events, index);
    indexes.set(index.events, index);
  }
  return index;
}
const indexes = new WeakMap<readonly EventHead[], TimeIndex>();

/** The first index whose start is at or after `t`. */
export function lowerBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `e` is one of the index's events: a binary search on its start, then the few that share it. */
export function holds(index: TimeIndex, e: EventHead): boolean {
  const span = interval(e.start, e.end);
  if (span === null) return false;
  for (let i = lowerBound(index.starts, span.start); index.starts[i] === span.start; i++)
    if (index.events[i] === e) return true;
  return false;
}

/** Indices (in time order) of the events overlapping [from, to). */
export function eventsIn(index: TimeIndex, from: number, to: number): number[] {
  const out: number[] = [];
  const end = lowerBound(index.starts, to);
  for (let i = lowerBound(index.starts, from - index.maxSpan); i < end; i++) {
    if ((index.ends[i] as number) > from) out.push(i);
  }
  return out;
}
