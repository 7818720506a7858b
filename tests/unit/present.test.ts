import { describe, expect, it } from 'vitest';
import { indexDataset, reportingSources, type TimelineEvent } from '../../src/domain';
import {
  chunkByCost,
  planSlides,
  presentationWalk,
  presentKeyFor,
  quoteHeight,
  resolveStep,
  stepEvent,
  stepSlide,
  wrappedLines,
  type SlideBox,
} from '../../src/view/present';
import { coreWindow } from '../../src/view/timeline/model';
import { chronological } from '../../src/view/timeline/model';
import { key } from '../support/events';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const index = indexDataset(corpus);
const call = index.events.get('call-2024-06-25')!;
const reporting = reportingSources(index, call);
/** The slide body measured at 1920×1080. */
const PROJECTOR: SlideBox = { width: 1843, height: 545, fontPx: 29.16 };
const PHONE: SlideBox = { width: 374, height: 250, fontPx: 17.9 };

describe('wrapping and chunking', () => {
  it('counts the lines of a text wrapped word by word', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 9)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 8)).toBe(2);
    expect(wrappedLines('aaaa bbbb cccc', 9)).toBe(2);
    // A word longer than a line breaks across lines.
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
    expect(wrappedLines(`x ${'a'.repeat(25)}`, 10)).toBe(4);
  });

  it('groups items in order within a budget, an oversized item alone', () => {
    const cost = (n: number) => n;
    expect(chunkByCost([3, 3, 3, 3], cost, 7)).toEqual([
      [3, 3],
      [3, 3],
    ]);
    expect(chunkByCost([2, 9, 2], cost, 7)).toEqual([[2], [9], [2]]);
    expect(chunkByCost([], cost, 7)).toEqual([]);
    expect(chunkByCost([1, 1, 1], cost, 3)).toEqual([[1, 1, 1]]);
  });
});

describe('slides of the June 2024 call', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const [name, box] of [
      ['projector', PROJECTOR],
      ['phone', PHONE],
    ] as const) {
      it(`(${lang}, ${name}) every quote exactly once, in order, each step within the room`, () => {
        const slides = planSlides(call, reporting, lang, box);
        expect(slides[0]?.kind).toBe('intro');
        const quoteSlides = slides.flatMap((s) => (s.kind === 'quotes' ? [s] : []));
        for (const account of call.accounts) {
          const shown = quoteSlides.filter((s) => s.source.id === account.source).flatMap((s) => s.quotes);
          expect(shown).toEqual(account.quotes);
        }
        expect(quoteSlides.flatMap((s) => s.quotes)).toHaveLength(21);
        const room = box.height - 1.6 * 1.4 * box.fontPx;
        for (const s of quoteSlides) {
          const height = s.quotes.reduce((h, q) => h + quoteHeight(q, lang, box), 0);
          // A step holds what fits, unless a single quote needs a step of its own.
          if (s.quotes.length > 1) expect(height).toBeLessThanOrEqual(room);
        }
        // The parts of a source are numbered 1..n of n.
        for (const s of quoteSlides) expect(s.part).toBeLessThanOrEqual(s.parts);
        // The closing steps show where the accounts part.
        const last = slides[slides.length - 1];
        expect(last?.kind).toBe('diverge');
        const rows = slides.flatMap((s) => (s.kind === 'diverge' ? s.rows : []));
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((r) => r.singleSource || r.wordedDifferently)).toBe(true);
      });
    }
  }

  it('puts more quotes on a step when there is more room, and fewer on a phone', () => {
    const count = (box: SlideBox) => planSlides(call, reporting, 'en', box).length;
    expect(count(PHONE)).toBeGreaterThan(count(PROJECTOR));
    expect(count({ ...PROJECTOR, height: 2000 })).toBeLessThan(count(PROJECTOR));
    // Arabic shows the original alone: fewer steps than English with its translations.
    expect(planSlides(call, reporting, 'ar', PROJECTOR).length).toBeLessThan(count(PROJECTOR));
  });

  it('has no divergence step for an event told by one source', () => {
    const single = corpus.events.find((e) => e.accounts.length === 1)!;
    const slides = planSlides(single, reportingSources(index, single), 'en', PROJECTOR);
    expect(slides.some((s) => s.kind === 'diverge')).toBe(false);
  });
});

