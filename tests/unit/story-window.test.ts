/** The story's windows at their edges: an event overlapping a window, belonging to the core's story, and the main events. */
import { describe, expect, it } from 'vitest';
import {
  coreWindow,
  interval,
  inWindow,
  isMainEvent,
  mainEvents,
  SHORTEST_SPAN,
  windowAround,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const base = loadCorpus().events[0]!;
const ev = (id: string, start: string, kind = 'defence-call'): TimelineEvent => {
  const e: Record<string, unknown> = { ...base, id, start, kind };
  delete e['end'];
  return e as unknown as TimelineEvent;
};
const day = interval('2024-06-25')!;

describe('inWindow', () => {
  it('holds an event that overlaps the window, not one that only touches it or no window', () => {
    const e = ev('a', '2024-06-25');
    expect(inWindow(e, { from: day.start, to: day.end })).toBe(true);
    expect(inWindow(e, { from: day.end, to: day.end + 86_400_000 })).toBe(false);
    expect(inWindow(e, { from: day.end - 1, to: day.end + 86_400_000 })).toBe(true);
    expect(inWindow(e, { from: day.start - 86_400_000, to: day.start })).toBe(false);
    expect(inWindow(e, { from: day.start - 86_400_000, to: day.start + 1 })).toBe(true);
    expect(inWindow(e, null)).toBe(false);
  });
});

describe('isMainEvent', () => {
  it('takes an event that begins within the core, from its first moment to just before its end, and never history', () => {
    const e = ev('a', '2024-06-25');
    expect(isMainEvent(e, { from: day.start, to: day.start + 1 })).toBe(true);
    expect(isMainEvent(e, { from: day.start + 1, to: day.end })).toBe(false);
    expect(isMainEvent(e, { from: day.start - 1, to: day.start })).toBe(false);
    expect(isMainEvent(ev('h', '2024-06-25', 'history'), { from: day.start, to: day.end })).toBe(false);
    expect(isMainEvent(e, null)).toBe(false);
  });
});

describe('mainEvents', () => {
  it('gives the events that begin within the calls’ window, history left out, in time order', () => {
    const events = [
      ev('c2', '2024-06-25'),
      ev('old', '2014-03-18', 'history'),
      ev('c1', '2022-05-13'),
      ev('inside', '2023-01-01', 'history'),
      ev('talk', '2023-02-01', 'diplomacy'),
    ];
    expect(mainEvents({ events }).map((e) => e.id)).toEqual(['c1', 'talk', 'c2']);
  });

  it('gives every event when none belongs to the story', () => {
    const events = [ev('h2', '2014-03-18', 'history'), ev('h1', '2008-08-08', 'history')];
    expect(mainEvents({ events }).map((e) => e.id)).toEqual(['h1', 'h2']);
  });
});

describe('coreWindow', () => {
  const term = (id: string) => ({ id, name: { ar: id, en: id }, colour: 'blue' as const });

  it('frames the events of the dataset’s first kind, whatever it is called', () => {
    const events = [
      ev('p1', '2020-01-10', 'protest'),
      ev('p2', '2020-01-20', 'protest'),
      ev('v', '1990', 'vote'),
    ];
    const core = coreWindow({ events, kinds: [term('protest'), term('vote')] })!;
    expect(core.from).toBeGreaterThan(Date.UTC(2019, 0, 1));
    expect(core.to).toBeLessThan(Date.UTC(2021, 0, 1));
    // The same events with the other kind first: the view is around that kind's one event.
    const other = coreWindow({ events, kinds: [term('vote'), term('protest')] })!;
    expect(other.to).toBeLessThan(Date.UTC(1992, 0, 1));
  });

  it('frames every event when the first kind has none', () => {
    const events = [ev('a', '2001-01-01', 'vote'), ev('b', '2011-01-01', 'vote')];
    const core = coreWindow({ events, kinds: [term('protest'), term('vote')] })!;
    expect(core.from).toBeLessThan(Date.UTC(2001, 0, 1));
    expect(core.to).toBeGreaterThan(Date.UTC(2011, 0, 2));
  });

  it('keeps the bundled story’s first view: around the defence ministers’ calls', () => {
    const story = loadCorpus();
    const calls = story.events.filter((e) => e.kind === 'defence-call');
    expect(calls.length).toBeGreaterThan(0);
    expect(coreWindow(story)).toEqual(windowAround(calls));
  });
});

describe('windowAround: a story of a few days (trial 15)', () => {
  const DAY = 86_400_000;
  const days = (w: { from: number; to: number }): number => (w.to - w.from) / DAY;

  it('fits a five-day story with its margin, not a month, so the axis names days', () => {
    // The eastern Afghanistan earthquake, Sunday 31 August to Thursday 4 September 2025.
    const story = ['2025-08-31', '2025-09-01', '2025-09-02', '2025-09-02', '2025-09-04', '2025-09-04'].map(
      (d, i) => ev(`e${i}`, d),
    );
    const w = windowAround(story)!;
    // Five whole days and a fifth of them at each side.
    expect(days(w)).toBeCloseTo(7, 5);
    expect(w.from).toBe(Date.UTC(2025, 7, 30));
    expect(w.to).toBe(Date.UTC(2025, 8, 6));
  });

  it('gives a story of one day the shortest span, four days, centred on it', () => {
    const w = windowAround([ev('a', '2024-06-25')])!;
    expect(SHORTEST_SPAN).toBe(4 * DAY);
    expect(days(w)).toBeCloseTo(4 * 1.4, 5);
    expect((w.from + w.to) / 2).toBe(day.start + DAY / 2);
    expect(days(windowAround([ev('a', '2024-06-25')], 0, 0)!)).toBe(1);
  });

  it('opens a core of a few days with the events of other kinds within a month around it', () => {
    const term = (id: string) => ({ id, name: { ar: id, en: id }, colour: 'blue' as const });
    const kinds = [term('quake'), term('toll')];
    const events = [
      ev('q', '2025-08-31', 'quake'),
      ev('t1', '2025-09-02', 'toll'),
      ev('t2', '2025-09-12', 'toll'),
      ev('far', '2025-10-20', 'toll'),
    ];
    const w = coreWindow({ events, kinds })!;
    // 31 August to the end of 12 September, and a fifth of that at each side; not 20 October.
    expect(w.from).toBeLessThan(Date.UTC(2025, 7, 31));
    expect(w.to).toBeGreaterThan(Date.UTC(2025, 8, 13));
    expect(w.to).toBeLessThan(Date.UTC(2025, 8, 20));
    expect(w).toEqual(windowAround(events.slice(0, 3)));
    // 16 days on, a start is no longer near a core of one day (half a month either side).
    expect(coreWindow({ events: [events[0]!, ev('t3', '2025-09-16', 'toll')], kinds })).toEqual(
      windowAround([events[0]!]),
    );
  });

  it('leaves a story of years as it was: the bundled story opens on the same window', () => {
    const calls = loadCorpus().events.filter((e) => e.kind === 'defence-call');
    expect(coreWindow(loadCorpus())).toEqual(windowAround(calls, 0.2, 30 * DAY));
  });
});
