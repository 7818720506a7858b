import { countOrigins, groupByOrigin, originKeys } from './provenance';
import { sourceChain } from './source-chain';
import type { Bilingual, OutletIdentity, Source, TimelineEvent } from './types';

/** An event's coverage at a glance: how many sources tell it and how many origins they come down to. */
export interface Coverage {
  /** Sources with an account of the event. */
  readonly sources: number;
  /** Origins they come down to that are known: a report they credit or share wording with, or their own words. */
  readonly independent: number;
  /** Sources whose account does not say which report it rests on (each counted once, never as independent). */
  readonly unknown: number;
  /**
   * The fewest origins they can come down to (as a claim's row counts them, `countOrigins`): the
   * known ones, or one when every source's is unknown. At most `independent + unknown`.
   */
  readonly atLeast: number;
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
    atLeast: count.atLeast,
    repeats: items.length - count.atMost,
  };
}

/** Sources that rest, first, on reports from outlets of one country and one kind of ownership. */
export interface OutletShare {
  /** Outside knowledge (the dataset's `outlets`), never from the articles. */
  readonly country: Bilingual;
  readonly kind: Bilingual;
  /** The reports they rest on first, by name as the sources' chains name them (`ChainLink.name`), in the order met. */
  readonly names: readonly Bilingual[];
  /** How many of the event's sources rest on them first. */
  readonly sources: number;
}

/** An event's sources by the country and ownership of the report each rests on first. */
export interface OutletCoverage {
  readonly shares: readonly OutletShare[];
  /** Sources whose first report the dataset does not describe, or that name none. */
  readonly undescribed: number;
}

/**
 * The sources with an account of the event, grouped by the country and ownership of the outlet or
 * agency each rests on first (its `restsOn` chain's first report), as the dataset's `outlets` describe
 * them; most sources first, then in the order met. A source that names no report, or one the dataset
 * does not describe, is counted apart: nothing is guessed.
 */
export function coverageByOutlet(
  event: TimelineEvent,
  reporting: readonly Source[],
  outlets: readonly OutletIdentity[],
): OutletCoverage {
  const telling = reporting.filter(
    (s) => (event.accounts.find((a) => a.source === s.id)?.quotes.length ?? 0) > 0,
  );
  const shares = new Map<
    string,
    { country: Bilingual; kind: Bilingual; origins: Set<string>; names: Bilingual[]; sources: number }
  >();
  let undescribed = 0;
  for (const source of telling) {
    const first = sourceChain(source, outlets)[0];
    const identity = first?.identity;
    if (first === undefined || identity === undefined) {
      undescribed += 1;
      continue;
    }
    const key = `${identity.country.en}\u0000${identity.kind.en}`;
    const share = shares.get(key) ?? {
      country: identity.country,
      kind: identity.kind,
      origins: new Set<string>(),
      names: [],
      sources: 0,
    };
    share.sources += 1;
    // A report is named once, as the chain names it: the one owner of a report's name on screen.
    if (!share.origins.has(first.origin)) {
      share.origins.add(first.origin);
      share.names.push(first.name);
    }
    shares.set(key, share);
  }
  // A stable sort: equal counts keep the order the sources come in.
  const listed = [...shares.values()].map(({ country, kind, names, sources }) => ({
    country,
    kind,
    names,
    sources,
  }));
  return { shares: listed.sort((a, b) => b.sources - a.sources), undescribed };
}
