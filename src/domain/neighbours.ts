import type { EventHead } from './event-head';

/**
 * The events before and after one in time order (the order the timeline steps through), among a
 * search's matches while there is one: what a phone's "Earlier" and "Later" open. Either is undefined
 * at an end, and both when the event is not among `events`.
 */
export function neighbours<E extends EventHead>(
  events: readonly E[],
  id: string,
  among: ReadonlySet<string> | null,
): { readonly earlier: E | undefined; readonly later: E | undefined } {
  const at = events.findIndex((e) => e.id === id);
  const ok = (e: EventHead): boolean => among === null || among.has(e.id);
  if (at === -1) return { earlier: undefined, later: undefined };
  return { earlier: events.slice(0, at).findLast(ok), later: events.slice(at + 1).find(ok) };
}