describe('the walk', () => {
  const visible = chronological(corpus.events);
  const core = coreWindow(corpus.events);

  it('starts at the main story, leaving out distant reference points', () => {
    const walk = presentationWalk(visible, core, null);
    // The years of low relations before the war (2019–2021) reach into the story's window.
    expect(walk[0]?.id).toBe('relations-low-before-war');
    expect(walk.map((e) => e.id)).not.toContain('cuban-missile-crisis-1962');
    expect(walk[walk.length - 1]?.id).toBe('call-2024-06-25');
  });

  it('keeps the event on screen in its place even outside the story', () => {
    const walk = presentationWalk(visible, core, 'crimea-annexation-2014');
    expect(walk[0]?.id).toBe('crimea-annexation-2014');
    expect(stepEvent(walk, 'crimea-annexation-2014', 1)?.eventId).toBe('relations-low-before-war');
  });

  it('follows the filters, and falls back to every visible event when none is in the story', () => {
    const history = visible.filter((e) => e.kind === 'history');
    const walk = presentationWalk(history, { from: 0, to: 1 }, null);
    expect(walk).toEqual(history);
    const calls = visible.filter((e) => e.kind === 'defence-call');
    expect(presentationWalk(calls, core, null)).toEqual(calls);
  });

  it('steps slide by slide, then to the next event; back to the previous event’s last slide', () => {
    const walk = [{ id: 'a' }, { id: 'b' }] as unknown as TimelineEvent[];
    expect(stepSlide(walk, { eventId: 'a', step: 0 }, 3, 1)).toEqual({ eventId: 'a', step: 1 });
    expect(stepSlide(walk, { eventId: 'a', step: 2 }, 3, 1)).toEqual({ eventId: 'b', step: 0 });
    expect(stepSlide(walk, { eventId: 'b', step: 0 }, 3, -1)).toEqual({ eventId: 'a', step: -1 });
    expect(stepSlide(walk, { eventId: 'b', step: 1 }, 3, -1)).toEqual({ eventId: 'b', step: 0 });
    // The ends hold.
    expect(stepSlide(walk, { eventId: 'b', step: -1 }, 3, 1)).toEqual({ eventId: 'b', step: 2 });
    expect(stepSlide(walk, { eventId: 'a', step: 0 }, 3, -1)).toEqual({ eventId: 'a', step: 0 });
    expect(stepSlide(walk, null, 0, 1)).toEqual({ eventId: 'a', step: 0 });
    expect(stepSlide([], null, 0, 1)).toBeNull();
  });

  it('resolves steps counted from the end, and clamps', () => {
    expect(resolveStep(-1, 4)).toBe(3);
    expect(resolveStep(9, 4)).toBe(3);
    expect(resolveStep(-9, 4)).toBe(0);
    expect(resolveStep(2, 0)).toBe(0);
  });
});

describe('presentation keys', () => {
  it('step with what clickers send, Space, Up/Down and the arrows in reading direction', () => {
    expect(presentKeyFor(key('PageDown'), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('PageUp'), true)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key(' '), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key(' ', true), false)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('ArrowDown'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('ArrowLeft'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('ArrowLeft'), false)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('ArrowRight'), false)).toEqual({ kind: 'step', by: 1 });
  });

  it('skip a whole event with Shift and an arrow; overview, ends and leaving', () => {
    expect(presentKeyFor(key('ArrowLeft', true), true)).toEqual({ kind: 'event', by: 1 });
    expect(presentKeyFor(key('ArrowLeft', true), false)).toEqual({ kind: 'event', by: -1 });
    expect(presentKeyFor(key('o'), false)).toEqual({ kind: 'overview' });
    expect(presentKeyFor(key('Home'), false)).toEqual({ kind: 'first' });
    expect(presentKeyFor(key('End'), true)).toEqual({ kind: 'last' });
    expect(presentKeyFor(key('Escape'), false)).toEqual({ kind: 'exit' });
    expect(presentKeyFor({ ...key('PageDown'), altKey: true }, false)).toBeNull();
    expect(presentKeyFor(key('x'), false)).toBeNull();
  });
});
