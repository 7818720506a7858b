/**
 * Where the list of events scrolls, worked out from its rows' edges: always to a row's top, so that
 * the first row in sight is whole (review 13, S3-10: the list opened on a half-cut row; S3-N2: focus
 * went to a row under the list's foot).
 */

/** A row's top and bottom edges, in the list's scrolled content (0 at its top). */
export interface RowEdges {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Less than a pixel is no cut: edges are fractional, a scroll is in whole pixels (down to the pixel,
 * so that a row's top is never above the list's).
 */
const SLACK = 0.5;
/** A scroll down to the pixel sits up to a pixel under the row top it was set to. */
const FLOORED = 1;

const inSight = (r: RowEdges, top: number, height: number): boolean =>
  r.top >= top - SLACK && r.bottom <= top + height + SLACK;

/** The top of the last row that starts at or above `y` (0 above the first). */
function rowTopAtOrAbove(rows: readonly RowEdges[], y: number): number {
  let at = 0;
  for (const r of rows) if (r.top <= y + FLOORED) at = r.top;
  return at;
}

/**
 * The scroll that shows row `i` whole, moving the least: kept when the row is in sight, the row's top
 * when it lies above, else the first row top from which its bottom is in sight (never past the row's
 * own top, for a row taller than the list).
 */
export function scrollToShow(rows: readonly RowEdges[], i: number, top: number, height: number): number {
  const r = rows[i];
  if (r === undefined || inSight(r, top, height)) return top;
  if (r.top < top) return Math.floor(r.top);
  const need = r.bottom - height;
  // A pixel more, so that the scroll down to the pixel still shows the row's foot.
  const from = rows.find((x) => x.top >= need + FLOORED)?.top ?? r.top;
  return Math.floor(Math.min(from, r.top));
}

/**
 * The scroll that brings a newly selected row `i` into sight: kept when it is in sight, else with the
 * row about a third of the way down, the list starting at the top of a row.
 */
export function scrollToSelected(rows: readonly RowEdges[], i: number, top: number, height: number): number {
  const r = rows[i];
  if (r === undefined || inSight(r, top, height)) return top;
  return Math.floor(rowTopAtOrAbove(rows, Math.max(0, r.top - height / 3)));
}

/**
 * `scrollToSelected` for rows all `row` high (a long list drawn in part): worked out from row `i` alone,
 * without the edges of every row above it.
 */
export function scrollToSelectedEven(i: number, row: number, top: number, height: number): number {
  const r = { top: i * row, bottom: (i + 1) * row };
  if (inSight(r, top, height)) return top;
  const y = Math.max(0, r.top - height / 3);
  return Math.floor(Math.min(i, Math.floor((y + FLOORED) / row)) * row);
}

/**
 * The scroll that keeps the list on whole rows after its rows or its height changed (a font arriving
 * rewraps the titles; the event's card takes room from the column): back to the top of the row in
 * sight at the top, then on to row `keep` (the focused or selected row, -1 for none) if it is not whole.
 */
export function settle(rows: readonly RowEdges[], keep: number, top: number, height: number): number {
  const snapped = Math.floor(rowTopAtOrAbove(rows, top));
  return keep < 0 ? snapped : scrollToShow(rows, keep, snapped, height);
}

/**
 * The room to leave under the last row so that the list's furthest scroll is a row's top too: else
 * the list scrolled to its end (the selection near the last events) cuts its first row in sight.
 */
export function endRoom(rows: readonly RowEdges[], height: number): number {
  const end = rows.at(-1)?.bottom ?? 0;
  const furthest = end - height;
  if (furthest <= SLACK) return 0;
  const top = rows.find((r) => r.top >= furthest - SLACK)?.top ?? furthest;
  return Math.max(0, Math.ceil(top - furthest));
}
