import { describe, expect, it } from 'vitest';
import { padBounds, type TimelineEvent } from '../../src/domain';
import { type ViewState } from '../../src/state';
import { runCommand, stepEdge, type CommandContext } from '../../src/app/commands';

import { eventAt } from '../support/events';
import { viewState } from '../support/view-state';

const DAY = 86_400_000;
const ev = (id: string, start: string, sources: string[] = []): TimelineEvent =>
  eventAt(id, start, {
    accounts: sources.map((source) => ({ source, quotes: [] })),
  } as unknown as Partial<TimelineEvent>);

const events = [ev('a', '2022-05-13', ['s1', 's2', 's3']), ev('b', '2022-10-21'), ev('c', '2024-06-25')];
const ctx: CommandContext = {
  visible: events,
  events: new Map(events.map((e) => [e.id, e])),
  home: { from: Date.UTC(2022, 0, 1), to: Date.UTC(2023, 0, 1) },
  all: { from: Date.UTC(2021, 0, 1), to: Date.UTC(2025, 0, 1) },
  bounds: { from: Date.UTC(2020, 0, 1), to: Date.UTC(2026, 0, 1) },
};
const view = (over: Partial<ViewState> = {}): ViewState => viewState({ ...over });
const apply = (s: ViewState, ...cs: Parameters<typeof runCommand>[1][]): ViewState =>
  cs.reduce<ViewState>((acc, c) => ({ ...acc, ...runCommand(acc, c, ctx) }), s);

