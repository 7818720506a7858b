/**
 * Who said what: an event's attributed claims grouped by the side of the one who said them (the US
 * readout against the Russian readout of one call), each with the sources that carry it.
 */
import type { ClaimRow } from './claims';
import type { Entity, Side } from './types';

/** One attributed claim: its row of the claims table and who the articles attribute it to. */
export interface SaidClaim {
  readonly row: ClaimRow;
  readonly by: Entity;
}

/** One side's attributed claims, in the claims' own order. */
export interface SideSaid {
  readonly side: Side;
  readonly claims: readonly SaidClaim[];
}

/**
 * The event's attributed claims by side, in the dataset's order of sides (a side it does not list
 * comes last): empty unless claims are attributed to at least two sides, when there is no "who said
 * what" to set side against side. A claim attributed to an unknown entity is left out.
 */
export function whoSaidWhat(
  rows: readonly ClaimRow[],
  entities: ReadonlyMap<string, Entity>,
  sideOrder: readonly Side[],
): SideSaid[] {
  const bySide = new Map<Side, SaidClaim[]>();
  for (const row of rows) {
    const by = row.claim.by === undefined ? undefined : entities.get(row.claim.by);
    if (by === undefined || row.carriedBy === 0) continue;
    bySide.set(by.side, [...(bySide.get(by.side) ?? []), { row, by }]);
  }
  if (bySide.size < 2) return [];
  const rank = (side: Side): number => {
    const at = sideOrder.indexOf(side);
    return at < 0 ? sideOrder.length : at;
  };
  return [...bySide.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([side, claims]) => ({ side, claims }));
}
