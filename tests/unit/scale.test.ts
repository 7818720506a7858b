import { describe, expect, it } from 'vitest';
import {
  BIN_STEPS,
  binEdges,
  binStep,
  buildTimeIndex,
  countBins,
  countStarting,
  eventsIn,
  floorToStep,
  holds,
  laneStarts,
  lowerBound,
  type EventHead,
  type TimelineEvent,
} from '../../src/domain';
import { createWindowItems, MAX_ITEMS, windowItems } from '../../src/view/timeline/model';
import { generateDataset } from '../../bench/generate';

const DAY = 86_400_000;
const ev = (id: string, start: string, end?: string): TimelineEvent =>
  ({
    id,
    start,
    ...(end === undefined ? {} : { end }),
    precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
    basis: 'stated',
    basisNote: { ar: 'م', en: 'n' },
    kind: 'statement',
    actors: [],
    title: { ar: id, en: id },
    summary: { ar: 'م', en: 's' },
    claims: [],
    accounts: [],
  }) as unknown as TimelineEvent;

describe('the time index', () => {
  const events = [
    ev('b', '2024-06-25'),
    ev('a', '2014'),
    ev('c', '2024-06'),
    ev('d', '2024-06-17', '2024-06-23'),
  ];
  const index = buildTimeIndex(events);

  it('sorts by start, then end', () => {
    expect(index.events.map((e) => e.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(index.maxSpan).toBe(365 * DAY);
  });

  it('finds exactly the events overlapping a window, long ones included', () => {
    const ids = (from: number, to: number) => eventsIn(index, from, to).map((i) => index.events[i]!.id);
    expect(ids(Date.UTC(2024, 5, 20), Date.UTC(2024, 5, 21))).toEqual(['c', 'd']);
    expect(ids(Date.UTC(2014, 6, 1), Date.UTC(2014, 6, 2))).toEqual(['a']);
    expect(ids(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1))).toEqual([]);
    expect(ids(Date.UTC(2024, 5, 25), Date.UTC(2024, 5, 26))).toEqual(['c', 'b']);
  });

  it('knows which events it holds, among others that start the same day', () => {
    const same = ev('e', '2024-06-25');
    expect(holds(index, index.events[3]!)).toBe(true);
    expect(holds(index, same)).toBe(false);
    expect(holds(buildTimeIndex([...events, same]), same)).toBe(true);
  });

  it('binary-searches the first start at or after a time', () => {
    const starts = new Float64Array([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 8].map((t) => lowerBound(starts, t))).toEqual([0, 0, 1, 1, 4]);
  });
});

describe('items for a window', () => {
  const options = {
    lang: 'en' as const,
    describe: () => '',
    laneOf: (e: EventHead) => e.kind,
    selected: null,
  };

  it('draws a few events one by one', () => {
    const index = buildTimeIndex(generateDataset(50).events);
    const { items, dense } = windowItems(index, Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1), options);
    expect(dense).toBe(false);
    expect(items.filter((i) => i.type === 'box')).toHaveLength(50);
  });

  it('hands over to density when too many events start in and around the window, keeping the selected event', () => {
    const data = generateDataset(5000);
    const index = buildTimeIndex(data.events);
    const selected = index.events[2500]!.id;
    const whole = windowItems(index, Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1), {
      ...options,
      selected: index.events[2500]!,
    });
    expect(whole.dense).toBe(true);
    expect(whole.items.map((i) => i.id)).toEqual([selected]);
    // Narrow enough and the same data is drawn event by event again.
    const day = index.starts[2500]!;
    const narrow = windowItems(index, day - 3 * DAY, day + 3 * DAY, options);
    expect(narrow.dense).toBe(false);
    expect(narrow.items.length).toBeGreaterThan(0);
    expect(narrow.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  });
});

