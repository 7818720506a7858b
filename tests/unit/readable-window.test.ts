import { describe, expect, it } from 'vitest';
import { emptyStretch, outside, PHONE_READABLE, readableWindow, SHORTEST_SPAN } from '../../src/domain';
import { eventAt } from '../support/events';

const YEAR = 365.25 * 86_400_000;
const at = (d: string): number => Date.parse(`${d}T00:00:00Z`);
// A story of two years and a half, with reference points decades and years before it.
const story = [
  eventAt('cuba', '1962'),
  eventAt('crimea', '2014'),
  eventAt('invasion', '2022-02-24'),
  eventAt('call-1', '2022-05-13'),
  eventAt('call-2', '2022-10-21'),
  eventAt('call-3', '2022-10-23'),
  eventAt('call-4', '2023-03-15'),
  eventAt('attack', '2024-06-23'),
  eventAt('call-5', '2024-06-25'),
];

describe('readableWindow: "Show all events" on a narrow axis', () => {
  it('shows every event when they fit at the readable scale, with room for a box at each edge', () => {
    const events = story.slice(3, 7);
    const w = readableWindow(events, 1000)!;
    expect(w.from).toBeLessThan(at('2022-05-13'));
    expect(w.to).toBeGreaterThan(at('2023-03-16'));
    // The first and last dates lie at least the edge's room inside the axis.
    const px = (t: number): number => ((t - w.from) / (w.to - w.from)) * 1000;
    expect(px(at('2022-05-13'))).toBeCloseTo(PHONE_READABLE.edgePx, 5);
    expect(1000 - px(at('2023-03-16'))).toBeCloseTo(PHONE_READABLE.edgePx, 5);
  });

  it('on a phone (a 290 px axis) shows the story, not sixty years: the years stay wide enough to name', () => {
    const w = readableWindow(story, 290)!;
    expect(w.from).toBeLessThan(at('2022-02-24'));
    expect(w.to).toBeGreaterThan(at('2024-06-26'));
    expect(w.from).toBeGreaterThan(at('2019-01-01'));
    // At least 64 px a year: the axis names every year.
    expect(w.to - w.from).toBeLessThanOrEqual((290 / 64) * YEAR + 1);
    expect(outside(story, w)).toEqual({ before: 2, after: 0 });
  });

  it('takes the stretch with the most events, the latest of equals', () => {
    const events = [eventAt('a', '2000-01-01'), eventAt('b', '2010-01-01'), eventAt('c', '2020-01-01')];
    const w = readableWindow(events, 290)!;
    expect(outside(events, w)).toEqual({ before: 2, after: 0 });
    const crowd = [...events, eventAt('d', '2000-03-01'), eventAt('e', '2000-06-01')];
    expect(outside(crowd, readableWindow(crowd, 290)!)).toEqual({ before: 0, after: 2 });
  });

  it('gives one event the shortest span around it, and nothing without dated events', () => {
    const w = readableWindow([eventAt('a', '2024-06-25')], 290)!;
    // Four days, and the room of half a box at each edge: days on the axis, not a month.
    expect(w.to - w.from).toBeGreaterThan(SHORTEST_SPAN);
    expect(w.to - w.from).toBeLessThan(2 * SHORTEST_SPAN);
    expect(w.from).toBeLessThan(at('2024-06-25'));
    expect(w.to).toBeGreaterThan(at('2024-06-26'));
    expect(readableWindow([], 290)).toBeNull();
  });
});

describe('outside: what a window leaves out', () => {
  it('counts events wholly before and wholly after, not those it cuts', () => {
    const w = { from: at('2022-01-01'), to: at('2023-01-01') };
    const events = [
      eventAt('before', '2021-06-01'),
      eventAt('cut', '2021-06-01', { end: '2022-02-01' }),
      eventAt('in', '2022-06-01'),
      eventAt('after', '2023-06-01'),
    ];
    expect(outside(events, w)).toEqual({ before: 1, after: 1 });
  });
});

describe('emptyStretch: a window without events names the nearest either side', () => {
  it('names the event that ends last before the window and the one that starts first after it', () => {
    const gap = { from: at('2015-01-01'), to: at('2021-06-01') };
    const near = emptyStretch(story, gap)!;
    expect(near.before?.id).toBe('crimea');
    expect(near.after?.id).toBe('invasion');
  });
  it('is null as soon as one event reaches into the window, even by its last day', () => {
    expect(emptyStretch(story, { from: at('2022-05-13') + 3_600_000, to: at('2022-06-01') })).toBeNull();
    expect(emptyStretch(story, { from: at('2022-01-01'), to: at('2025-01-01') })).toBeNull();
  });
  it('has no side where no event lies, and is null with no events at all', () => {
    const late = emptyStretch(story, { from: at('2030-01-01'), to: at('2031-01-01') })!;
    expect(late.after).toBeNull();
    expect(late.before?.id).toBe('call-5');
    const early = emptyStretch(story, { from: at('1900-01-01'), to: at('1950-01-01') })!;
    expect(early.before).toBeNull();
    expect(early.after?.id).toBe('cuba');
    expect(emptyStretch([], { from: 0, to: 1 })).toBeNull();
  });
});
