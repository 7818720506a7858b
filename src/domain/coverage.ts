import { countOrigins, groupByOrigin, originKeys } from './provenance';
import type { Source, TimelineEvent } from './types';

/** An event's coverage at a glance: how many sources tell it and how many origins they come down to. */
export interface Coverage {
  /** Sources with an account of the event. */
  readonly sources: number;
  /** Origins they come down to that are known: a report they credit or share wording with, or their own words. */
  readonly independent: number;
  /** Sources whose account does not say which report it rests on (each counted once, never as independent). */
  readonly unknown: number;
  /** Sources that repeat an origin another source already brings (carried words of the same report). */
  readonly repeats: number;
}

/** The coverage of an event by its reporting sources, with the provenance rules of the claims table. */
export function coverageOf(event: TimelineEvent, reporting: readonly Source[]): Coverage {
  const items = reporting.flatMap((source) => {
    const quotes = event.accounts.find((a) => a.source === source.id)?.quotes ?? [];
    return quotes.length === 0 ? [] : [{ keys: originKeys(source, quotes) }];
  });
  const groups = groupByOrigin(items);
  const count = countOrigins(groups);
  return {
    sources: items.length,
    independent: count.atMost - count.unknown,
    unknown: count.unknown,
    repeats: items.length - count.atMost,
  };
}
