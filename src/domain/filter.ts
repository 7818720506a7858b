/** Filters over events: by actor, source, kind and how the date is known; they combine with AND. */
import { isInferred } from './basis';
import type { EventHead } from './event-head';
import type { EventKind, Side, TimelineEvent } from './types';
import { FALLBACK_SIDE } from './vocabulary';

export type DateKnown = 'stated' | 'inferred';

export interface Filters {
  readonly actors: readonly string[];
  readonly sources: readonly string[];
  readonly kinds: readonly EventKind[];
  readonly dates: readonly DateKnown[];
}

export const NO_FILTERS: Filters = { actors: [], sources: [], kinds: [], dates: [] };

export const isFiltering = (f: Filters): boolean =>
  f.actors.length + f.sources.length + f.kinds.length + f.dates.length > 0;

export const dateKnown = (e: EventHead): DateKnown => (isInferred(e.basis) ? 'inferred' : 'stated');

type Facet = keyof Filters;

const facetValues: Record<Facet, (e: TimelineEvent) => readonly string[]> = {
  actors: (e) => e.actors,
  sources: (e) => e.accounts.map((a) => a.source),
  kinds: (e) => [e.kind],
  dates: (e) => [dateKnown(e)],
};

/** Whether `e` passes every facet, optionally ignoring one (for counting that facet's options). */
export function passes(e: TimelineEvent, f: Filters, ignore?: Facet): boolean {
  return (Object.keys(facetValues) as Facet[]).every((facet) => {
    const wanted = f[facet] as readonly string[];
    if (facet === ignore || wanted.length === 0) return true;
    const values = facetValues[facet](e);
    return wanted.some((w) => values.includes(w));
  });
}

export function applyFilters(events: readonly TimelineEvent[], f: Filters): readonly TimelineEvent[] {
  // Unfiltered, the list itself: whatever was worked out for it (its time index) still holds.
  return isFiltering(f) ? events.filter((e) => passes(e, f)) : events;
}

/**
 * How many events each option of a facet would give, with the other facets as they are: the number
 * next to a checkbox says what ticking it shows.
 */
export function facetCounts(events: readonly TimelineEvent[], f: Filters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!passes(e, f, facet)) continue;
    for (const v of new Set(facetValues[facet](e))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** The side an event's lane falls in when lanes follow sides: that of its first actor. */
export function sideOf(e: EventHead, sideOfEntity: (id: string) => Side | undefined): Side {
  for (const a of e.actors) {
    const s = sideOfEntity(a);
    if (s !== undefined) return s;
  }
  return FALLBACK_SIDE;
}
