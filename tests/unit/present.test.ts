import { describe, expect, it } from 'vitest';
import {
  claimMatrix,
  indexDataset,
  partingClaims,
  reportingSources,
  resolveBriefing,
  storyBriefing,
  type Briefing,
  type EventId,
} from '../../src/domain';
import {
  buildDeck,
  chunkByCost,
  introHeight,
  planSlides,
  positionOf,
  presentKeyFor,
  quoteHeight,
  resolveStep,
  slideForNumber,
  slideIndexOf,
  stepEntry,
  stepIn,
  storyEvents,
  touchCommand,
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
        const groups = slides.flatMap((s) => (s.kind === 'diverge' ? [] : s.groups));
        for (const account of call.accounts) {
          const shown = groups.filter((g) => g.source.id === account.source).flatMap((g) => g.quotes);
          expect(shown).toEqual(account.quotes);
        }
        expect(groups.flatMap((g) => g.quotes)).toHaveLength(21);
        const heading = 1.6 * 1.4 * box.fontPx;
        for (const s of slides) {
          if (s.kind !== 'quotes') continue;
          const height = s.groups.reduce(
            (h, g) => h + heading + g.quotes.reduce((n, q) => n + quoteHeight(q, lang, box), 0),
            0,
          );
          // A step holds what fits, unless a single quote needs a step of its own.
          if (s.groups.length > 1 || s.groups[0]!.quotes.length > 1)
            expect(height).toBeLessThanOrEqual(box.height);
        }
        // The parts of a source are numbered 1..n of n.
        for (const g of groups) expect(g.part).toBeLessThanOrEqual(g.parts);
        // The closing steps show where the accounts part.
        const last = slides[slides.length - 1];
        expect(last?.kind).toBe('diverge');
        const rows = slides.flatMap((s) => (s.kind === 'diverge' ? s.rows : []));
        expect(rows.length).toBeGreaterThan(0);
        // The same claims, in the same order, as the screen's "Where they diverge" and the handout.
        expect(rows.map((r) => r.claim.id)).toEqual(
          partingClaims(claimMatrix(call, reporting)).map((r) => r.claim.id),
        );
        // Each diverging slide but the last says how many claims follow after it.
        const diverging = slides.filter((s) => s.kind === 'diverge');
        let seen = 0;
        for (const s of diverging) {
          seen += s.rows.length;
          expect(s.after).toBe(rows.length - seen);
        }
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

  it('saves steps where the room allows: sources that fit together share a slide, a short event is one slide', () => {
    // Room for everything: the opening carries every source's words, then where they part ways.
    const tall = planSlides(call, reporting, 'ar', { ...PROJECTOR, height: 20_000 });
    expect(tall.map((s) => s.kind)).toEqual(['intro', 'diverge']);
    expect(tall[0]?.kind === 'intro' && tall[0].groups.map((g) => g.source.id)).toEqual(
      reporting.map((s) => s.id),
    );
    // An event told by one source in a few words is one slide at 1080p.
    const short = corpus.events.find((e) => e.id === 'kherson-fighting-2022-10')!;
    const one = planSlides(short, reportingSources(index, short), 'en', PROJECTOR);
    expect(one).toHaveLength(1);
    expect(one[0]?.kind === 'intro' && one[0].groups.flatMap((g) => g.quotes)).toHaveLength(
      short.accounts[0]!.quotes.length,
    );
    // The opening says how the date is known in one line, however long the note (1,075 characters).
    const longNote = corpus.events.find((e) => e.id === 'crimea-attack-2024-06-23')!;
    const line = (e: typeof short) => introHeight('date', e, reportingSources(index, e), 'en', PROJECTOR);
    expect(line(longNote)).toBe(line(short));
    expect(line(longNote)).toBeLessThan(2 * 1.4 * PROJECTOR.fontPx);
  });

  it('has no divergence step for an event told by one source', () => {
    const single = corpus.events.find((e) => e.accounts.length === 1)!;
    const slides = planSlides(single, reportingSources(index, single), 'en', PROJECTOR);
    expect(slides.some((s) => s.kind === 'diverge')).toBe(false);
  });
});

