/**
 * Pure steps behind a corpus on screen: turning a prebuilt density level into the bars of a window,
 * deciding from those counts whether a window is drawn as density or event by event (`planByCount`, the
 * rule `windowItems` follows for a dataset in memory), and which time range of the skeleton to fetch. No I/O.
 */
import { binStep, floorToStep, type BinStep } from '../domain';
import { planByCount, type WindowPlan } from '../view/timeline/model';

/** One density level as the app keeps it: each lane's period starts (sorted) and their counts. */
export type LevelLanes = ReadonlyMap<
  string,
  { readonly starts: readonly number[]; readonly counts: readonly number[] }
>;

/** The first index of `sorted` at or after `t`. */
function lowerBound(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each lane's counts for the periods between consecutive `edges`, which are period starts of the same
 * level (as `binEdges` cuts them): the same numbers the in-memory layer counts from event starts.
 */
export function levelCounts(level: LevelLanes, edges: readonly number[]): Map<string, Uint32Array> {
  const out = new Map<string, Uint32Array>();
  for (const [lane, d] of level) {
    const counts = new Uint32Array(Math.max(0, edges.length - 1));
    let i = lowerBound(d.starts, edges[0] ?? 0);
    for (let k = 0; k < counts.length; k++) {
      const end = edges[k + 1] as number;
      let n = 0;
      for (; i < d.starts.length && (d.starts[i] as number) < end; i++) n += d.counts[i] as number;
      counts[k] = n;
    }
    out.set(lane, counts);
  }
  return out;
}

/**
 * How many events start in [from, to), counted from a level's periods: every period that overlaps the
 * range counts whole, so this never undercounts (it overcounts by at most the two periods at the ends).
 */
export function countAtMost(level: LevelLanes, step: BinStep, from: number, to: number): number {
  const first = floorToStep(from, step);
  let n = 0;
  for (const d of level.values()) {
    const end = lowerBound(d.starts, to);
    for (let i = lowerBound(d.starts, first); i < end; i++) n += d.counts[i] as number;
  }
  return n;
}

/** The level a window's decision is counted at: at most 64 periods over twice its width. */
export const planStep = (span: number): BinStep => binStep(2 * span, 64);

export type { WindowPlan };

/** The timeline's rule (`planByCount`) over counts from a density level, which never undercount. */
export const planWindow = (
  level: LevelLanes,
  step: BinStep,
  from: number,
  to: number,
  max?: number,
): WindowPlan => planByCount((a, b) => countAtMost(level, step, a, b), from, to, max);

/** Whether rows fetched for `have` already hold every event overlapping `need`. */
export const covers = (
  have: { readonly from: number; readonly to: number } | null,
  need: { readonly from: number; readonly to: number },
): boolean => have !== null && have.from <= need.from && have.to >= need.to;
