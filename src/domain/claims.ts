/**
 * The claims view of an event: which source carries which claim, in whose words, and where the
 * sources part ways. A claim that names a parent (`variantOf`) is grouped under it: the parent's
 * support counts its variants' quotes too, and a variant row is never "only one source".
 */
import { normalizeForMatch } from './arabic';
import { countOrigins, groupByOrigin, originKeys, restOnOneReport } from './provenance';
import type { Claim, ClaimId, Quote, Source, TimelineEvent } from './types';

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
  /** The claim this row is a variant of (it follows that claim's row); null for a claim of its own. */
  readonly variantOf: Claim | null;
  /** A parent's variants, whose quotes count in its cells and its support. */
  readonly variants: readonly Claim[];
  /** The fewest origins the carrying sources may come down to: an unknown origin is not counted. */
  readonly originsAtLeast: number;
  /** How many carrying sources rest, for the claim, only on reports of unknown origin (`origins` counts each). */
  readonly unknownOrigins: number;
}

/**
 * The claim a claim is grouped under: the one its `variantOf` names, when the event has it and it is
 * not itself a variant (a narrowed event may lack the parent; the variant then stands on its own).
 */
function parentOf(claim: Claim, byId: ReadonlyMap<string, Claim>): Claim | null {
  if (claim.variantOf === undefined || claim.variantOf === claim.id) return null;
  const parent = byId.get(claim.variantOf);
  return parent === undefined || parent.variantOf !== undefined ? null : parent;
}

/**
 * The claim-by-source matrix of an event, over the sources that report it, in the given order. Each
 * variant's row follows its parent's.
 */
export function claimMatrix(event: TimelineEvent, reporting: readonly Source[]): ClaimRow[] {
  const quotesOf = new Map(event.accounts.map((a) => [a.source, a.quotes]));
  const byId = new Map(event.claims.map((c) => [c.id, c]));
  const variants = new Map<string, Claim[]>();
  for (const c of event.claims) {
    const parent = parentOf(c, byId);
    if (parent !== null) variants.set(parent.id, [...(variants.get(parent.id) ?? []), c]);
  }
  const row = (claim: Claim, parent: Claim | null): ClaimRow => {
    const own = variants.get(claim.id) ?? [];
    const ids = new Set<ClaimId>([claim.id, ...own.map((v) => v.id)]);
    const cells = reporting.map((source) => ({
      source,
      quotes: (quotesOf.get(source.id) ?? []).filter((q) => q.claims.some((id) => ids.has(id))),
    }));
    const carrying = cells.filter((c) => c.quotes.length > 0);
    const wordings = new Set(carrying.map((c) => c.quotes.map((q) => normalizeForMatch(q.text)).join(' ')));
    const groups = groupByOrigin(
      carrying.map((c) => ({ source: c.source, keys: originKeys(c.source, c.quotes) })),
    );
    // A variant's agreement and wording are told on its parent's row.
    const alone = parent === null;
    return {
      claim,
      cells,
      carriedBy: carrying.length,
      singleSource: alone && carrying.length === 1 && reporting.length > 1,
      wordedDifferently: alone && carrying.length > 1 && wordings.size > 1,
      origins: groups.length,
      singleOrigin: alone && carrying.length > 1 && groups.length === 1 && groups.every(restOnOneReport),
      originGroups: alone ? groups.filter((g) => g.length > 1).map((g) => g.map((c) => c.source)) : [],
      originsAtLeast: countOrigins(groups).atLeast,
      unknownOrigins: countOrigins(groups).unknown,
      variantOf: parent,
      variants: own,
    };
  };
  return event.claims.flatMap((claim) =>
    parentOf(claim, byId) !== null
      ? []
      : [row(claim, null), ...(variants.get(claim.id) ?? []).map((v) => row(v, claim))],
  );
}

/**
 * How the accounts part ways on a claim of its own: `missing`, some reporting sources do not carry it
 * (one source only, or several but not all); `worded`, every source carries it, in different words;
 * null when every source tells it in the same words, or for a variant (it counts with its parent).
 */
export function divergence(row: ClaimRow): 'missing' | 'worded' | null {
  if (row.variantOf !== null || row.carriedBy === 0) return null;
  if (row.carriedBy < row.cells.length) return 'missing';
  return row.wordedDifferently ? 'worded' : null;
}

/**
 * The claims where the accounts part ways, in the order every view lists them (screen, handout,
 * slides, exported deck): those some sources leave out first, then those all carry in other words,
 * each group in the claims' own order.
 */
export function partingClaims(rows: readonly ClaimRow[]): ClaimRow[] {
  const parting = rows.filter((r) => divergence(r) !== null);
  return [
    ...parting.filter((r) => divergence(r) === 'missing'),
    ...parting.filter((r) => divergence(r) === 'worded'),
  ];
}

/**
 * The claims where an event's accounts part ways (`partingClaims` of its matrix), or none when fewer than
 * two sources tell it: what the slides and the exported deck list under "where the accounts part".
 */
export function partingOf(event: TimelineEvent, reporting: readonly Source[]): ClaimRow[] {
  return reporting.length < 2 ? [] : partingClaims(claimMatrix(event, reporting));
}

/** How a line of "where the accounts part" names its sources. */
export type PartingHow = 'onlyIn' | 'notIn' | 'wordedIn';

/**
 * How the accounts part ways on a claim, by the sources a line names: the one source that carries it
 * (`onlyIn`), the sources that leave it out (`notIn`), or, every source carrying it in other words,
 * those that carry it (`wordedIn`). The screen, the slides and the exported deck all name them so.
 */
export function partingSources(row: ClaimRow): { readonly how: PartingHow; readonly sources: Source[] } {
  const carrying = row.cells.filter((c) => c.quotes.length > 0).map((c) => c.source);
  const missing = row.cells.filter((c) => c.quotes.length === 0).map((c) => c.source);
  if (row.carriedBy === 1) return { how: 'onlyIn', sources: carrying };
  if (missing.length > 0) return { how: 'notIn', sources: missing };
  return { how: 'wordedIn', sources: carrying };
}

/**
 * Where the accounts part ways, counted on claims of their own (a variant counts with its parent):
 * `missing` claims only some sources carry, `worded` claims every source carries in different words;
 * `diverging` is both, of `claims`.
 */
export function divergenceCount(rows: readonly ClaimRow[]): {
  missing: number;
  worded: number;
  diverging: number;
  claims: number;
} {
  const own = rows.filter((r) => r.variantOf === null);
  const missing = own.filter((r) => divergence(r) === 'missing').length;
  const worded = own.filter((r) => divergence(r) === 'worded').length;
  return { missing, worded, diverging: missing + worded, claims: own.length };
}
