import { describe, expect, it } from 'vitest';
import {
  buildTimeIndex,
  compareTimeKeys,
  eventsIn,
  holds,
  lowerBound,
  timeIndexOf,
  type TimelineEvent,
} from '../../src/domain';
import { eventAt } from '../support/events';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);
const ids = (events: readonly TimelineEvent[]): string[] => events.map((e) => e.id);
const span = (id: string, start: string, end: string): TimelineEvent =>
  eventAt(id, start, { end } as Partial<TimelineEvent>);

describe('the time order', () => {
  it('orders by start, then end, then id', () => {
    expect(compareTimeKeys({ start: 1, end: 9, id: 'z' }, { start: 2, end: 2, id: 'a' })).toBeLessThan(0);
    expect(compareTimeKeys({ start: 2, end: 2, id: 'a' }, { start: 1, end: 9, id: 'z' })).toBeGreaterThan(0);
    expect(compareTimeKeys({ start: 1, end: 2, id: 'z' }, { start: 1, end: 3, id: 'a' })).toBeLessThan(0);
    expect(compareTimeKeys({ start: 1, end: 3, id: 'a' }, { start: 1, end: 2, id: 'z' })).toBeGreaterThan(0);
    expect(compareTimeKeys({ start: 1, end: 2, id: 'a' }, { start: 1, end: 2, id: 'b' })).toBe(-1);
    expect(compareTimeKeys({ start: 1, end: 2, id: 'b' }, { start: 1, end: 2, id: 'a' })).toBe(1);
    expect(compareTimeKeys({ start: 1, end: 2, id: 'a' }, { start: 1, end: 2, id: 'a' })).toBe(0);
  });
});

describe('building the index', () => {
  it('sorts events given out of order, and keeps their intervals and longest span', () => {
    const index = buildTimeIndex([
      eventAt('c', '2024-06-25'),
      span('b', '2022-05', '2022-07'),
      eventAt('a2', '2022-05-01'),
      eventAt('a1', '2022-05-01'),
      eventAt('y', '2023'),
    ]);
    expect(ids(index.events)).toEqual(['a1', 'a2', 'b', 'y', 'c']);
    expect([...index.starts]).toEqual([
      utc(2022, 5),
      utc(2022, 5),
      utc(2022, 5),
      utc(2023, 1),
      utc(2024, 6, 25),
    ]);
    expect([...index.ends]).toEqual([
      utc(2022, 5, 2),
      utc(2022, 5, 2),
      utc(2022, 8),
      utc(2024, 1),
      utc(2024, 6, 26),
    ]);
    expect(index.maxSpan).toBe(utc(2024, 1) - utc(2023, 1));
  });

  it('sorts a list whose only disorder is at its end', () => {
    const index = buildTimeIndex([
      eventAt('a', '2020-01-01'),
      eventAt('b', '2021-01-01'),
      eventAt('c', '2019-01-01'),
    ]);
    expect(ids(index.events)).toEqual(['c', 'a', 'b']);
  });

  it('keeps a list already in order as it is', () => {
    const events = [eventAt('a', '2020-01-01'), eventAt('b', '2020-01-01'), eventAt('c', '2021-01-01')];
    expect(ids(buildTimeIndex(events).events)).toEqual(['a', 'b', 'c']);
  });

  it('puts an event with no readable date at the epoch, not out of the index', () => {
    const index = buildTimeIndex([eventAt('a', '1971-01-01'), eventAt('bad', 'not a date')]);
    expect(ids(index.events)).toEqual(['bad', 'a']);
    expect(index.starts[0]).toBe(0);
    expect(index.ends[0]).toBe(0);
    expect(index.maxSpan).toBe(DAY);
  });

  it('has no span for no events', () => {
    const index = buildTimeIndex([]);
    expect(index.events).toEqual([]);
    expect(index.maxSpan).toBe(0);
  });
});

describe('one index per list', () => {
  it('is built once, and found again from the list or from its sorted events', () => {
    const events = [eventAt('b', '2021-01-01'), eventAt('a', '2020-01-01')];
    const index = timeIndexOf(events);
    expect(timeIndexOf(events)).toBe(index);
    expect(timeIndexOf(index.events)).toBe(index);
    expect(timeIndexOf([...events])).not.toBe(index);
  });
});

describe('searching the index', () => {
  it('finds the first start at or after a time', () => {
    const starts = new Float64Array([1, 3, 3, 5]);
    expect(lowerBound(starts, 0)).toBe(0);
    expect(lowerBound(starts, 1)).toBe(0);
    expect(lowerBound(starts, 2)).toBe(1);
    expect(lowerBound(starts, 3)).toBe(1);
    expect(lowerBound(starts, 4)).toBe(3);
    expect(lowerBound(starts, 5)).toBe(3);
    expect(lowerBound(starts, 6)).toBe(4);
    expect(lowerBound(new Float64Array([]), 6)).toBe(0);
  });

  it('tells whether an event is one of its own, among others that start with it', () => {
    const a = eventAt('a', '2020-01-01');
    const b = eventAt('b', '2020-01-01');
    const c = eventAt('c', '2020-01-02');
    const index = buildTimeIndex([a, b, c]);
    expect(holds(index, a)).toBe(true);
    expect(holds(index, b)).toBe(true);
    expect(holds(index, c)).toBe(true);
    expect(holds(index, eventAt('b', '2020-01-01'))).toBe(false);
    expect(holds(index, eventAt('d', '2020-01-03'))).toBe(false);
    expect(holds(index, eventAt('bad', 'not a date'))).toBe(false);
  });

  it('lists the events overlapping a window, a long one that started well before included', () => {
    const index = buildTimeIndex([
      span('long', '2020-01', '2020-12'),
      eventAt('jan', '2020-01-15'),
      eventAt('jun', '2020-06-15'),
      eventAt('dec', '2020-12-15'),
    ]);
    const names = (from: number, to: number): string[] =>
      eventsIn(index, from, to).map((i) => index.events[i]!.id);
    expect(names(utc(2020, 6), utc(2020, 7))).toEqual(['long', 'jun']);
    expect(names(utc(2020, 6, 15), utc(2020, 6, 16))).toEqual(['long', 'jun']);
    // [from, to): an event ending at `from` and one starting at `to` are out.
    expect(names(utc(2020, 6, 16), utc(2020, 12, 15))).toEqual(['long']);
    expect(names(utc(2021, 1), utc(2021, 2))).toEqual([]);
    expect(names(utc(2019, 1), utc(2020, 1, 15))).toEqual(['long']);
    expect(names(utc(2019, 1), utc(2022, 1))).toEqual(['long', 'jan', 'jun', 'dec']);
  });
});
