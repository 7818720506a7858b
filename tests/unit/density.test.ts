import { describe, expect, it } from 'vitest';
import {
  BIN_STEPS,
  binEdges,
  binStep,
  buildTimeIndex,
  countBins,
  countStarting,
  floorToStep,
  laneStarts,
  type BinStep,
  type TimelineEvent,
} from '../../src/domain';
import { eventAt } from '../support/events';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const MONTH = 30.436875 * DAY;
const utc = (y: number, m = 1, d = 1): number => Date.UTC(y, m - 1, d);
const step = (unit: BinStep['unit'], n: number): BinStep => ({ unit, n });

describe('the period a window is cut into', () => {
  it('is the finest that gives at most the bars asked for, at the edge and one past it', () => {
    expect(binStep(40 * DAY, 40)).toEqual(step('day', 1));
    expect(binStep(40 * DAY + 1, 40)).toEqual(step('day', 7));
    expect(binStep(280 * DAY, 40)).toEqual(step('day', 7));
    expect(binStep(280 * DAY + 1, 40)).toEqual(step('month', 1));
    expect(binStep(40 * MONTH + 1, 40)).toEqual(step('month', 3));
    expect(binStep(40 * YEAR, 40)).toEqual(step('year', 1));
    expect(binStep(4000 * YEAR, 40)).toEqual(step('year', 100));
  });

  it('walks every period in turn, each chosen where it gives exactly the bars asked for', () => {
    const length = { day: DAY, month: MONTH, year: YEAR } as const;
    const chosen = [1, 7].map((n) => step('day', n));
    chosen.push(...[1, 3, 6].map((n) => step('month', n)));
    chosen.push(...[1, 2, 5, 10, 25, 50, 100].map((n) => step('year', n)));
    expect(BIN_STEPS).toEqual(chosen);
    for (const s of chosen) expect(binStep(40 * length[s.unit] * s.n, 40)).toEqual(s);
  });

  it('is the coarsest when none fits', () => {
    expect(binStep(1e6 * YEAR, 40)).toEqual(BIN_STEPS[BIN_STEPS.length - 1]);
    expect(binStep(1e6 * YEAR, 40)).toEqual(step('year', 100));
  });
});

describe('the start of a period', () => {
  const t = Date.UTC(2021, 4, 17, 13, 45);
  it('of days counts whole days from the epoch', () => {
    expect(floorToStep(t, step('day', 1))).toBe(utc(2021, 5, 17));
    expect(floorToStep(t, step('day', 7))).toBe(Math.floor(utc(2021, 5, 17) / DAY / 7) * 7 * DAY);
    expect(floorToStep(utc(1969, 12, 31) + 5, step('day', 1))).toBe(utc(1969, 12, 31));
  });

  it('of months follows the calendar, across years and before the epoch', () => {
    expect(floorToStep(t, step('month', 1))).toBe(utc(2021, 5));
    expect(floorToStep(t, step('month', 3))).toBe(utc(2021, 4));
    expect(floorToStep(t, step('month', 6))).toBe(utc(2021, 1));
    expect(floorToStep(utc(2021, 12, 31), step('month', 6))).toBe(utc(2021, 7));
    expect(floorToStep(utc(1969, 11, 5), step('month', 3))).toBe(utc(1969, 10));
  });

  it('of years follows the calendar', () => {
    expect(floorToStep(t, step('year', 1))).toBe(utc(2021));
    expect(floorToStep(t, step('year', 5))).toBe(utc(2020));
    expect(floorToStep(t, step('year', 25))).toBe(utc(2000));
    expect(floorToStep(utc(1999, 12, 31), step('year', 10))).toBe(utc(1990));
  });
});

describe('period boundaries', () => {
  it('cover the window, from the period holding its start to the first at or after its end', () => {
    expect(binEdges(utc(2021, 1, 10), utc(2021, 3, 2), step('month', 1))).toEqual([
      utc(2021, 1),
      utc(2021, 2),
      utc(2021, 3),
      utc(2021, 4),
    ]);
    expect(binEdges(utc(2021, 1, 10), utc(2021, 3, 1), step('month', 1))).toEqual([
      utc(2021, 1),
      utc(2021, 2),
      utc(2021, 3),
    ]);
    expect(binEdges(utc(2019, 6), utc(2022, 1), step('year', 2))).toEqual([utc(2018), utc(2020), utc(2022)]);
    expect(binEdges(utc(2021, 1, 1), utc(2021, 1, 3), step('day', 1))).toEqual([
      utc(2021, 1, 1),
      utc(2021, 1, 2),
      utc(2021, 1, 3),
    ]);
  });

  it('are one boundary for an empty window on a boundary', () => {
    expect(binEdges(utc(2021), utc(2021), step('year', 1))).toEqual([utc(2021)]);
  });
});

describe('counting', () => {
  const starts = new Float64Array([1, 2, 2, 5, 9, 10]);

  it('counts the starts in each period, a start on a boundary in the period it opens', () => {
    expect([...countBins(starts, [2, 5, 10, 11])]).toEqual([2, 2, 1]);
    expect([...countBins(starts, [0, 100])]).toEqual([6]);
    expect([...countBins(starts, [3, 4])]).toEqual([0]);
  });

  it('has no period for fewer than two boundaries', () => {
    expect([...countBins(starts, [2])]).toEqual([]);
    expect([...countBins(starts, [])]).toEqual([]);
  });

  it('counts the events starting in [from, to)', () => {
    const index = buildTimeIndex([
      eventAt('a', '2020-01-01'),
      eventAt('b', '2020-02-01'),
      eventAt('c', '2020-03-01'),
    ]);
    expect(countStarting(index, utc(2020, 1), utc(2020, 3))).toBe(2);
    expect(countStarting(index, utc(2020, 1, 2), utc(2020, 3, 2))).toBe(2);
    expect(countStarting(index, utc(2020, 4), utc(2021))).toBe(0);
  });

  it('gives each lane its events’ starts in time order', () => {
    const kind = (id: string, start: string, k: string): TimelineEvent =>
      eventAt(id, start, { kind: k } as Partial<TimelineEvent>);
    const index = buildTimeIndex([
      kind('c', '2020-03-01', 'x'),
      kind('a', '2020-01-01', 'x'),
      kind('b', '2020-02-01', 'y'),
    ]);
    const lanes = laneStarts(index, (e) => e.kind);
    expect([...lanes.keys()]).toEqual(['x', 'y']);
    expect([...lanes.get('x')!]).toEqual([utc(2020, 1), utc(2020, 3)]);
    expect([...lanes.get('y')!]).toEqual([utc(2020, 2)]);
    expect(lanes.get('x')).toBeInstanceOf(Float64Array);
  });
});