describe('the story’s events', () => {
  const visible = chronological(corpus.events);
  const core = coreWindow(corpus);

  it('are the main events of the core window: no background before it, no history', () => {
    const ids = storyEvents(visible, core).map((e) => e.id);
    expect(ids[0]).toBe('invasion-2022-02-24');
    expect(ids[ids.length - 1]).toBe('call-2024-06-25');
    for (const id of [
      'relations-low-before-war',
      'cuban-missile-crisis-1962',
      'annexation-four-regions-2022-09-30',
      'belousov-replaces-shoigu-2024-05',
    ])
      expect(ids).not.toContain(id);
    expect(ids).toContain('call-2022-05-13');
  });

  it('keep the event on screen in its place even outside the story', () => {
    const ids = storyEvents(visible, core, 'crimea-annexation-2014').map((e) => e.id);
    expect(ids[0]).toBe('crimea-annexation-2014');
    expect(ids[1]).toBe('invasion-2022-02-24');
  });

  it('follow the filters, and fall back to every visible event when none is in the story', () => {
    const history = visible.filter((e) => e.kind === 'history');
    expect(storyEvents(history, { from: 0, to: 1 })).toEqual(history);
    const calls = visible.filter((e) => e.kind === 'defence-call');
    expect(storyEvents(calls, core)).toEqual(calls);
  });
});

describe('the deck', () => {
  const visible = chronological(corpus.events);
  const core = coreWindow(corpus);
  const story = storyBriefing(
    corpus.title,
    storyEvents(visible, core).map((e) => e.id),
  );
  const deck = buildDeck(resolveBriefing(index, story), 'en', PROJECTOR);

  it('opens on a title slide, then each event’s slides as planSlides fits them, in order', () => {
    expect(deck.slides[0]?.kind).toBe('title');
    const events = deck.slides.flatMap((s) => (s.kind === 'event' && s.step === 0 ? [s.event.id] : []));
    expect(events).toEqual(story.items.map((i) => i.event));
    const call = deck.slides.filter((s) => s.kind === 'event' && s.event.id === 'call-2024-06-25');
    expect(call.map((s) => (s.kind === 'event' ? s.slide : null))).toEqual(
      planSlides(index.events.get('call-2024-06-25')!, reporting, 'en', PROJECTOR),
    );
    expect(call.every((s) => s.kind === 'event' && s.steps === call.length)).toBe(true);
    // The title slide's strip covers the briefing's span.
    expect(deck.span?.from).toBe(Date.UTC(2022, 1, 24));
    // The month-dated June 2024 events run to the end of the month.
    expect(deck.span?.to).toBe(Date.UTC(2024, 6, 1));
  });

  it('carries the briefing’s notes: the title slide’s, then each item’s on every slide of its event', () => {
    const briefing: Briefing = {
      id: 'june' as Briefing['id'],
      title: { en: 'The June call', ar: 'اتصال حزيران' },
      notes: { en: 'Welcome', ar: 'أهلًا' },
      items: [
        { event: 'call-2023-03-15' as EventId },
        {
          event: 'call-2024-06-25' as EventId,
          sources: [reporting[1]!.id],
          notes: { en: 'Say who called whom', ar: 'قل من اتصل' },
        },
      ],
    };
    const d = buildDeck(resolveBriefing(index, briefing), 'ar', PROJECTOR);
    expect(d.slides[0]).toMatchObject({ kind: 'title', notes: { en: 'Welcome' } });
    const june = d.slides.filter((s) => s.kind === 'event' && s.entry === 1);
    expect(june.length).toBeGreaterThan(1);
    expect(june.every((s) => s.notes?.en === 'Say who called whom')).toBe(true);
    // Only the chosen source's words, and no divergence with one source.
    expect(june.every((s) => s.kind === 'event' && s.reporting.length === 1)).toBe(true);
    expect(june.some((s) => s.kind === 'event' && s.slide.kind === 'diverge')).toBe(false);
    expect(
      d.slides.filter((s) => s.kind === 'event' && s.entry === 0).every((s) => s.notes === undefined),
    ).toBe(true);
  });

  it('maps an address’s event and step to a slide and back', () => {
    const i = slideIndexOf(deck, { eventId: 'call-2024-06-25', step: 0 })!;
    expect(deck.slides[i]).toMatchObject({ kind: 'event', step: 0, event: { id: 'call-2024-06-25' } });
    expect(slideIndexOf(deck, { eventId: 'call-2024-06-25', step: -1 })).toBe(deck.slides.length - 1);
    expect(slideIndexOf(deck, { eventId: 'call-2024-06-25', step: 999 })).toBe(deck.slides.length - 1);
    expect(slideIndexOf(deck, { eventId: null, step: 3 })).toBe(0);
    expect(slideIndexOf(deck, { eventId: 'cuban-missile-crisis-1962', step: 0 })).toBeNull();
    expect(positionOf(deck, i + 1)).toEqual({ eventId: 'call-2024-06-25', step: 1 });
    expect(positionOf(deck, 0)).toEqual({ eventId: null, step: 0 });
    for (let k = 0; k < deck.slides.length; k++) expect(slideIndexOf(deck, positionOf(deck, k))).toBe(k);
  });
});

