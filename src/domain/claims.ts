/**
 * The claims view of an event: which source carries which claim, in whose words, and where the
 * sources part ways.
 */
import { normalizeForMatch } from './arabic';
import { countOrigins, groupByOrigin, originKeys, restOnOneReport } from './provenance';
import type { Claim, Quote, Source, TimelineEvent } from './types';

export interface ClaimCell {
  readonly source: Source;
  /** The source's quotes that support the claim; empty when the source does not carry it. */
  readonly quotes: readonly Quote[];
}

export interface ClaimRow {
  readonly claim: Claim;
  readonly cells: readonly ClaimCell[];
  /** How many sources carry the claim. */
  readonly carriedBy: number;
  /** Carried by exactly one of several reporting sources. */
  readonly singleSource: boolean;
  /** Carried by two or more sources whose words differ once normalised. */
  readonly wordedDifferently: boolean;
  /** How many origins the carrying sources come down to: sources linked through a shared report count once, a source of unknown origin counts as one. */
  readonly origins: number;
  /** Carried by several sources that all rest, for it, on one report. */
  readonly singleOrigin: boolean;
  /** The carrying sources grouped by shared origin; only groups of two or more. */
  readonly originGroups: readonly (readonly Source[])[];
  /** The fewest origins the carrying sources may come down to: an unknown origin is not counted. */
  readonly originsAtLeast: number;
  /** How many carrying sources rest, for the claim, only on reports of unknown origin (`origins` counts each). */
  readonly unknownOrigins: number;
}

/** The claim-by-source matrix of an event, over the sources that report it, in the given order. */
export function claimMatrix(event: TimelineEvent, reporting: readonly Source[]): ClaimRow[] {
  const quotesOf = new Map(event.accounts.map((a) => [a.source as string, a.quotes]));
  return event.claims.map((claim) => {
    const cells = reporting.map((source) => ({
      source,
      quotes: (quotesOf.get(source.id) ?? []).filter((q) => q.claims.includes(claim.id)),
    }));
    const carrying = cells.filter((c) => c.quotes.length > 0);
    const wordings = new Set(carrying.map((c) => c.quotes.map((q) => normalizeForMatch(q.text)).join(' ')));
    const groups = groupByOrigin(
      carrying.map((c) => ({ source: c.source, keys: originKeys(c.source, c.quotes) })),
    );
    return {
      claim,
      cells,
      carriedBy: carrying.length,
      singleSource: carrying.length === 1 && reporting.length > 1,
      wordedDifferently: carrying.length > 1 && wordings.size > 1,
      origins: groups.length,
      singleOrigin: carrying.length > 1 && groups.length === 1 && groups.every(restOnOneReport),
      originGroups: groups.filter((g) => g.length > 1).map((g) => g.map((c) => c.source)),
      originsAtLeast: countOrigins(groups).atLeast,
      unknownOrigins: countOrigins(groups).unknown,
    };
  });
}