describe('view commands', () => {
  it('selecting an event brings it into view and forgets the chosen source and claim', () => {
    const s = apply(view({ eventId: 'a', sourceId: 's1', claimId: 'k' }), { kind: 'select', id: 'c' });
    expect(s.eventId).toBe('c');
    expect(s.sourceId).toBeNull();
    expect(s.claimId).toBeNull();
    const mid = Date.UTC(2024, 5, 25, 12);
    expect(s.window!.from).toBeLessThan(mid);
    expect(s.window!.to).toBeGreaterThan(mid);
    // The window is moved, not resized.
    expect(s.window!.to - s.window!.from).toBe(ctx.home.to - ctx.home.from);
  });

  for (const [where, phone] of [
    ['a phone', true],
    ['a desk', false],
  ] as const) {
    it(`on ${where}, selecting the first or last event never takes the window far past the data (S3-12)`, () => {
      // The pan bounds as the app sets them: the events' span with a little room (2022-05-13 to 2024-06-25).
      const first = Date.UTC(2022, 4, 13);
      const last = Date.UTC(2024, 5, 26);
      // At most a quarter of the window past the data, at either width; as much free beside the event.
      const share = 0.25;
      const tight: CommandContext = {
        ...ctx,
        bounds: padBounds({ from: first, to: last }),
        phone,
      };
      const span = 2 * 365 * DAY;
      const pick = (id: string, window: { from: number; to: number }) =>
        ({ ...view({ window }), ...runCommand(view({ window }), { kind: 'select', id }, tight) }).window!;
      // Centring the last event in a two-year window would leave a year of empty future.
      const late = pick('c', { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 0, 1) + span });
      expect(late.to - late.from).toBeCloseTo(span, -3);
      expect(late.to).toBeLessThanOrEqual(last + span * share + 1);
      // Still with room beside it for half the event's box.
      expect(late.to - Date.UTC(2024, 5, 25, 12)).toBeGreaterThanOrEqual(span * (share - 0.01));
      const early = pick('a', { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 1) + span });
      expect(early.from).toBeGreaterThanOrEqual(first - span * share - 1);
      expect(Date.UTC(2022, 4, 13, 12) - early.from).toBeGreaterThanOrEqual(span * (share - 0.01));
      // A window wider than the events and their room keeps its width, centred on them.
      const wide = pick('c', { from: Date.UTC(2018, 0, 1), to: Date.UTC(2018, 0, 1) + 3 * span });
      expect(wide.to - wide.from).toBeCloseTo(3 * span, -3);
      expect((wide.from + wide.to) / 2).toBeCloseTo((first + last) / 2, -3);
      // An event already in view, but too near the edge for its box, is brought in far enough.
      const near = pick('c', {
        from: Date.UTC(2024, 5, 20) - span * 0.9,
        to: Date.UTC(2024, 5, 20) + span * 0.1,
      });
      expect(near.to - Date.UTC(2024, 5, 25, 12)).toBeGreaterThanOrEqual(span * (share - 0.01));
    });
  }

  it('selecting the same event again keeps the chosen source', () => {
    const s = apply(view({ eventId: 'a', sourceId: 's2' }), { kind: 'select', id: 'a' });
    expect(s.sourceId).toBe('s2');
  });

  it('an unknown id clears the selection', () => {
    expect(apply(view({ eventId: 'a' }), { kind: 'select', id: 'nope' }).eventId).toBeNull();
    expect(apply(view({ eventId: 'a' }), { kind: 'clear' }).eventId).toBeNull();
  });

  it('with nothing selected, steps in from the events in view, not from the far end of the story', () => {
    // ctx.home (2022) holds a and b; a window on 2024 holds c alone.
    expect(apply(view(), { kind: 'step', by: -1 }).eventId).toBe('b');
    const w2024 = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) };
    expect(apply(view({ window: w2024 }), { kind: 'step', by: 1 }).eventId).toBe('c');
    // A long span that only reaches into the window is not where a step begins.
    const long = [ev('span', '2019'), ...events].map((e) =>
      e.id === 'span' ? { ...e, end: '2022-02-01' } : e,
    ) as TimelineEvent[];
    const spans = { ...ctx, visible: long, events: new Map(long.map((e) => [e.id, e])) };
    expect(runCommand(view(), { kind: 'step', by: 1 }, spans).eventId).toBe('a');
    // A window with no event in it steps in from the whole story.
    const empty = { from: Date.UTC(2023, 0, 1), to: Date.UTC(2023, 1, 1) };
    expect(apply(view({ window: empty }), { kind: 'step', by: 1 }).eventId).toBe('a');
  });

  it('steps through the visible events in time order, clamping at the ends', () => {
    expect(apply(view(), { kind: 'step', by: 1 }).eventId).toBe('a');
    expect(apply(view({ eventId: 'a' }), { kind: 'step', by: 1 }).eventId).toBe('b');
    expect(apply(view({ eventId: 'c' }), { kind: 'step', by: 1 }).eventId).toBe('c');
    expect(apply(view({ eventId: 'b' }), { kind: 'step', by: -1 }).eventId).toBe('a');
    expect(apply(view(), { kind: 'last' }).eventId).toBe('c');
    expect(apply(view({ eventId: 'c' }), { kind: 'first' }).eventId).toBe('a');
  });

  it('says which end a step meets when it has nowhere to go, and nothing when it moves', () => {
    expect(stepEdge(view({ eventId: 'c' }), { kind: 'step', by: 1 }, ctx)).toBe('last');
    expect(stepEdge(view({ eventId: 'a' }), { kind: 'step', by: -1 }, ctx)).toBe('first');
    expect(stepEdge(view({ eventId: 'b' }), { kind: 'step', by: 1 }, ctx)).toBeNull();
    expect(stepEdge(view({ eventId: 'b' }), { kind: 'step', by: -1 }, ctx)).toBeNull();
    expect(stepEdge(view({ eventId: 'c' }), { kind: 'step', by: -1 }, ctx)).toBeNull();
    expect(stepEdge(view({ eventId: 'a' }), { kind: 'step', by: 1 }, ctx)).toBeNull();
    // With nothing selected a step opens an event; End and Home are no steps.
    expect(stepEdge(view(), { kind: 'step', by: 1 }, ctx)).toBeNull();
    expect(stepEdge(view({ eventId: 'c' }), { kind: 'last' }, ctx)).toBeNull();
    // While a search is active, the ends are its first and last matches.
    const searching = { ...ctx, matches: new Set(['a', 'b']) };
    expect(stepEdge(view({ eventId: 'b' }), { kind: 'step', by: 1 }, searching)).toBe('last');
    expect(stepEdge(view({ eventId: 'c' }), { kind: 'step', by: 1 }, searching)).toBeNull();
  });

  it('with a search active, steps, first and last go through its matches only, in time order', () => {
    const four = [...events, ev('d', '2025-01-10')];
    const searching: CommandContext = {
      ...ctx,
      visible: four,
      events: new Map(four.map((e) => [e.id, e])),
      matches: new Set(['d', 'a', 'c']),
    };
    const on = (s: ViewState, c: Parameters<typeof runCommand>[1]): string | null =>
      ({ ...s, ...runCommand(s, c, searching) }).eventId;
    expect(on(view({ eventId: 'a' }), { kind: 'step', by: 1 })).toBe('c');
    expect(on(view({ eventId: 'c' }), { kind: 'step', by: 1 })).toBe('d');
    expect(on(view({ eventId: 'c' }), { kind: 'step', by: -1 })).toBe('a');
    expect(on(view({ eventId: 'd' }), { kind: 'first' })).toBe('a');
    expect(on(view({ eventId: 'a' }), { kind: 'last' })).toBe('d');
    // From an event the search does not find, the nearest match that way in time.
    expect(on(view({ eventId: 'b' }), { kind: 'step', by: 1 })).toBe('c');
    expect(on(view({ eventId: 'b' }), { kind: 'step', by: -1 })).toBe('a');
    // A search that finds nothing leaves the open event open.
    const none = { ...searching, matches: new Set<string>() };
    expect(runCommand(view({ eventId: 'b' }), { kind: 'step', by: 1 }, none)).toEqual({});
    // The search cleared: every event again.
    expect(apply(view({ eventId: 'a' }), { kind: 'step', by: 1 }).eventId).toBe('b');
  });

  it('zooms around the selected event when it is in view, so it stays where it is', () => {
    const w = { from: Date.UTC(2022, 0, 1), to: Date.UTC(2023, 0, 1) };
    const mid = Date.UTC(2022, 4, 13, 12);
    const before = (mid - w.from) / (w.to - w.from);
    const z = apply(view({ eventId: 'a', window: w }), { kind: 'zoom', factor: 0.5 }).window!;
    expect(z.to - z.from).toBeCloseTo((w.to - w.from) / 2, -3);
    expect((mid - z.from) / (z.to - z.from)).toBeCloseTo(before, 6);
    expect(mid).toBeGreaterThan(z.from);
    expect(mid).toBeLessThan(z.to);
  });

  it('zooms around the middle when nothing selected is in view', () => {
    const w = { from: Date.UTC(2023, 0, 1), to: Date.UTC(2023, 11, 1) };
    const z = apply(view({ eventId: 'a', window: w }), { kind: 'zoom', factor: 2 }).window!;
    expect((z.from + z.to) / 2).toBeCloseTo((w.from + w.to) / 2, -3);
    expect(z.to - z.from).toBeCloseTo(2 * (w.to - w.from), -3);
  });

  it('pans by a fraction of the window, fits everything, and takes a window as it is', () => {
    const w = { from: 0, to: 100 * DAY };
    expect(apply(view({ window: w }), { kind: 'pan', by: 0.25 }).window).toEqual({
      from: 25 * DAY,
      to: 125 * DAY,
    });
    expect(apply(view({ window: w }), { kind: 'fit' }).window).toEqual(ctx.all);
    expect(apply(view(), { kind: 'window', window: w }).window).toEqual(w);
  });

  it('keeps keys inside the bounds: a pan stops at the edge, a zoom out at the whole bounds', () => {
    const y = (n: number): number => Date.UTC(n, 0, 1);
    const edge = apply(view({ window: { from: y(2024), to: y(2026) } }), { kind: 'pan', by: 0.5 }).window!;
    expect(edge).toEqual({ from: y(2024), to: y(2026) });
    const back = apply(view({ window: { from: y(2020), to: y(2022) } }), { kind: 'pan', by: -0.5 }).window!;
    expect(back).toEqual({ from: y(2020), to: y(2022) });
    const out = apply(view({ window: { from: y(2021), to: y(2025) } }), { kind: 'zoom', factor: 4 }).window!;
    expect(out).toEqual(ctx.bounds);
    // A window the app was asked for beyond the bounds stays reachable while it is on screen.
    const wide = { from: y(2018), to: y(2028) };
    expect(apply(view({ window: wide }), { kind: 'zoom', factor: 2 }).window).toEqual(wide);
  });
});
