/**
 * How many events each lane holds per period: what the timeline draws when a window holds too many
 * events to show one by one. Periods follow the calendar (days, months, years and their multiples, in
 * UTC), so a bar means "March 2019" and not "some 30 days". Counting is two binary searches per bar,
 * whatever the number of events.
 */
import { utc } from './dates';
import { lowerBound, type TimeIndex } from './time-index';
import type { EventHead } from './event-head';

const DAY = 86_400_000;

export interface BinStep {
  readonly unit: 'day' | 'month' | 'year';
  readonly n: number;
}

/** Period lengths, finest first. */
export const BIN_STEPS: readonly BinStep[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 2 },
  { unit: 'year', n: 5 },
  { unit: 'year', n: 10 },
  { unit: 'year', n: 25 },
  { unit: 'year', n: 50 },
  { unit: 'year', n: 100 },
];

const AVERAGE = { day: DAY, month: 30.436875 * DAY, year: 365.2425 * DAY } as const;

/** The finest period that cuts `span` into at most `maxBins` pieces (the coarsest one beyond that). */
export function binStep(span: number, maxBins: number): BinStep {
  const fits = BIN_STEPS.find((s) => span / (AVERAGE[s.unit] * s.n) <= maxBins);
  return fits ?? (BIN_STEPS[BIN_STEPS.length - 1] as BinStep);
}

const floorDiv = (a: number, b: number): number => Math.floor(a / b) * b;

/** The start of the period of `step` that holds `t`. */
export function floorToStep(t: number, step: BinStep): number {
  if (step.unit === 'day') return floorDiv(Math.floor(t / DAY), step.n) * DAY;
  const d = new Date(t);
  if (step.unit === 'month') {
    const m = floorDiv(d.getUTCFullYear() * 12 + d.getUTCMonth(), step.n);
    return utc(Math.floor(m / 12), m - Math.floor(m / 12) * 12, 1);
  }
  return utc(floorDiv(d.getUTCFullYear(), step.n), 0, 1);
}

function addStep(t: number, step: BinStep): number {
  if (step.unit === 'day') return t + step.n * DAY;
  const d = new Date(t);
  return step.unit === 'month'
    ? utc(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1)
    : utc(d.getUTCFullYear() + step.n, 0, 1);
}

/** Period boundaries covering [from, to): the first at or before `from`, the last at or after `to`. */
export function binEdges(from: number, to: number, step: BinStep): number[] {
  const edges = [floorToStep(from, step)];
  let t = edges[0] as number;
  while (t < to) {
    t = addStep(t, step);
    edges.push(t);
  }
  return edges;
}

/** How many of `starts` (sorted) fall in each period between consecutive `edges`. */
export function countBins(starts: Float64Array, edges: readonly number[]): Uint32Array {
  const counts = new Uint32Array(Math.max(0, edges.length - 1));
  let lo = lowerBound(starts, edges[0] ?? 0);
  for (let i = 0; i < counts.length; i++) {
    const hi = lowerBound(starts, edges[i + 1] as number);
    counts[i] = hi - lo;
    lo = hi;
  }
  return counts;
}

/** The start times of each lane's events, in time order: what density is counted from. */
export function laneStarts(
  index: TimeIndex,
  laneOf: (e: EventHead) => string,
): ReadonlyMap<string, Float64Array> {
  const lists = new Map<string, number[]>();
  index.events.forEach((e, i) => {
    const lane = laneOf(e);
    let list = lists.get(lane);
    if (list === undefined) lists.set(lane, (list = []));
    list.push(index.starts[i] as number);
  });
  return new Map([...lists].map(([lane, list]) => [lane, Float64Array.from(list)]));
}

/** How many events start in [from, to): a binary search each end. */
export const countStarting = (index: TimeIndex, from: number, to: number): number =>
  lowerBound(index.starts, to) - lowerBound(index.starts, from);
