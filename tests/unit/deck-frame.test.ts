/**
 * The frame of every slide and the opening of an event, over one event of the bundled corpus (the
 * call of 25 June 2024, told by three sources) or events made from it: the footer's words and place
 * (the number at the line's end, right in English and left in Arabic), the date and title above
 * each slide's body, the title slide centred, the opening's labels and who tells the event with how
 * many passages, a title too long for three lines cut and given whole, the columns of an English
 * quote, and as many short quotes on a slide as fit. Each deck is planned inside its test.
 */
import { describe, expect, it } from 'vitest';
import { planDeck, SIZES, type Deck, type DeckSlide } from '../../src/data/deck';
import {
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  paragraph,
  paragraphLines,
  paragraphText,
  type DeckBox,
  type DeckParagraph,
} from '../../src/data/deck-layout';
import {
  indexDataset,
  resolveBriefing,
  type Briefing,
  type BriefingId,
  type Dataset,
  type EventId,
  type Lang,
  type Quote,
  type Source,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const CALL = 'call-2024-06-25';
const MARGIN = 48;
const INNER = SLIDE_WIDTH - 2 * MARGIN;
const COLUMN = (INNER - 28) / 2;
const FOOTER_Y = SLIDE_HEIGHT - 36;
const BODY_BOTTOM = FOOTER_Y - 16;
const GAP = 14;
const SOFT = '333333';
const NOTE = 'Translations: English renderings made for Riwayat, not the sources’ own words';

const call = (): TimelineEvent => dataset.events.find((e) => e.id === CALL) as TimelineEvent;

function deckOf(
  events: readonly TimelineEvent[],
  lang: Lang,
  briefing: Partial<Briefing> = {},
  sources: Dataset['sources'] = dataset.sources,
): Deck {
  const index = indexDataset({ ...dataset, sources: [...sources], events: [...events] } satisfies Dataset);
  const resolved = resolveBriefing(index, {
    id: 'frame' as BriefingId,
    title: { ar: 'إطار', en: 'Frame' },
    items: events.map((e) => ({ event: e.id as EventId })),
    ...briefing,
  });
  return planDeck({ index, briefing: resolved, lang });
}

/** The call told by its first source alone, with the given quotes (Arabic text and English rendering). */
function callWith(quotes: readonly (readonly [string, string])[]): TimelineEvent {
  const event = call();
  const account = event.accounts[0] as TimelineEvent['accounts'][number];
  const q = account.quotes[0] as Quote;
  return { ...event, accounts: [{ ...account, quotes: quotes.map(([text, en]) => ({ ...q, text, en })) }] };
}

/** A paragraph as role, then each run as its text, boldness and colour. */
const runsOf = (p: DeckParagraph) => [
  p.role,
  ...p.runs.map((r) => [r.text, r.bold ?? false, r.color ?? null]),
];
const textOf = (b: DeckBox | undefined): string[] => (b?.paragraphs ?? []).map(paragraphText);
/** A slide's boxes between its header (date, title and any heading) and its footer. */
const blocksOf = (s: DeckSlide): DeckBox[] => s.boxes.slice(s.kind === 'opening' ? 2 : 3, -2);

describe('the footer of every slide after the title', () => {
  it.each([
    ['en', [MARGIN, MARGIN + INNER - 120]],
    ['ar', [MARGIN + 120 + GAP, MARGIN]],
  ] as const)('names the deck and numbers the slide at the line’s end (%s)', (lang, [textX, numberX]) => {
    const deck = deckOf([call()], lang);
    expect(deck.slides[0]?.boxes).toHaveLength(1);
    const total = deck.slides.length;
    const digits = (n: number) =>
      new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB').format(n);
    deck.slides.slice(1).forEach((s, i) => {
      const [text, number] = s.boxes.slice(-2);
      const where = `slide ${i + 2}`;
      expect([text?.x, text?.y, text?.w], where).toEqual([textX, FOOTER_Y, INNER - 120 - GAP]);
      expect([number?.x, number?.y, number?.w], where).toEqual([numberX, FOOTER_Y, 120]);
      const words = lang === 'en' && s.kind === 'quotes' ? NOTE : deck.title;
      expect(text?.paragraphs.map(runsOf), where).toEqual([['footer', [words, false, SOFT]]]);
      expect(number?.paragraphs.map(runsOf), where).toEqual([
        ['footer', [`${digits(i + 2)} / ${digits(total)}`, false, SOFT]],
      ]);
      for (const p of [...(text?.paragraphs ?? []), ...(number?.paragraphs ?? [])])
        expect([p.size, p.dir], where).toEqual([SIZES.footer, lang === 'ar' ? 'rtl' : 'ltr']);
    });
    expect(deck.title).toBe(lang === 'en' ? 'Frame' : 'إطار');
  });

  it('says the English renderings are Riwayat’s on the English quote slides only', () => {
    const kinds = (lang: Lang) =>
      deckOf([call()], lang)
        .slides.slice(1)
        .filter(
          (s) =>
            paragraphText(s.boxes.at(-2)?.paragraphs[0] as DeckParagraph) !==
            (lang === 'en' ? 'Frame' : 'إطار'),
        )
        .map((s) => s.kind);
    expect(new Set(kinds('en'))).toEqual(new Set(['quotes']));
    expect(kinds('ar')).toEqual([]);
  });

  it('is cut to one line with an ellipsis when the deck’s title is long', () => {
    const title = Array.from({ length: 12 }, (_, i) => `The call number ${i + 1} of the ministers`).join(
      ', ',
    );
    const deck = deckOf([call()], 'en', { title: { ar: 'إطار', en: title } });
    const footer = deck.slides[1]?.boxes.at(-2)?.paragraphs[0] as DeckParagraph;
    expect(paragraphLines(footer, INNER - 120 - GAP)).toBe(1);
    const words = paragraphText(footer);
    expect(words).toMatch(/\S…$/);
    expect(title.startsWith(words.slice(0, -1))).toBe(true);
  });
});

describe('the head of an event’s slides', () => {
  it.each([
    ['en', '25 June 2024 · Date from a weekday name', 'Austin and Belousov speak by phone', 'ltr'],
    ['ar', '٢٥ حزيران ٢٠٢٤ — التاريخ مستنتج من اسم اليوم', 'أوستن وبيلوسوف يتحادثان هاتفيًا', 'rtl'],
  ] as const)(
    'is the date and how it is known in grey, then the title in bold, then the body (%s)',
    (lang, meta, title, dir) => {
      const deck = deckOf([call()], lang);
      for (const s of deck.slides.slice(1)) {
        const [metaBox, titleBox, next] = s.boxes;
        expect(metaBox?.paragraphs.map(runsOf)).toEqual([['meta', [meta, false, SOFT]]]);
        expect(titleBox?.paragraphs.map(runsOf)).toEqual([['title', [title, true, null]]]);
        expect([metaBox?.x, metaBox?.y, metaBox?.w]).toEqual([MARGIN, 26, INNER]);
        // The title 4 pt under the date; what follows 16 pt under the title.
        expect(titleBox?.y).toBe((metaBox?.y ?? 0) + (metaBox?.h ?? 0) + 4);
        expect(next?.y).toBe((titleBox?.y ?? 0) + (titleBox?.h ?? 0) + 16);
        for (const p of s.boxes
          .flatMap((b) => b.paragraphs)
          .filter((p) => p.role !== 'quote' && p.role !== 'translation'))
          expect(p.dir).toBe(dir);
        for (const r of [
          ...(metaBox?.paragraphs[0]?.runs ?? []),
          ...(s.boxes.at(-1)?.paragraphs[0]?.runs ?? []),
        ])
          expect([r.lang, r.font]).toEqual(lang === 'ar' ? ['ar', 'arabic'] : ['en', 'latin']);
      }
    },
  );
});

describe('the title slide', () => {
  it.each(['en', 'ar'] as const)('stands a little above the middle of the slide (%s)', (lang) => {
    for (const subtitle of [undefined, { ar: 'عنوان فرعي', en: 'A subtitle' }]) {
      const deck = deckOf([call()], lang, subtitle === undefined ? {} : { subtitle });
      const [box] = deck.slides[0]?.boxes ?? [];
      const middle = (box?.y ?? 0) + (box?.h ?? 0) / 2;
      expect(Math.abs(middle - (SLIDE_HEIGHT / 2 - 20))).toBeLessThanOrEqual(1);
      expect(box?.x).toBe(MARGIN);
    }
  });

  it('names the dataset under a briefing called “story” that is titled otherwise', () => {
    const deck = deckOf([call()], 'en', { id: 'story' as BriefingId, title: { ar: 'قصة', en: 'A story' } });
    expect(textOf(deck.slides[0]?.boxes[0])).toEqual(['A story', dataset.title.en, '25 June 2024 · 1 event']);
  });

  it('gives one event’s one day once', () => {
    for (const [lang, facts] of [
      ['en', '25 June 2024 · 1 event'],
      ['ar', '٢٥ حزيران ٢٠٢٤ — حدث واحد'],
    ] as const)
      expect(textOf(deckOf([call()], lang).slides[0]?.boxes[0]).at(-1)).toBe(facts);
  });
});

describe('an event’s opening', () => {
  const openingOf = (deck: Deck) => deck.slides.filter((s) => s.kind === 'opening').flatMap(blocksOf);

  it('says how the date is known, in short, and who tells it with how many passages each (en)', () => {
    const event = call();
    const blocks = openingOf(deckOf([event], 'en'));
    expect(blocks.map((b) => b.paragraphs.map(runsOf))).toEqual([
      [
        ['label', ['How the date is known', true, '444444']],
        ['body', ['Date from a weekday name. ', true, null], [event.basisNote.en, false, null]],
      ],
      [
        ['label', ['In short', true, '444444']],
        ['body', [event.summary.en, false, null]],
      ],
      [
        ['label', ['Told by', true, '444444']],
        [
          'body',
          ['Unnamed site republishing ', false, SOFT],
          ['Alhurra', false, null],
          [' · 8 passages', false, null],
        ],
        [
          'body',
          ['Unnamed site citing ', false, SOFT],
          ['Reuters', false, null],
          [' · 6 passages', false, null],
        ],
        [
          'body',
          ['Unnamed site citing ', false, SOFT],
          ['Al Qahera News', false, null],
          [' · 7 passages', false, null],
        ],
        expect.arrayContaining(['body']),
      ],
    ]);
    for (const b of blocks) expect([b.x, b.w]).toEqual([MARGIN, INNER]);
  });

  it('names a source the article names no site for by its description, “(unnamed site)” after it in grey', () => {
    const event = callWith([['نص', 'Text']]);
    const id = event.accounts[0]?.source;
    const sources = dataset.sources.map((s) => (s.id === id ? { ...s, restsOn: [] } : s));
    const [, ...told] = openingOf(deckOf([event], 'en', {}, sources)).at(-1)?.paragraphs ?? [];
    const source = sources.find((s) => s.id === id) as Source;
    expect(told.map(runsOf)).toEqual([
      [
        'body',
        [source.outlet.en, false, null],
        [' (unnamed site)', false, SOFT],
        [' · 1 passage', false, null],
      ],
    ]);
  });

  it('names a site the article names with no words around it', () => {
    const event = callWith([['نص', 'Text']]);
    const id = event.accounts[0]?.source;
    const sources = dataset.sources.map((s) => (s.id === id ? { ...s, outletBasis: 'stated' as const } : s));
    const deck = deckOf([event], 'en', {}, sources);
    const source = sources.find((s) => s.id === id) as Source;
    const [, told] = openingOf(deck).at(-1)?.paragraphs ?? [];
    expect(runsOf(told as DeckParagraph)).toEqual([
      'body',
      [source.outlet.en, false, null],
      [' · 1 passage', false, null],
    ]);
    const heading = deck.slides.find((s) => s.kind === 'quotes')?.boxes[2]?.paragraphs[0];
    expect(runsOf(heading as DeckParagraph)).toEqual(['heading', [source.outlet.en, true, null]]);
  });

  it('gives a title too long for three lines whole, under its label, and cuts it in the head', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const title = `${long} ${long} ${long}`;
    const event = { ...callWith([['نص', 'Text']]), title: { ...call().title, en: title } };
    const deck = deckOf([event], 'en');
    for (const s of deck.slides.slice(1)) {
      const head = s.boxes[1]?.paragraphs[0] as DeckParagraph;
      // As much of it as three lines hold.
      expect(paragraphLines(head, INNER)).toBe(3);
      const text = paragraphText(head);
      expect(text).toMatch(/\S…$/);
      expect(title.startsWith(text.slice(0, -1))).toBe(true);
    }
    const [first] = openingOf(deck);
    expect(first?.paragraphs.map(runsOf)).toEqual([
      ['label', ['Title', true, '444444']],
      ['body', [title, false, null]],
    ]);
  });

  it('puts a cut title’s ellipsis straight after its last letter, wherever the cut falls', () => {
    for (let n = 60; n < 66; n++) {
      const title = Array.from({ length: n }, () => 'ab').join(' ');
      const event = { ...callWith([['نص', 'Text']]), title: { ...call().title, en: title } };
      const head = deckOf([event], 'en').slides[1]?.boxes[1]?.paragraphs[0] as DeckParagraph;
      const text = paragraphText(head);
      expect(text).toMatch(/\S…$/);
      expect(title.startsWith(text.slice(0, -1))).toBe(true);
    }
  });

  it('gives a title of just three lines as it is, with no label for it', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const lines = (n: number) =>
      paragraphLines(
        paragraph(
          'title',
          [{ text: words.slice(0, n).join(' '), lang: 'en', font: 'latin', bold: true }],
          'ltr',
          SIZES.title,
        ),
        INNER,
      );
    let n = 1;
    while (lines(n + 1) <= 3) n += 1;
    const title = words.slice(0, n).join(' ');
    const event = { ...callWith([['نص', 'Text']]), title: { ...call().title, en: title } };
    const deck = deckOf([event], 'en');
    expect(paragraphText(deck.slides[1]?.boxes[1]?.paragraphs[0] as DeckParagraph)).toBe(title);
    expect(
      openingOf(deck)
        .flatMap((b) => b.paragraphs)
        .filter((p) => p.role === 'label')
        .map(paragraphText),
    ).toEqual(['How the date is known', 'In short', 'Told by']);
  });
});

