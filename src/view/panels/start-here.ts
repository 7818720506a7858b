import { chronological } from '../timeline/model';
import type { EventHead, TimelineEvent } from '../../domain';

/** How many sources tell an event in their own words (none known of a corpus's event drawn from its head). */
export const tellers = (e: EventHead | TimelineEvent): number =>
  'accounts' in e ? new Set(e.accounts.map((a) => a.source)).size : 0;

/**
 * Where a first-time user should start: the events the most sources tell (where their accounts can be
 * compared, which is what the app is for), most first and the latest first among equals, at most `n`.
 * Events told by one source come only when too few are told by several; events no source tells, never.
 */
export function startingEvents(events: readonly TimelineEvent[], n = 5): readonly TimelineEvent[] {
  const ordered = chronological(events);
  const told = ordered.filter((e) => tellers(e) > 0);
  return told
    .map((e, i) => ({ e, i }))
    .sort((a, b) => tellers(b.e) - tellers(a.e) || b.i - a.i)
    .slice(0, n)
    .map((r) => r.e);
}

/**
 * How many of the starting cards, in order, are whole above `limit` (the bottoms measured from the
 * same origin): the rest are left out rather than cut by a scroll area of their own (UX review 6, S3
 * #8). One at least, even if it does not fit, so that there is always a place to start.
 */
export function wholeCards(bottoms: readonly number[], limit: number): number {
  const fit = bottoms.findIndex((b) => b > limit + 0.5);
  return fit === -1 ? bottoms.length : Math.max(1, fit);
}
