/**
 * How the deck lays an event's quotes out over slides, over events made for the purpose from the
 * bundled corpus: each slide filled before the next is begun, nothing below the body's bottom, no
 * slide or box left empty, a part number only where a section runs over several slides; a quote's
 * own lines kept as its paragraphs; data text in its script; the title slide's lines and notes.
 * Each deck is built inside its test (never as the file loads).
 */
import { describe, expect, it } from 'vitest';
import { planDeck, type Deck, type DeckSlide } from '../../src/data/deck';
import { SLIDE_HEIGHT, paragraphText, type DeckBox, type DeckParagraph } from '../../src/data/deck-layout';
import {
  indexDataset,
  resolveBriefing,
  sourceLabel,
  type Briefing,
  type BriefingId,
  type Dataset,
  type EventId,
  type Lang,
  type Quote,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const CALL = 'call-2024-06-25';
/** Where the footer begins, less the 16 pt kept above it. */
const BODY_BOTTOM = SLIDE_HEIGHT - 36 - 16;
const GAP = 14;

const call = (): TimelineEvent => dataset.events.find((e) => e.id === CALL) as TimelineEvent;

/** The call told by its first source alone, with the given quotes (Arabic text and English rendering). */
function callWith(quotes: readonly (readonly [string, string])[]): TimelineEvent {
  const event = call();
  const account = event.accounts[0] as TimelineEvent['accounts'][number];
  const q = account.quotes[0] as Quote;
  return { ...event, accounts: [{ ...account, quotes: quotes.map(([text, en]) => ({ ...q, text, en })) }] };
}

function deckOf(events: readonly TimelineEvent[], lang: Lang, briefing: Partial<Briefing> = {}): Deck {
  const index = indexDataset({ ...dataset, events: [...events] } satisfies Dataset);
  const resolved = resolveBriefing(index, {
    id: 'pages' as BriefingId,
    title: { ar: 'صفحات', en: 'Pages' },
    items: events.map((e) => ({ event: e.id as EventId })),
    ...briefing,
  });
  return planDeck({ index, briefing: resolved, lang });
}

/** A slide's boxes between its header (date, title and heading) and its footer. */
const blocksOf = (s: DeckSlide): DeckBox[] => s.boxes.slice(s.kind === 'opening' ? 2 : 3, -2);
/** The blocks of a slide as rows: boxes side by side share a row, as tall as the taller. */
function rows(s: DeckSlide): { readonly y: number; readonly h: number }[] {
  const out = new Map<number, number>();
  for (const b of blocksOf(s)) out.set(b.y, Math.max(out.get(b.y) ?? 0, b.h));
  return [...out].map(([y, h]) => ({ y, h }));
}

const SENTENCE = 'وقال المتحدث إن الاتصال تناول الوضع في أوكرانيا';
const RENDERING = 'The spokesman said the call covered Ukraine.';
/** Nine quotes of one to seven sentences, some longer than a slide holds beside their rendering. */
const QUOTES = Array.from(
  { length: 9 },
  (_, i) =>
    [
      Array.from({ length: 1 + ((i * 5) % 7) }, () => SENTENCE).join(' '),
      Array.from({ length: 1 + ((i * 3) % 5) }, () => RENDERING).join(' '),
    ] as const,
);

describe('a source’s quotes over several slides', () => {
  it.each(['en', 'ar'] as const)('fill each slide before the next is begun (%s)', (lang) => {
    const slides = deckOf([callWith(QUOTES)], lang).slides.filter((s) => s.kind === 'quotes');
    expect(slides.length).toBeGreaterThan(3);
    for (const [i, s] of slides.entries()) {
      const here = rows(s);
      expect(here.length, `slide ${i + 1}`).toBeGreaterThan(0);
      for (const b of blocksOf(s)) {
        expect(b.y + b.h, `slide ${i + 1}`).toBeLessThanOrEqual(BODY_BOTTOM);
        expect(b.paragraphs.length, `slide ${i + 1}`).toBeGreaterThan(0);
      }
      // Rows stand GAP apart, the first right under the heading.
      expect(here[0]?.y).toBe((s.boxes[2]?.y ?? 0) + (s.boxes[2]?.h ?? 0));
      const next = slides[i + 1];
      if (next === undefined) continue;
      const last = here.at(-1) as { y: number; h: number };
      const first = rows(next)[0] as { y: number; h: number };
      // The next slide's first row would not have fitted under this one's last.
      expect(last.y + last.h + GAP + first.h, `slide ${i + 1}`).toBeGreaterThan(BODY_BOTTOM);
    }
  });

  it.each(['en', 'ar'] as const)('keep every quote’s words, in order (%s)', (lang) => {
    const slides = deckOf([callWith(QUOTES)], lang).slides.filter((s) => s.kind === 'quotes');
    const words = slides
      .flatMap((s) => s.boxes.flatMap((b) => b.paragraphs))
      .filter((p) => p.role === 'quote')
      .flatMap((p) => paragraphText(p).split(/\s+/))
      .filter((w) => w !== '');
    expect(words).toStrictEqual(QUOTES.flatMap(([text]) => text.split(' ')));
  });

  it.each(['en', 'ar'] as const)('number the parts of the source’s slides in its heading (%s)', (lang) => {
    const source = dataset.sources.find((s) => s.id === call().accounts[0]?.source);
    const name = sourceLabel(source!, lang);
    const headings = deckOf([callWith(QUOTES)], lang)
      .slides.filter((s) => s.kind === 'quotes')
      .map((s) => paragraphText(s.boxes[2]?.paragraphs[0] as DeckParagraph));
    const n = headings.length;
    const digits = (k: number): string => new Intl.NumberFormat('ar-SY-u-nu-arab').format(k);
    expect(headings).toStrictEqual(
      headings.map((_, i) =>
        lang === 'en' ? `${name} (${i + 1} of ${n})` : `${name} (${digits(i + 1)} من ${digits(n)})`,
      ),
    );
  });

  it('name a source with one slide without a part number', () => {
    const source = dataset.sources.find((s) => s.id === call().accounts[0]?.source);
    const [slide, ...more] = deckOf([callWith([[SENTENCE, RENDERING]])], 'en').slides.filter(
      (s) => s.kind === 'quotes',
    );
    expect(more).toHaveLength(0);
    expect(paragraphText(slide?.boxes[2]?.paragraphs[0] as DeckParagraph)).toBe(sourceLabel(source!, 'en'));
  });

  it('leave no empty column where an Arabic original runs on past its rendering', () => {
    const deck = deckOf(
      [callWith([[Array.from({ length: 14 }, () => SENTENCE).join(' '), RENDERING]])],
      'en',
    );
    const slides = deck.slides.filter((s) => s.kind === 'quotes');
    expect(slides.length).toBeGreaterThan(1);
    const last = slides.at(-1) as DeckSlide;
    // The original alone, in its column on the right.
    expect(blocksOf(last).map((b) => [b.x, b.paragraphs.map((p) => p.role)])).toStrictEqual([
      [48 + (864 - 28) / 2 + 28, ['quote']],
    ]);
  });
});

describe('a quote’s paragraphs', () => {
  it('are its own lines, the blank ones left out, whichever line break it uses', () => {
    const text = 'السطر الأول\r\nالسطر الثاني\n\n  \nالسطر الثالث';
    const [slide] = deckOf([callWith([[text, RENDERING]])], 'ar').slides.filter((s) => s.kind === 'quotes');
    const quotes = blocksOf(slide as DeckSlide).flatMap((b) => b.paragraphs);
    expect(quotes.map((p) => [p.role, p.dir, p.runs])).toStrictEqual(
      ['السطر الأول', 'السطر الثاني', 'السطر الثالث'].map((line) => [
        'quote',
        'rtl',
        [{ text: line, lang: 'ar', font: 'quote' }],
      ]),
    );
  });
});

describe('data text', () => {
  it('in an English deck marks its Arabic runs as Arabic', () => {
    const event = { ...callWith([[SENTENCE, RENDERING]]), title: { ...call().title, en: 'A call to موسكو' } };
    const title = deckOf([event], 'en').slides[1]?.boxes[1]?.paragraphs[0];
    expect(title?.runs).toStrictEqual([
      { text: 'A call to ', lang: 'en', font: 'latin', bold: true },
      { text: 'موسكو', lang: 'ar', font: 'arabic', bold: true },
    ]);
  });

  it('in an Arabic deck is one Arabic run, its digits as the reader chose', () => {
    const event = { ...callWith([[SENTENCE, RENDERING]]), title: { ...call().title, ar: 'اتصال 25 Putin' } };
    const title = deckOf([event], 'ar').slides[1]?.boxes[1]?.paragraphs[0];
    expect(title?.runs).toStrictEqual([{ text: 'اتصال ٢٥ Putin', lang: 'ar', font: 'arabic', bold: true }]);
  });
});

describe('the title slide of a chosen briefing', () => {
  it('names the dataset under a briefing titled as the dataset, in grey', () => {
    const deck = deckOf([call()], 'en', { title: dataset.title });
    const [, name] = deck.slides[0]?.boxes[0]?.paragraphs ?? [];
    expect(paragraphText(name as DeckParagraph)).toBe(dataset.title.en);
    expect(name?.runs.map((r) => r.color)).toStrictEqual(['333333']);
  });

  it('has no notes, nor do its events’ slides, when the briefing gives none', () => {
    for (const lang of ['en', 'ar'] as const)
      for (const s of deckOf([call()], lang).slides) expect(s.notes).toBe('');
  });

  it('gives the span from the earliest start to the latest end, in grey', () => {
    const early = { ...call(), id: 'early' as EventId, start: '2024-06-01', end: '2024-06-03' };
    const late = { ...call(), id: 'late' as EventId, start: '2024-06-02', end: '2024-07' };
    const [, , facts] = deckOf([late, early], 'en').slides[0]?.boxes[0]?.paragraphs ?? [];
    expect(paragraphText(facts as DeckParagraph)).toBe('1 June 2024 – July 2024 · 2 events');
    expect(facts?.runs.map((r) => r.color)).toStrictEqual(['333333']);
  });
});
