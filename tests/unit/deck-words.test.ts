/**
 * What the deck's slides say, word for word, over the bundled corpus: the briefing a deck is made of
 * (the story's main events, a briefing by id, or why there is none), the title slide's lines, the
 * divergence slides' claims with who leaves each out or words it otherwise (in their colours), and the
 * number of every slide. Each deck is built inside its test (never as the file loads).
 */
import { describe, expect, it } from 'vitest';
import { deckBriefing, planDeck, type Deck, type DeckSlide } from '../../src/data/deck';
import { paragraphText, type DeckParagraph } from '../../src/data/deck-layout';
import { indexDataset, type Dataset, type Lang } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const INVASION = 'invasion-2022-02-24';
const BRIEFING = 'calls-2022-2024';

function deckOf(lang: Lang, id: string | null = null): Deck {
  const index = indexDataset(loadCorpus());
  const briefing = deckBriefing(index, id);
  if (typeof briefing === 'string') throw new Error(briefing);
  return planDeck({ index, briefing, lang });
}

const runsOf = (p: DeckParagraph) => [
  p.role,
  ...p.runs.map((r) => [r.text, r.bold ?? false, r.color ?? null]),
];
/** A slide's paragraphs below its event's date and title and above its footer: role, then each run. */
const bodyOf = (s: DeckSlide) =>
  s.boxes
    .flatMap((b) => b.paragraphs)
    .filter((p) => !['meta', 'title', 'footer'].includes(p.role))
    .map(runsOf);
/** Every paragraph of a slide: role, then each run. */
const allOf = (s: DeckSlide) => s.boxes.flatMap((b) => b.paragraphs).map(runsOf);

describe('the briefing a deck is made of', () => {
  it('is the story’s main events with no id, the briefing of an id, or words naming those there are', () => {
    const dataset = loadCorpus();
    const index = indexDataset(dataset);
    const story = deckBriefing(index, null);
    if (typeof story === 'string') throw new Error(story);
    expect(story.briefing.id).toBe('story');
    expect(story.briefing.title).toEqual(dataset.title);
    expect(story.entries).toHaveLength(26);
    const named = deckBriefing(index, BRIEFING);
    if (typeof named === 'string') throw new Error(named);
    expect(named.briefing.id).toBe(BRIEFING);
    expect(named.entries.map((e) => e.event.id)).toEqual([
      'call-2022-05-13',
      'call-2022-10-21',
      'call-2022-10-23',
      'russia-blames-us-2024-06-23',
      'call-2024-06-25',
    ]);
    expect(deckBriefing(index, 'nope')).toBe(
      'unknown briefing "nope": the dataset\'s briefings are calls-2022-2024',
    );
    const two: Dataset = {
      ...dataset,
      briefings: [...(dataset.briefings ?? []), { ...(dataset.briefings ?? [])[0]!, id: 'june' as never }],
    };
    expect(deckBriefing(indexDataset(two), 'nope')).toBe(
      'unknown briefing "nope": the dataset\'s briefings are calls-2022-2024, june',
    );
    const bare: { briefings?: unknown } = { ...dataset };
    delete bare.briefings;
    for (const none of [{ ...dataset, briefings: [] }, bare as Dataset])
      expect(deckBriefing(indexDataset(none), BRIEFING)).toBe(
        'unknown briefing "calls-2022-2024": the dataset has no briefings',
      );
  });
});

describe('the title slide', () => {
  it('gives a briefing’s title, subtitle, the dataset it is of, its span and its events', () => {
    const [title] = deckOf('en', BRIEFING).slides;
    expect(title?.kind).toBe('title');
    expect(allOf(title as DeckSlide)).toEqual([
      ['title', ['The US and Russian defence ministers’ calls, 2022–2024', true, null]],
      ['subtitle', ['As five Arabic articles tell them, in their own words', false, null]],
      ['body', ['Calls between the US and Russian defence ministers, 2022–2024', false, '333333']],
      ['body', ['13 May 2022 – 25 June 2024 · 5 events', false, '333333']],
    ]);
    expect(title?.notes).toMatch(/^Five Arabic articles, published in October 2022 and in June/);
  });

  it.each([
    [
      'en',
      'Calls between the US and Russian defence ministers, 2022–2024',
      '24 February 2022 – June 2024 · 26 events',
    ],
    ['ar', 'اتصالات وزيرَي الدفاع الأميركي والروسي ٢٠٢٢–٢٠٢٤', '٢٤ شباط ٢٠٢٢ – حزيران ٢٠٢٤ — ٢٦ حدثًا'],
  ] as const)('of the whole story names it once, with no notes (%s)', (lang, name, facts) => {
    const [title] = deckOf(lang).slides;
    expect(allOf(title as DeckSlide)).toEqual([
      ['title', [name, true, null]],
      ['body', [facts, false, '333333']],
    ]);
    expect(title?.notes).toBe('');
  });
});