describe('the walk over the deck', () => {
  it('steps one slide at a time; the ends hold', () => {
    expect(stepIn(10, 0, 1)).toBe(1);
    expect(stepIn(10, 9, 1)).toBe(9);
    expect(stepIn(10, 0, -1)).toBe(0);
    expect(stepIn(10, 5, -1)).toBe(4);
    expect(stepIn(0, 0, 1)).toBe(0);
  });

  it('from the title slide, the first press reaches the first main event', () => {
    const visible = chronological(corpus.events);
    const story = storyBriefing(
      corpus.title,
      storyEvents(visible, coreWindow(corpus)).map((e) => e.id),
    );
    const deck = buildDeck(resolveBriefing(index, story), 'ar', PROJECTOR);
    expect(positionOf(deck, stepIn(deck.slides.length, 0, 1))).toEqual({
      eventId: 'invasion-2022-02-24',
      step: 0,
    });
  });

  it('skips by event: forward to the next event’s first slide, back to this event’s first then the previous', () => {
    const starts = [1, 4, 9];
    expect(stepEntry(starts, 0, 1)).toBe(1);
    expect(stepEntry(starts, 2, 1)).toBe(4);
    expect(stepEntry(starts, 9, 1)).toBe(9);
    expect(stepEntry(starts, 6, -1)).toBe(4);
    expect(stepEntry(starts, 4, -1)).toBe(1);
    expect(stepEntry(starts, 1, -1)).toBe(0);
    expect(stepEntry([], 0, 1)).toBe(0);
  });

  it('reads a typed slide number as the counter shows it', () => {
    expect(slideForNumber('7', 18)).toBe(6);
    expect(slideForNumber('18', 18)).toBe(17);
    expect(slideForNumber('19', 18)).toBeNull();
    expect(slideForNumber('0', 18)).toBeNull();
    expect(slideForNumber('', 18)).toBeNull();
  });

  it('resolves steps counted from the end, and clamps', () => {
    expect(resolveStep(-1, 4)).toBe(3);
    expect(resolveStep(9, 4)).toBe(3);
    expect(resolveStep(-9, 4)).toBe(0);
    expect(resolveStep(2, 0)).toBe(0);
  });
});

