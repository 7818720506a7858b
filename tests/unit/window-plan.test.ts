/**
 * What a window holds, and where a corpus opens, each have one owner: `planByCount` is the rule for a
 * dataset in memory (`windowItems`) and for a corpus (`planWindow`, over its density levels); a
 * corpus's home is its time padded once (`padBounds`), which is also where its panning stops.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/data';
import { buildTimeIndex, NO_TIME, padBounds, type TimelineEvent } from '../../src/domain';
import { createCorpusSource } from '../../src/app/corpus-source';
import { createStore } from '../../src/state';
import { planByCount, windowItems } from '../../src/view/timeline/model';
import { writers } from '../support/source-files';
import { viewState } from '../support/view-state';

const DAY = 86_400_000;
const at = (t: number, i: number): TimelineEvent =>
  ({
    id: `e${i}`,
    start: new Date(t).toISOString().slice(0, 10),
    kind: 'diplomacy',
    title: { en: `e${i}`, ar: `e${i}` },
  }) as unknown as TimelineEvent;

describe("a window's plan", () => {
  // Ten events a day through 2020.
  const start = Date.UTC(2020, 0, 1);
  const events = Array.from({ length: 3660 }, (_, i) => at(start + Math.floor(i / 10) * DAY, i));
  const index = buildTimeIndex(events);
  const options = { lang: 'en' as const, describe: () => '', laneOf: () => 'a', selected: null };
  const count = (from: number, to: number) =>
    events.filter((e) => Date.parse(e.start) >= from && Date.parse(e.start) < to).length;

  it.each([
    ['a week', 7],
    ['ten days', 10],
    ['three weeks', 21],
    ['a month', 31],
  ])('is the same in memory as by count: %s', (_, days) => {
    const from = Date.UTC(2020, 5, 1);
    const to = from + days * DAY;
    const plan = planByCount(count, from, to);
    const items = windowItems(index, from, to, options);
    expect(items.dense).toBe(plan.dense);
    if (!plan.dense) expect({ from: items.from, to: items.to }).toEqual({ from: plan.from, to: plan.to });
  });

  it('reaches a whole window either side while that holds at most twice the limit, half a window else', () => {
    const from = Date.UTC(2020, 5, 1);
    const to = from + 7 * DAY;
    // 140 events start in the week and half a week either side; 300 more five days before it.
    const starts = [
      ...Array.from({ length: 140 }, (_, i) => from - 3.5 * DAY + i * 0.1 * DAY),
      ...Array.from({ length: 300 }, () => from - 5 * DAY),
    ];
    const counted = (a: number, b: number) => starts.filter((t) => t >= a && t < b).length;
    expect(planByCount(counted, from, to, 250)).toEqual({
      dense: false,
      from: from - 7 * DAY,
      to: to + 7 * DAY,
    });
    expect(planByCount(counted, from, to, 200)).toEqual({
      dense: false,
      from: from - 3.5 * DAY,
      to: to + 3.5 * DAY,
    });
    expect(planByCount(counted, from, to, 139)).toEqual({ dense: true });
  });

  it('is written once', () => {
    // Half a window and twice the limit, the rule's thresholds, are planByCount's to write.
    expect(writers(/\b2 \* max\b|span \/ 2\b/u, ['src/view/timeline/model.ts'])).toEqual([]);
  });
});

describe("a corpus's home", () => {
  const corpusOf = (time: { start: number; end: number } | null): Corpus =>
    ({ manifest: { title: { en: 'c', ar: 'c' }, time, lanes: [] } }) as unknown as Corpus;
  const sourceOf = (time: { start: number; end: number } | null) =>
    createCorpusSource(corpusOf(time), createStore(viewState()), () => undefined);

  it('is its time padded once: three months past 1962–2024, not three years', () => {
    const time = { start: Date.UTC(1962, 0, 1), end: Date.UTC(2024, 6, 1) };
    const home = sourceOf(time).home;
    expect(home).toEqual(padBounds({ from: time.start, to: time.end }));
    expect(time.start - home.from).toBe(90 * DAY);
    expect(home.to - time.end).toBe(90 * DAY);
  });

  it('without a time is the one window used where nothing gives one', () => {
    expect(sourceOf(null).home).toEqual(NO_TIME);
  });

  it('has no fallback window of its own', () => {
    expect(writers(/Date\.UTC\(\d{4}, 0, 1\)\s*[,}]/u, ['src/domain/story.ts'])).toEqual([]);
  });
});