describe('items kept while the window moves inside them', () => {
  const options = {
    lang: 'en' as const,
    describe: () => '',
    laneOf: (e: EventHead) => e.kind,
    selected: null,
  };
  const index = buildTimeIndex(generateDataset(2000).events);
  const day = index.starts[1000]!;

  it('covers a window either side, so a pan or a zoom in reuses the same items', () => {
    const itemsFor = createWindowItems();
    const key = [index];
    const first = itemsFor(index, day, day + 4 * DAY, options, key);
    expect(first.dense).toBe(false);
    expect(first.to - first.from).toBeGreaterThanOrEqual(8 * DAY);
    // Every event the covered period holds is there.
    const inside = eventsIn(index, first.from, first.to).length;
    expect(first.items.filter((i) => i.type === 'box')).toHaveLength(inside);
    expect(itemsFor(index, day + DAY, day + 5 * DAY, options, key)).toBe(first);
    expect(itemsFor(index, day + DAY, day + 2 * DAY, options, key)).toBe(first);
    // Out of it, or with anything else changed, the items are worked out again.
    expect(itemsFor(index, day + 20 * DAY, day + 24 * DAY, options, key)).not.toBe(first);
    const again = itemsFor(index, day, day + 4 * DAY, options, key);
    expect(itemsFor(index, day, day + 4 * DAY, { ...options, lang: 'ar' }, ['ar'])).not.toBe(again);
  });
});

describe('density', () => {
  const data = generateDataset(3000);
  const index = buildTimeIndex(data.events);
  const lanes = laneStarts(index, (e) => e.kind);

  it('splits the events into lanes, each in time order, losing none', () => {
    let total = 0;
    for (const [lane, starts] of lanes) {
      total += starts.length;
      expect(starts.length).toBe(data.events.filter((e) => e.kind === lane).length);
      for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
    }
    expect(total).toBe(data.events.length);
  });

  it('counts per calendar period exactly what a scan would', () => {
    const from = Date.UTC(2017, 4, 17);
    const to = Date.UTC(2019, 10, 3);
    const step = binStep(to - from, 40);
    expect(step).toEqual({ unit: 'month', n: 1 });
    const edges = binEdges(from, to, step);
    expect(edges[0]).toBe(Date.UTC(2017, 4, 1));
    expect(edges[edges.length - 1]).toBe(Date.UTC(2019, 10, 1 + 30));
    for (const [, starts] of lanes) {
      const counts = countBins(starts, edges);
      counts.forEach((n, i) => {
        const scan = [...starts].filter((t) => t >= edges[i]! && t < edges[i + 1]!).length;
        expect(n).toBe(scan);
      });
    }
    expect(countStarting(index, from, to)).toBe([...index.starts].filter((t) => t >= from && t < to).length);
  });

  it('chooses the finest calendar period that keeps the bars few, and aligns periods to the calendar', () => {
    expect(binStep(10 * DAY, 20)).toEqual({ unit: 'day', n: 1 });
    expect(binStep(100 * DAY, 20)).toEqual({ unit: 'day', n: 7 });
    expect(binStep(10 * 365 * DAY, 40)).toEqual({ unit: 'month', n: 3 });
    expect(binStep(10 * 365 * DAY, 20)).toEqual({ unit: 'month', n: 6 });
    expect(binStep(1e6 * 365 * DAY, 20)).toEqual(BIN_STEPS[BIN_STEPS.length - 1]);
    const t = Date.UTC(2019, 7, 14, 13);
    expect(floorToStep(t, { unit: 'day', n: 1 })).toBe(Date.UTC(2019, 7, 14));
    expect(floorToStep(t, { unit: 'month', n: 3 })).toBe(Date.UTC(2019, 6, 1));
    expect(floorToStep(t, { unit: 'month', n: 6 })).toBe(Date.UTC(2019, 6, 1));
    expect(floorToStep(t, { unit: 'year', n: 5 })).toBe(Date.UTC(2015, 0, 1));
    expect(floorToStep(Date.UTC(-55, 3, 1), { unit: 'year', n: 10 })).toBe(Date.UTC(-60, 0, 1));
    // Years 0–99 stay themselves (Date.UTC would read them as 1900–1999).
    expect(
      new Date(floorToStep(Date.parse('0047-05-01T00:00:00Z'), { unit: 'year', n: 5 })).toISOString(),
    ).toBe('0045-01-01T00:00:00.000Z');
    expect(
      new Date(floorToStep(Date.parse('0047-05-01T00:00:00Z'), { unit: 'month', n: 3 })).toISOString(),
    ).toBe('0047-04-01T00:00:00.000Z');
    expect(binEdges(Date.UTC(2019, 0, 31), Date.UTC(2019, 3, 2), { unit: 'month', n: 1 })).toEqual([
      Date.UTC(2019, 0, 1),
      Date.UTC(2019, 1, 1),
      Date.UTC(2019, 2, 1),
      Date.UTC(2019, 3, 1),
      Date.UTC(2019, 4, 1),
    ]);
  });
});