describe('a source’s quote slides', () => {
  it('show that source’s own quotes under its name in bold', () => {
    const event = call();
    const deck = deckOf([event], 'ar');
    for (const account of event.accounts) {
      const source = dataset.sources.find((s) => s.id === account.source) as Source;
      const slides = deck.slides.filter(
        (s) =>
          s.kind === 'quotes' &&
          paragraphText(s.boxes[2]?.paragraphs[0] as DeckParagraph).includes(
            source.restsOn?.[0]?.name.ar ?? '\u0000',
          ),
      );
      const quotes = slides.flatMap((s) => blocksOf(s).flatMap((b) => b.paragraphs)).map(paragraphText);
      expect(quotes).toEqual(
        account.quotes.flatMap((q) => q.text.split(/\r?\n/).filter((l) => l.trim() !== '')),
      );
      for (const s of slides) {
        const heading = s.boxes[2]?.paragraphs[0] as DeckParagraph;
        expect([heading.role, heading.size, heading.dir]).toEqual(['heading', SIZES.heading, 'rtl']);
        expect(heading.runs.filter((r) => r.bold === true).map((r) => r.text)).toEqual([
          source.restsOn?.[0]?.name.ar,
        ]);
      }
    }
  });

  it('in English, put each rendering, marked as a translation, left of its original', () => {
    const deck = deckOf([callWith([['نص عربي قصير', 'A short Arabic text']])], 'en');
    const [slide] = deck.slides.filter((s) => s.kind === 'quotes');
    const [left, right] = blocksOf(slide as DeckSlide);
    expect([left?.x, left?.w, right?.x, right?.w]).toEqual([MARGIN, COLUMN, MARGIN + COLUMN + 28, COLUMN]);
    expect(
      left?.paragraphs.map((p) => [
        p.role,
        p.dir,
        ...p.runs.map((r) => [r.text, r.bold ?? false, r.color ?? null]),
      ]),
    ).toEqual([
      [
        'translation',
        'ltr',
        ['Translation', true, '1864AB'],
        [' ', false, null],
        ['A short Arabic text', false, null],
      ],
    ]);
    expect(right?.paragraphs.map((p) => [p.role, p.dir, paragraphText(p)])).toEqual([
      ['quote', 'rtl', 'نص عربي قصير'],
    ]);
  });

  it('in English, leave no empty column where a rendering runs on past its original', () => {
    const rendering = Array.from({ length: 30 }, () => 'The spokesman said the call covered Ukraine.').join(
      ' ',
    );
    const deck = deckOf([callWith([['نص عربي قصير', rendering]])], 'en');
    const slides = deck.slides.filter((s) => s.kind === 'quotes');
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) {
      for (const b of blocksOf(s)) {
        expect(b.paragraphs.length).toBeGreaterThan(0);
        expect(b.y + b.h).toBeLessThanOrEqual(BODY_BOTTOM);
      }
    }
    // The rendering alone on the last slide, on the left, marked as a translation continued.
    const last = blocksOf(slides.at(-1) as DeckSlide);
    expect(last.map((b) => [b.x, b.paragraphs.map((p) => p.role)])).toEqual([[MARGIN, ['translation']]]);
    expect(
      last[0]?.paragraphs[0]?.runs.slice(0, 2).map((r) => [r.text, r.bold ?? false, r.color ?? null]),
    ).toEqual([
      ['Translation (continued)', true, '1864AB'],
      [' ', false, null],
    ]);
  });

  it.each(['en', 'ar'] as const)(
    'hold as many short quotes as fit, 14 pt apart, none below the body (%s)',
    (lang) => {
      const quotes = Array.from(
        { length: 24 },
        (_, i) => [`قال المتحدث ${i + 1}`, `The spokesman said ${i + 1}`] as const,
      );
      const slides = deckOf([callWith(quotes)], lang).slides.filter((s) => s.kind === 'quotes');
      expect(slides.length).toBeGreaterThan(2);
      const rows = (s: DeckSlide) => [...new Set(blocksOf(s).map((b) => b.y))];
      for (const [i, s] of slides.entries()) {
        const ys = rows(s);
        const tall = Math.max(...blocksOf(s).map((b) => b.h));
        for (const b of blocksOf(s)) expect(b.y + b.h, `slide ${i + 1}`).toBeLessThanOrEqual(BODY_BOTTOM + 1);
        for (let k = 1; k < ys.length; k++) expect((ys[k] ?? 0) - (ys[k - 1] ?? 0)).toBeGreaterThan(GAP);
        if (i < slides.length - 1)
          // One more row would not have fitted.
          expect((ys.at(-1) ?? 0) + 2 * tall + GAP, `slide ${i + 1}`).toBeGreaterThan(BODY_BOTTOM);
      }
      expect(
        slides
          .flatMap((s) => blocksOf(s).flatMap((b) => b.paragraphs))
          .filter((p) => p.role === 'quote')
          .map(paragraphText),
      ).toEqual(quotes.map(([ar]) => ar));
    },
  );
});

describe('where the accounts part ways', () => {
  it('says when the sources that carry a claim all go back to one origin', () => {
    const lines = deckOf([call()], 'en')
      .slides.filter((s) => s.kind === 'diverge')
      .flatMap((s) => blocksOf(s).map((b) => b.paragraphs.map(paragraphText)));
    expect(lines).toContainEqual([
      'The two sides gave widely differing accounts of the conversation',
      'Not in: Unnamed site citing Al Qahera News · 2 sources, 1 independent origin · one origin only',
    ]);
  });
});

describe('a date that cannot be read', () => {
  it('leaves the title slide with the count of events alone', () => {
    const event = { ...callWith([['نص', 'Text']]), start: 'sometime' };
    expect(textOf(deckOf([event], 'en').slides[0]?.boxes[0]).at(-1)).toBe('1 event');
  });
});
