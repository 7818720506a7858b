import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckBriefing, planDeck, SIZES, type Deck } from '../../src/data/deck';
import { SLIDE_HEIGHT, SLIDE_WIDTH, paragraphText } from '../../src/data/deck-layout';
import {
  claimMatrix,
  dataText,
  sourceLabel,
  DEFAULT_DISPLAY,
  indexDataset,
  mainEvents,
  partingClaims,
  resolveBriefing,
  splitAtLines,
  wrappedLines,
  type Briefing,
  type BriefingId,
  type Dataset,
  type EventId,
  type Lang,
  type SourceId,
  type TimelineEvent,
} from '../../src/domain';
import { coreWindow, chronological } from '../../src/view/timeline/model';
import { storyEvents } from '../../src/view/present/walk';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const story = deckBriefing(index, null);
if (typeof story === 'string') throw new Error(story);
const decks: Record<Lang, Deck> = {
  ar: planDeck({ index, briefing: story, lang: 'ar' }),
  en: planDeck({ index, briefing: story, lang: 'en' }),
};

/** Every quote paragraph's text on the given slides, in order. */
function quoteText(deck: Deck, eventId?: string): string {
  return deck.slides
    .filter((s) => eventId === undefined || s.eventId === eventId)
    .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))
    .filter((p) => p.role === 'quote')
    .map(paragraphText)
    .join('');
}

function expectWithinSlides(deck: Deck): void {
  for (const [n, slide] of deck.slides.entries()) {
    for (const b of slide.boxes) {
      const where = `slide ${n + 1} box at ${b.x},${b.y}`;
      expect(b.x, where).toBeGreaterThanOrEqual(0);
      expect(b.y, where).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w, where).toBeLessThanOrEqual(SLIDE_WIDTH);
      expect(b.y + b.h, where).toBeLessThanOrEqual(SLIDE_HEIGHT);
    }
    // Boxes that share columns never share lines.
    for (const a of slide.boxes)
      for (const b of slide.boxes) {
        if (a === b || a.x + a.w <= b.x || b.x + b.w <= a.x) continue;
        expect(a.y + a.h <= b.y || b.y + b.h <= a.y, `slide ${n + 1}: boxes overlap`).toBe(true);
      }
  }
}

