import { describe, expect, it } from 'vitest';
import { buildTimeIndex, eventsIn, lowerBound, type TimelineEvent } from '../../src/domain';
import { binWidth, clusterSpan, isCluster, MAX_ITEMS, windowItems } from '../../src/view/timeline/model';
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

  it('binary-searches the first start at or after a time', () => {
    const starts = new Float64Array([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 8].map((t) => lowerBound(starts, t))).toEqual([0, 0, 1, 1, 4]);
  });
});

describe('items for a window', () => {
  const options = {
    lang: 'en' as const,
    describe: () => '',
    laneOf: (e: TimelineEvent) => e.kind,
    clusterLabel: (n: number) => `${n}`,
    clusterTooltip: (n: number) => `${n} events`,
    selectedId: null,
  };

  it('draws a few events one by one', () => {
    const index = buildTimeIndex(generateDataset(50).events);
    const items = windowItems(index, Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1), options);
    expect(items.filter((i) => i.type === 'box')).toHaveLength(50);
    expect(items.some((i) => isCluster(i.id))).toBe(false);
  });

  it('clusters many events per lane and period, counting every one, and keeps the selected event', () => {
    const data = generateDataset(5000);
    const index = buildTimeIndex(data.events);
    const selected = index.events[2500]!.id;
    const from = Date.UTC(2015, 0, 1);
    const to = Date.UTC(2025, 0, 1);
    const items = windowItems(index, from, to, { ...options, selectedId: selected });
    const clusters = items.filter((i) => isCluster(i.id));
    expect(clusters.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(MAX_ITEMS);
    const counted = clusters.reduce((n, c) => n + Number(c.label), 0);
    expect(counted).toBe(data.events.length);
    expect(items.find((i) => i.id === selected)?.type).toBe('box');
    // A cluster's id says the period it covers, for zooming in on a click.
    const span = clusterSpan(clusters[0]!.id)!;
    expect(span.end - span.start).toBe(binWidth(to - from));
    expect(clusters[0]!.start).toBe(span.start);
  });

  it('chooses the finest period that keeps the clusters few', () => {
    expect(binWidth(10 * DAY)).toBe(DAY);
    expect(binWidth(365 * DAY)).toBe(30.436875 * DAY);
    expect(binWidth(10 * 365 * DAY)).toBe(365.2425 * DAY);
    expect(clusterSpan('e1')).toBeNull();
  });
});
