import { describe, expect, it } from 'vitest';
import {
  covers,
  countAtMost,
  levelCounts,
  planStep,
  planWindow,
  type LevelLanes,
} from '../../src/app/corpus-plan';
import { binEdges, countBins, floorToStep, type BinStep } from '../../src/domain';

const DAY = 86_400_000;
const day = (s: string): number => Date.parse(`${s}T00:00Z`);

/** A level as the corpus build writes it: each lane's non-empty periods and their counts. */
function levelOf(starts: Record<string, number[]>, step: BinStep): LevelLanes {
  const out = new Map<string, { starts: number[]; counts: number[] }>();
  for (const [lane, times] of Object.entries(starts)) {
    const d = { starts: [] as number[], counts: [] as number[] };
    for (const t of [...times].sort((a, b) => a - b)) {
      const p = floorToStep(t, step);
      if (d.starts[d.starts.length - 1] === p) d.counts[d.counts.length - 1]! += 1;
      else {
        d.starts.push(p);
        d.counts.push(1);
      }
    }
    out.set(lane, d);
  }
  return out;
}

describe('levelCounts', () => {
  it('gives the bars the in-memory layer counts from the events themselves', () => {
    const times = {
      a: [day('2020-01-03'), day('2020-01-20'), day('2020-03-01'), day('2021-07-04'), day('2019-12-31')],
      b: [day('2020-02-10'), day('2020-02-11')],
    };
    for (const step of [
      { unit: 'day', n: 1 },
      { unit: 'month', n: 1 },
      { unit: 'month', n: 3 },
      { unit: 'year', n: 1 },
    ] as BinStep[]) {
      const edges = binEdges(day('2020-01-01'), day('2020-12-31'), step);
      const got = levelCounts(levelOf(times, step), edges);
      for (const [lane, list] of Object.entries(times)) {
        const starts = Float64Array.from([...list].sort((x, y) => x - y));
        expect([...got.get(lane)!], `${lane} at ${step.unit}-${step.n}`).toEqual([
          ...countBins(starts, edges),
        ]);
      }
    }
  });
});

describe('countAtMost', () => {
  const step: BinStep = { unit: 'day', n: 1 };
  const level = levelOf(
    { a: [day('2020-01-01'), day('2020-01-02'), day('2020-01-02') + 5], b: [day('2020-01-05')] },
    step,
  );
  it('counts every period that overlaps the range, never fewer than start in it', () => {
    expect(countAtMost(level, step, day('2020-01-02') + 1000, day('2020-01-02') + 2000)).toBe(2);
    expect(countAtMost(level, step, day('2020-01-01'), day('2020-01-06'))).toBe(4);
    expect(countAtMost(level, step, day('2020-01-03'), day('2020-01-05'))).toBe(0);
  });
});

describe('planWindow', () => {
  // 10 events a day for a year, in one lane.
  const times: number[] = [];
  for (let d = 0; d < 366; d++)
    for (let k = 0; k < 10; k++) times.push(day('2020-01-01') + d * DAY + k * 3600_000);
  const plan = (from: number, to: number, max?: number) => {
    const step = planStep(to - from);
    return planWindow(levelOf({ a: times }, step), step, from, to, max);
  };
  it('draws density when more than 200 events start in the window and half a window either side', () => {
    expect(plan(day('2020-03-01'), day('2020-04-01'))).toEqual({ dense: true });
    // 14 days and 7 either side: 280 events.
    expect(plan(day('2020-03-01'), day('2020-03-15'))).toEqual({ dense: true });
  });
  it('fetches the window and half a window either side when few enough; a whole one when that is too', () => {
    const from = day('2020-03-10');
    const to = from + 5 * DAY;
    // 5 days + 2.5 either side = 100 events; 15 days = 150, at most 400: a whole window either side.
    expect(plan(from, to)).toEqual({ dense: false, from: from - 5 * DAY, to: to + 5 * DAY });
    // Periods count whole: 2.5 days either side reads as 3, so 110 events; with a limit of 100 that is
    // density, with 120 it is not (and 150 over 15 days is within twice the limit).
    expect(plan(from, to, 100)).toEqual({ dense: true });
    expect(plan(from, to, 120)).toEqual({ dense: false, from: from - 5 * DAY, to: to + 5 * DAY });
    // Only half a window either side when a whole one would hold more than twice the limit.
    const busy = [...times, ...Array.from({ length: 300 }, (_, k) => to + 4 * DAY + k)];
    const step = planStep(to - from);
    expect(planWindow(levelOf({ a: busy }, step), step, from, to)).toEqual({
      dense: false,
      from: from - 2.5 * DAY,
      to: to + 2.5 * DAY,
    });
  });
  it('is not dense where the corpus has nothing', () => {
    expect(plan(day('2030-01-01'), day('2031-01-01'))).toEqual({
      dense: false,
      from: day('2029-01-01'),
      to: day('2032-01-01'),
    });
  });
});

describe('covers', () => {
  it('holds when the rows fetched span the range needed', () => {
    expect(covers(null, { from: 1, to: 2 })).toBe(false);
    expect(covers({ from: 0, to: 10 }, { from: 1, to: 2 })).toBe(true);
    expect(covers({ from: 0, to: 10 }, { from: 1, to: 11 })).toBe(false);
  });
});