describe('fitting text', () => {
  it('cuts a text into pieces of at most so many lines that join back into it', () => {
    const word = fc.stringMatching(/^[a-zء-ي]{1,30}$/);
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n')), { maxLength: 80 });
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 4, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (parts, per, max) => {
          const t = parts.map(([w, s]) => w + s).join('');
          const pieces = splitAtLines(t, per, max);
          expect(pieces.join('')).toBe(t);
          for (const p of pieces) expect(wrappedLines(p, per)).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('keeps as many lines in a piece as the budget allows', () => {
    expect(splitAtLines('aaa bbb ccc ddd eee', 7, 2)).toEqual(['aaa bbb ccc ddd ', 'eee']);
    expect(splitAtLines('x'.repeat(25), 10, 2)).toEqual(['x'.repeat(20), 'x'.repeat(5)]);
  });
});

describe('the main events', () => {
  it('are the events the presentation walks when nothing is chosen', () => {
    const walk = storyEvents(chronological(dataset.events), coreWindow(dataset));
    expect(mainEvents(dataset).map((e) => e.id)).toEqual(walk.map((e) => e.id));
  });
});

describe('a deck for the story', () => {
  it('opens with a title slide and walks every main event in order', () => {
    for (const deck of Object.values(decks)) {
      expect(deck.slides[0]!.kind).toBe('title');
      const order = [...new Set(deck.slides.slice(1).map((s) => s.eventId))];
      expect(order).toEqual(mainEvents(dataset).map((e) => e.id));
    }
  });

  it('gives each event an opening, each reporting source its words, and the claims where they part', () => {
    const call = story.entries.find((e) => e.event.id === 'call-2024-06-25')!;
    const slides = decks.en.slides.filter((s) => s.eventId === call.event.id);
    expect(slides[0]!.kind).toBe('opening');
    expect(slides.filter((s) => s.kind === 'quotes').length).toBeGreaterThanOrEqual(call.reporting.length);
    expect(slides.at(-1)!.kind).toBe('diverge');
    const text = slides.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs.map(paragraphText))).join('\n');
    // Each source by the name the screen gives it, never by the dataset's description of the article.
    for (const s of call.reporting) {
      expect(text).toContain(sourceLabel(s, 'en'));
      expect(text).not.toContain(s.outlet.en);
    }
    expect(text).toContain('Where the accounts part ways');
    expect(text).toMatch(/\d sources?, \d independent origins?/);
  });

  it('lists the same diverging claims, in the same order, as the screen', () => {
    const call = story.entries.find((e) => e.event.id === 'call-2024-06-25')!;
    for (const lang of ['en', 'ar'] as const) {
      const text = decks[lang].slides
        .filter((s) => s.kind === 'diverge' && s.eventId === call.event.id)
        .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs.map(paragraphText)))
        .join('\n');
      const claims = partingClaims(claimMatrix(call.event, call.reporting)).map((r) => r.claim.text[lang]);
      expect(claims.length).toBeGreaterThan(3);
      const at = claims.map((c) => text.indexOf(dataText(c, lang, DEFAULT_DISPLAY)));
      expect(
        at.every((i) => i >= 0),
        lang,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      // A claim only some sources carry names the ones that leave it out.
      expect(text).toContain(lang === 'en' ? 'Not in: ' : 'لا يرد في: ');
    }
  });

  it('never counts an account of unknown origin as an independent origin, alone or with others', () => {
    for (const lang of ['en', 'ar'] as const) {
      const lines = decks[lang].slides
        .filter((s) => s.kind === 'diverge' && s.eventId === 'call-2024-06-25')
        .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs.map(paragraphText)));
      // The lines where the rewrite carries the claim (not those naming it among the sources without it).
      const name = sourceLabel(index.sources.get('art-003')!, lang);
      const rewrite = lines.filter(
        (l) =>
          l.includes(dataText(name, lang, DEFAULT_DISPLAY)) &&
          !l.startsWith(lang === 'en' ? 'Not in' : 'لا يرد في'),
      );
      expect(rewrite.length, lang).toBeGreaterThan(0);
      for (const line of rewrite)
        if (lang === 'en' ? /\d sources?, /.test(line) : line.includes('مصادر'))
          expect(line, lang).toMatch(
            lang === 'en'
              ? /1 or 2 independent origins \(one does not say its source\)/
              : /أحدها لا يذكر مصدره/,
          );
        else expect(line, lang).not.toMatch(lang === 'en' ? /origin/ : /أصل/);
    }
  });

  it('carries every quote in full, as the exact text of its article', () => {
    for (const deck of Object.values(decks))
      for (const { event } of story.entries) {
        const text = quoteText(deck, event.id);
        for (const q of event.accounts.flatMap((a) => a.quotes))
          for (const line of q.text.split('\n').filter((l) => l.trim() !== '')) expect(text).toContain(line);
      }
  });

  it('puts every English rendering beside its original, marked as a translation', () => {
    const paragraphs = decks.en.slides.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs));
    const translations = paragraphs.filter((p) => p.role === 'translation');
    const quotes = story.entries.flatMap((e) => e.event.accounts.flatMap((a) => a.quotes));
    // A rendering continued on the next slide is marked again there.
    expect(translations.filter((p) => !p.runs[0]!.text.startsWith('Translation'))).toEqual([]);
    expect(translations.filter((p) => p.runs[0]!.text === 'Translation')).toHaveLength(quotes.length);
    for (const p of translations) expect(p.runs[0]).toMatchObject({ bold: true, lang: 'en' });
    expect(
      decks.ar.slides
        .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))
        .some((p) => p.role === 'translation'),
    ).toBe(false);
  });

  it('sets Arabic right to left in Arabic fonts, English left to right', () => {
    for (const deck of Object.values(decks))
      for (const p of deck.slides.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))) {
        if (p.role === 'quote')
          expect(p).toMatchObject({ dir: 'rtl', runs: [{ lang: 'ar', font: 'quote' }] });
        else if (deck.lang === 'ar') expect(p.dir).toBe('rtl');
        else expect(p.dir).toBe('ltr');
        for (const r of p.runs) expect(r.font === 'latin').toBe(r.lang === 'en');
      }
  });

  it('keeps type readable: body at least 20 pt, titles at least 32 pt, footers 16 pt', () => {
    for (const deck of Object.values(decks))
      for (const p of deck.slides.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))) {
        if (p.role === 'title') expect(p.size).toBeGreaterThanOrEqual(32);
        else if (p.role === 'footer') expect(p.size).toBe(SIZES.footer);
        else expect(p.size).toBeGreaterThanOrEqual(20);
      }
  });

  it('keeps every box on its slide and apart from the others', () => {
    expectWithinSlides(decks.ar);
    expectWithinSlides(decks.en);
  });

  it('numbers the slides and writes dates as the app does', () => {
    const numbers = decks.ar.slides.slice(1).map((s) => s.boxes.at(-1)!.paragraphs[0]!);
    expect(paragraphText(numbers[0]!)).toBe(
      `٢ / ${new Intl.NumberFormat('ar-SY-u-nu-arab').format(decks.ar.slides.length)}`,
    );
    const call = decks.ar.slides.find((s) => s.eventId === 'call-2024-06-25')!;
    expect(paragraphText(call.boxes[0]!.paragraphs[0]!)).toBe('٢٥ حزيران ٢٠٢٤ — التاريخ مستنتج من اسم اليوم');
    expect(
      paragraphText(decks.en.slides.find((s) => s.eventId === 'call-2024-06-25')!.boxes[0]!.paragraphs[0]!),
    ).toBe('25 June 2024 · Date from a weekday name');
  });
});

