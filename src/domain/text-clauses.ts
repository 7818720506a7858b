/**
 * Positions in a folded text, answered in logarithmic time so that analysing a long text stays linear
 * in its length: where an original offset lands in the folded text (`at`), and the clause around a
 * span (`clause`: from the character after the previous clause end to the next one), each clause
 * sliced once however many spans it holds.
 */
export interface ClauseIndex {
  /** The first folded position whose original offset is at or after `i` (the last one at most). */
  at(i: number): number;
  /** The folded clause around folded positions `start`–`end`, with where it begins. */
  clause(start: number, end: number): { readonly from: number; readonly text: string };
}

/** The first index in `sorted` whose value is ≥ `x` (`sorted.length` when none). */
function lowerBound(sorted: readonly number[], x: number, hi = sorted.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `folded` with `map` (each folded character's original offset, non-decreasing, as `foldForDates`
 * gives it) and the characters that end a clause (not between two digits).
 */
export function clauseIndex(folded: string, map: readonly number[], ends: RegExp): ClauseIndex {
  const stops: number[] = [];
  // A stop between two digits is a decimal point or a thousands' separator («2.5»، «1,000»), no end.
  const digit = (i: number): boolean => /\d/u.test(folded[i] ?? '');
  for (let i = 0; i < folded.length; i++)
    if (ends.test(folded[i] ?? '') && !(digit(i - 1) && digit(i + 1))) stops.push(i);
  const clauses = new Map<number, { from: number; text: string }>();
  return {
    at: (i) => Math.min(lowerBound(map, i, Math.max(map.length - 1, 0)), Math.max(map.length - 1, 0)),
    clause(start, end) {
      const before = lowerBound(stops, start) - 1;
      const from = before >= 0 ? (stops[before] ?? -1) + 1 : 0;
      const to = stops[lowerBound(stops, end)] ?? folded.length;
      const key = from * (folded.length + 1) + to;
      let c = clauses.get(key);
      if (c === undefined) {
        c = { from, text: folded.slice(from, to) };
        clauses.set(key, c);
      }
      return c;
    },
  };
}
