/**
 * Bringing an event into view has one rule, `frameEvent`: the window moves (never resizes) until the
 * event has half a box free beside it, a phone's box (a quarter of its axis) or a desk's. Every caller
 * asks it with the device: the view's commands, a file put on screen, the nearest event beside an empty
 * stretch, and a corpus's event once it is fetched (which once kept a desk's share on a phone).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/data';
import { interval, PHONE_EDGE_SHARE } from '../../src/domain';
import { createCorpusSource } from '../../src/app/corpus-source';
import { createStore, type TimeWindow } from '../../src/state';
import { DESK_EDGE_SHARE, edgeShareFor, frameEvent } from '../../src/view/timeline/model';
import { eventAt } from '../support/events';
import { writers } from '../support/source-files';
import { viewState } from '../support/view-state';

const DAY = 86_400_000;
/** A hundred days from 2024-01-01. */
const w: TimeWindow = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 3, 10) };
/** An event twenty days in: a fifth of the window from its edge, inside a desk's margin, not a phone's. */
const near = eventAt('near-edge', '2024-01-21');
const span = interval(near.start, near.end) as { start: number; end: number };

describe('frameEvent: the one rule for bringing an event into view', () => {
  it("keeps a phone's half box free beside the event, a desk's on a desk", () => {
    expect(edgeShareFor(true)).toBe(PHONE_EDGE_SHARE);
    expect(edgeShareFor(false)).toBe(DESK_EDGE_SHARE);
    expect(frameEvent(w, span, false)).toBe(w);
    const phone = frameEvent(w, span, true);
    expect(phone.to - phone.from).toBe(w.to - w.from);
    expect(span.start - phone.from).toBeGreaterThanOrEqual((w.to - w.from) * PHONE_EDGE_SHARE);
  });

  it('moves a window to an event outside it on either device, keeping its width', () => {
    for (const phone of [true, false]) {
      const far = frameEvent(w, { start: w.to + 300 * DAY, end: w.to + 301 * DAY }, phone);
      expect(far.to - far.from).toBe(w.to - w.from);
      expect(far.from).toBeLessThan(w.to + 300 * DAY);
      expect(far.to).toBeGreaterThan(w.to + 301 * DAY);
    }
  });

  it('is the only frame: no other module moves a window to an event by a margin of its own', () => {
    expect(writers(/\bbringIntoView\(/u, ['src/view/timeline/model.ts'])).toEqual([]);
  });
});

describe("a corpus's event, once fetched, is framed as the device frames a selection", () => {
  /** A corpus of the one event, found by id and fetched in full (no sources, no articles). */
  const corpus = {
    manifest: { title: { en: 'c', ar: 'c' }, time: { start: w.from, end: w.to }, lanes: [] },
    density: () => Promise.resolve(new Map()),
    window: () => Promise.resolve([]),
    find: () => Promise.resolve({ id: near.id, start_ms: span.start, end_ms: span.end }),
    event: () => Promise.resolve(near),
    sources: () => Promise.resolve([]),
    entities: () => Promise.resolve([]),
    article: () => Promise.resolve(''),
  } as unknown as Corpus;

  const selectOn = async (phone: boolean): Promise<TimeWindow | null> => {
    const view = createStore(viewState({ window: w }));
    const source = createCorpusSource(
      corpus,
      view,
      () => undefined,
      () => phone,
    );
    await source.start();
    view.set({ eventId: near.id });
    await vi.waitFor(() => expect(source.isFull(near.id) && !source.state.get().loading).toBe(true));
    source.dispose();
    return view.get().window;
  };

  it("on a phone: the event is brought in to a phone's half box from the edge", async () => {
    const moved = await selectOn(true);
    expect(moved).not.toEqual(w);
    expect(moved).toEqual(frameEvent(w, span, true));
  });

  it('on a desk: an event already inside the margin leaves the window alone', async () => {
    expect(await selectOn(false)).toEqual(w);
  });
});