describe('a deck for a chosen briefing', () => {
  const briefing: Briefing = {
    id: 'june-call' as BriefingId,
    title: { ar: 'اتصال حزيران', en: 'The June call' },
    subtitle: { ar: 'ثلاثة مصادر', en: 'Three sources' },
    notes: { ar: 'ابدأ بالسياق', en: 'Start with the context' },
    items: [
      {
        event: 'call-2024-06-25' as EventId,
        sources: ['art-002' as SourceId],
        notes: { ar: 'لاحظ الصياغة', en: 'Note the wording' },
      },
    ],
  };
  const withBriefing: Dataset = { ...dataset, briefings: [briefing] };
  const idx = indexDataset(withBriefing);

  it('is found by id; an unknown id names the ones there are', () => {
    expect(deckBriefing(idx, 'nope')).toBe('unknown briefing "nope": the dataset\'s briefings are june-call');
    expect(deckBriefing(index, 'nope')).toBe(
      'unknown briefing "nope": the dataset\'s briefings are calls-2022-2024',
    );
    const without = { ...dataset, briefings: [] };
    expect(deckBriefing(indexDataset(without), 'nope')).toBe(
      'unknown briefing "nope": the dataset has no briefings',
    );
  });

  it('shows only the chosen sources, with the notes on the slides', () => {
    const resolved = deckBriefing(idx, 'june-call');
    if (typeof resolved === 'string') throw new Error(resolved);
    const deck = planDeck({ index: idx, briefing: resolved, lang: 'en' });
    const title = deck.slides[0]!;
    expect(title.notes).toBe('Start with the context');
    expect(title.boxes.flatMap((b) => b.paragraphs).map(paragraphText)).toEqual([
      'The June call',
      'Three sources',
      withBriefing.title.en,
      '25 June 2024 · 1 event',
    ]);
    for (const s of deck.slides.slice(1)) expect(s.notes).toBe('Note the wording');
    const headings = deck.slides
      .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))
      .filter((p) => p.role === 'heading');
    const name = sourceLabel(index.sources.get('art-002')!, 'en');
    expect(headings.map(paragraphText)).toEqual(
      headings.map((_, i) => `${name} (${i + 1} of ${headings.length})`),
    );
    // One source part no ways.
    expect(deck.slides.some((s) => s.kind === 'diverge')).toBe(false);
  });
});

describe('long texts', () => {
  const call = index.events.get('call-2024-06-25')!;
  const long = 'وقال المتحدث إن الاتصال تناول الوضع في أوكرانيا والتصعيد المحتمل '.repeat(60);
  const source = call.accounts[0]!.source;
  const event: TimelineEvent = {
    ...call,
    title: { ar: 'عنوان طويل جدًا '.repeat(30), en: 'A very long title '.repeat(30) },
    summary: { ar: 'ملخص '.repeat(900), en: 'Summary '.repeat(900) },
    accounts: [
      { source, quotes: [{ ...call.accounts[0]!.quotes[0]!, text: long, en: 'Rendering '.repeat(500) }] },
    ],
  };
  const big: Dataset = { ...dataset, events: [event] };
  const idx = indexDataset(big);
  const resolved = resolveBriefing(idx, {
    id: 'x' as BriefingId,
    title: { ar: 'س', en: 'x' },
    items: [{ event: event.id }],
  });

  it('continue over as many slides as they need, every word kept and nothing off a slide', () => {
    for (const lang of ['ar', 'en'] as const) {
      const deck = planDeck({ index: idx, briefing: resolved, lang });
      expectWithinSlides(deck);
      expect(quoteText(deck)).toBe(long);
      const quoteSlides = deck.slides.filter((s) => s.kind === 'quotes');
      expect(quoteSlides.length).toBeGreaterThan(1);
      const heading = quoteSlides[1]!.boxes.flatMap((b) => b.paragraphs).find((p) => p.role === 'heading')!;
      expect(paragraphText(heading)).toContain(
        lang === 'ar'
          ? `(٢ من ${new Intl.NumberFormat('ar-SY-u-nu-arab').format(quoteSlides.length)})`
          : `(2 of ${quoteSlides.length})`,
      );
      // The title is cut on the slides' header and given whole in the opening.
      const opening = deck.slides.find((s) => s.kind === 'opening')!;
      const texts = opening.boxes.flatMap((b) => b.paragraphs).map(paragraphText);
      expect(texts.some((t) => t.endsWith('…'))).toBe(true);
      const summary = deck.slides
        .filter((s) => s.kind === 'opening')
        .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))
        .filter((p) => p.role === 'body')
        .map(paragraphText)
        .join('');
      expect(summary).toContain(event.title[lang].trim().replace(/ +$/, ''));
    }
  });
});
