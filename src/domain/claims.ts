/**
 * The claims view of an event: which source carries which claim, in whose words, and where the
 * sources part ways.
 */
import { normalizeForMatch } from './arabic';
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
    return {
      claim,
      cells,
      carriedBy: carrying.length,
      singleSource: carrying.length === 1 && reporting.length > 1,
      wordedDifferently: carrying.length > 1 && wordings.size > 1,
    };
  });
}