describe('presentation keys', () => {
  it('step with what clickers send, Space, Enter, Up/Down and the arrows in reading direction', () => {
    expect(presentKeyFor(key('PageDown'), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('PageUp'), true)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key(' '), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key(' ', true), false)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('ArrowDown'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('ArrowLeft'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('ArrowRight'), true)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('ArrowLeft'), false)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('ArrowRight'), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('Enter'), false)).toEqual({ kind: 'enter' });
    expect(presentKeyFor(key('Enter', true), false)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('Backspace'), true)).toEqual({ kind: 'step', by: -1 });
    expect(presentKeyFor(key('n'), false)).toEqual({ kind: 'step', by: 1 });
    expect(presentKeyFor(key('P'), false)).toEqual({ kind: 'step', by: -1 });
  });

  it('skip a whole event with Shift and an arrow; overview, ends, blank screens, F5 and leaving', () => {
    expect(presentKeyFor(key('ArrowLeft', true), true)).toEqual({ kind: 'event', by: 1 });
    expect(presentKeyFor(key('ArrowLeft', true), false)).toEqual({ kind: 'event', by: -1 });
    expect(presentKeyFor(key('o'), false)).toEqual({ kind: 'overview' });
    expect(presentKeyFor(key('G'), false)).toEqual({ kind: 'overview' });
    expect(presentKeyFor(key('Home'), false)).toEqual({ kind: 'first' });
    expect(presentKeyFor(key('End'), true)).toEqual({ kind: 'last' });
    expect(presentKeyFor(key('b'), false)).toEqual({ kind: 'blank', colour: 'black' });
    expect(presentKeyFor(key('.'), true)).toEqual({ kind: 'blank', colour: 'black' });
    expect(presentKeyFor(key('W'), false)).toEqual({ kind: 'blank', colour: 'white' });
    expect(presentKeyFor(key(','), false)).toEqual({ kind: 'blank', colour: 'white' });
    expect(presentKeyFor(key('F5'), false)).toEqual({ kind: 'start', here: false });
    expect(presentKeyFor(key('F5', true), true)).toEqual({ kind: 'start', here: true });
    expect(presentKeyFor(key('Escape'), false)).toEqual({ kind: 'exit' });
    expect(presentKeyFor({ ...key('PageDown'), altKey: true }, false)).toBeNull();
    expect(presentKeyFor({ ...key('b'), ctrlKey: true }, false)).toBeNull();
    expect(presentKeyFor(key('x'), false)).toBeNull();
  });

  it('type slide numbers in Western and Arabic-Indic digits', () => {
    expect(presentKeyFor(key('7'), false)).toEqual({ kind: 'digit', digit: '7' });
    expect(presentKeyFor(key('٧'), true)).toEqual({ kind: 'digit', digit: '7' });
    expect(presentKeyFor(key('۱'), true)).toEqual({ kind: 'digit', digit: '1' });
  });
});

describe('touch as a clicker', () => {
  const tap = (x: number) => ({ x, width: 400, dx: 2, dy: -3 });
  const swipe = (dx: number, dy = 0) => ({ x: 200, width: 400, dx, dy });

  it('a tap on the half where reading ends goes on, the other half back; mirrored in Arabic', () => {
    expect(touchCommand(tap(350), false)).toEqual({ kind: 'step', by: 1 });
    expect(touchCommand(tap(50), false)).toEqual({ kind: 'step', by: -1 });
    expect(touchCommand(tap(50), true)).toEqual({ kind: 'step', by: 1 });
    expect(touchCommand(tap(350), true)).toEqual({ kind: 'step', by: -1 });
  });

  it('a swipe against the reading direction goes on; a vertical move is nothing', () => {
    expect(touchCommand(swipe(-120), false)).toEqual({ kind: 'step', by: 1 });
    expect(touchCommand(swipe(120), false)).toEqual({ kind: 'step', by: -1 });
    expect(touchCommand(swipe(120), true)).toEqual({ kind: 'step', by: 1 });
    expect(touchCommand(swipe(-120), true)).toEqual({ kind: 'step', by: -1 });
    expect(touchCommand(swipe(30, 200), false)).toBeNull();
    expect(touchCommand(swipe(25, 5), false)).toBeNull();
  });
});