describe('where the accounts part ways', () => {
  const notIn = (lang: Lang) => (lang === 'en' ? 'Not in: ' : 'لا يرد في: ');
  const onlyIn = (lang: Lang) => (lang === 'en' ? 'Only in: ' : 'لم يرد إلا في: ');

  it('lists each claim, then who leaves it out or alone carries it, in orange (en)', () => {
    const slides = deckOf('en').slides.filter((s) => s.kind === 'diverge' && s.eventId === INVASION);
    expect(slides.map(bodyOf)).toEqual([
      [
        ['heading', ['Where the accounts part ways', true, null]],
        ['body', ['The war began in February (2022)', false, null]],
        [
          'body',
          [notIn('en'), true, 'A34700'],
          ['Unnamed site republishing Alhurra · 3 sources, 2 independent origins', false, '333333'],
        ],
        ['body', ['The war has gone on for 28 months (as of June 2024)', false, null]],
        ['body', [onlyIn('en'), true, 'A34700'], ['Unnamed site citing Reuters', false, '333333']],
        ['body', ['A full-scale Russian invasion', false, null]],
        ['body', [onlyIn('en'), true, 'A34700'], ['Unnamed site citing Reuters', false, '333333']],
        [
          'body',
          ['Relations between Moscow and Washington have declined since the offensive began', false, null],
        ],
        [
          'body',
          ['Worded differently by: ', true, '5F3DC4'],
          [
            'AlMada (almada.org, Lebanon), as republished by an unnamed aggregator, Unnamed site republishing Alhurra, Unnamed site citing Reuters and Unnamed site citing Sputnik · 4 sources, 2 independent origins',
            false,
            '333333',
          ],
        ],
      ],
    ]);
  });

  it('runs over two slides in Arabic, each numbered in its heading, the wording in violet', () => {
    const slides = deckOf('ar').slides.filter((s) => s.kind === 'diverge' && s.eventId === INVASION);
    expect(slides.map(bodyOf)).toEqual([
      [
        ['heading', ['أين تفترق الروايات', true, null], [' (١ من ٢)', false, null]],
        ['body', ['بدأت الحرب في شباط (٢٠٢٢)', false, null]],
        [
          'body',
          [notIn('ar'), true, 'A34700'],
          ['موقع غير مسمّى يعيد نشر الحرة — ٣ مصادر، أصلان مستقلان', false, '333333'],
        ],
        ['body', ['الحرب مستمرة منذ ٢٨ شهرًا (في حزيران ٢٠٢٤)', false, null]],
        ['body', [onlyIn('ar'), true, 'A34700'], ['موقع غير مسمّى ينقل عن رويترز', false, '333333']],
        ['body', ['غزو روسي شامل', false, null]],
        ['body', [onlyIn('ar'), true, 'A34700'], ['موقع غير مسمّى ينقل عن رويترز', false, '333333']],
      ],
      [
        ['heading', ['أين تفترق الروايات', true, null], [' (٢ من ٢)', false, null]],
        ['body', ['تتدهور العلاقات بين موسكو وواشنطن منذ بدء الهجوم', false, null]],
        [
          'body',
          ['اختلفت صياغته بين: ', true, '5F3DC4'],
          [
            'المدى (almada.org، لبنان) كما أعاد نشره موقع تجميع غير مسمّى وموقع غير مسمّى يعيد نشر الحرة وموقع غير مسمّى ينقل عن رويترز وموقع غير مسمّى ينقل عن سبوتنيك — ٤ مصادر، أصلان مستقلان',
            false,
            '333333',
          ],
        ],
      ],
    ]);
  });

  it('says who a claim is attributed to, in grey after it', () => {
    const lines = deckOf('en')
      .slides.filter((s) => s.kind === 'diverge')
      .flatMap(bodyOf)
      .filter((p) => p.length === 3 && (p[2] as unknown[])[0] === ' (attributed to Lloyd Austin)');
    expect(lines.length).toBeGreaterThan(0);
    for (const p of lines) expect(p[2]).toEqual([' (attributed to Lloyd Austin)', false, '333333']);
  });
});

describe('the number of each slide', () => {
  it.each(['en', 'ar'] as const)(
    'counts from 2 on the first event slide to the last, of them all (%s)',
    (lang) => {
      const deck = deckOf(lang);
      const total = deck.slides.length;
      const digits = (n: number) =>
        new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB').format(n);
      deck.slides.slice(1).forEach((s, i) => {
        const number = s.boxes.at(-1)?.paragraphs[0];
        expect(paragraphText(number!)).toBe(`${digits(i + 2)} / ${digits(total)}`);
      });
    },
  );
});
