/**
 * The suggestion engine on small hand-made datasets, one signal at a time (the other weights set to
 * 0): how a date agrees with an event's (the same, inside its period, holding it), the share of its
 * actors named, the article's date, actors and recency, the neighbouring and the same passage, the
 * wording and its contrast with other events, how an event's score combines its three best passages,
 * which passages are offered, ticked, offered once, kept out or offered as a new event. Fast: no
 * corpus (`tests/unit/suggest.test.ts` measures the engine on the corpus).
 */
import { describe, expect, it } from 'vitest';
import {
  findMentions,
  suggestArticle,
  type SuggestionBase,
  type SuggestWeights,
  type SuggestableEvent,
} from '../../src/domain/suggest';
import type { EntityId, EventId, SourceId } from '../../src/domain';

const entity = (id: string, alias: string, ar: string, en: string): SuggestionBase['entities'][number] => ({
  id: id as EntityId,
  aliases: [alias],
  name: { ar, en },
});
const entities: SuggestionBase['entities'] = [
  entity('austin', 'أوستن', 'لويد أوستن', 'Lloyd Austin'),
  entity('belousov', 'بيلوسوف', 'أندريه بيلوسوف', 'Andrei Belousov'),
  entity('kyiv', 'كييف', 'كييف', 'Kyiv'),
];

const event = (
  id: string,
  start: string,
  actors: string[] = [],
  quotes: string[] = [],
  more: { end?: string; source?: string } = {},
): SuggestableEvent => ({
  id: id as EventId,
  start,
  ...(more.end === undefined ? {} : { end: more.end }),
  actors: actors.map((a) => a as EntityId),
  accounts: [{ source: more.source ?? 'src', quotes: quotes.map((text) => ({ text })) }],
});

/** Every weight 0 but what a test turns on; a passage is offered from 0.01. */
const only = (w: Partial<SuggestWeights>): Partial<SuggestWeights> => ({
  wording: 0,
  date: 0,
  actors: 0,
  contrast: 0,
  lead: 0,
  article: 0,
  articleActors: 0,
  recency: 0,
  neighbour: 0,
  sentence: 0,
  quote: 0.01,
  fits: 0,
  stems: 0,
  ...w,
});

// Three passages: a day and both ministers; the month and Kyiv; neither.
const P0 = 'قال وزير الدفاع الأميركي أوستن إنه تحدث مع نظيره بيلوسوف يوم 25 حزيران 2024 عن الحرب.';
const P1 = 'وأضاف البيان أن الاتصال تناول الوضع في كييف خلال شهر حزيران 2024 كله.';
const P2 = 'وختم المتحدث بأن الطرفين اتفقا على إبقاء خطوط الاتصال مفتوحة بينهما.';
const TEXT = `${P0}\n${P1}\n${P2}`;
const at = (p: string): number => TEXT.indexOf(p);

const dated: SuggestionBase = {
  entities,
  sources: [],
  events: [
    event('day', '2024-06-25', ['austin', 'belousov']),
    event('month', '2024-06', ['kyiv']),
    event('span', '2024-06-24', [], [], { end: '2024-06-27' }),
    event('old', '2023-01-10', ['austin', 'belousov', 'kyiv', 'other']),
  ],
};
type Quoted = [number, number, boolean];
const offered = (
  base: SuggestionBase,
  w: Partial<SuggestWeights>,
  published: string | null = '2024-06-26',
  text = TEXT,
): Record<string, { score: number; quotes: Quoted[] }> =>
  Object.fromEntries(
    suggestArticle(base, { text, published }, { weights: only(w) }).events.map((e) => [
      e.event,
      { score: e.score, quotes: e.quotes.map((q): Quoted => [q.start, q.score, q.confident]) },
    ]),
  );

describe('dates', () => {
  it('agree fully on the same day or period, 0.8 inside the event’s period, 0.6 holding its day', () => {
    const r = offered(dated, { date: 1 });
    // A clause goes to its best event and to a second scoring at least 0.6 of it.
    expect(r.day?.quotes).toEqual([
      [at(P0), 1, false],
      [at(P1), 0.6, false],
    ]);
    expect(r.month?.quotes).toEqual([
      [at(P1), 1, false],
      [at(P0), 0.8, false],
    ]);
    // Its best passages 0.8 and 0.6: 1 − 0.2 × (1 − 0.5 × 0.6).
    expect(r.span?.score).toBeCloseTo(0.86, 10);
    expect(r.span?.quotes).toEqual([]);
    expect(r.old).toBeUndefined();
  });

  it('give the article’s best agreement to every passage', () => {
    const r = offered(dated, { article: 0.5 });
    expect(r.day?.quotes.map((q) => q[1])).toEqual([0.5, 0.5, 0.5]);
    // 1 − 0.5 × 0.75 × 0.875.
    expect(r.day?.score).toBeCloseTo(0.671875, 10);
    // The span: 0.8 at best, times 0.5.
    expect(r.span?.score).toBeCloseTo(1 - 0.6 * 0.8 * 0.9, 10);
  });

  it('are the reasons given, once each, with the words and what they resolve to', () => {
    const [day] = suggestArticle(
      dated,
      { text: TEXT, published: '2024-06-26' },
      { weights: only({ date: 1 }) },
    ).events;
    const dates = day?.reasons.filter((r) => r.kind === 'date');
    expect(
      dates?.map((r) =>
        r.kind === 'date'
          ? [r.value, TEXT.slice(r.expression.start, r.expression.end), r.expression.text]
          : [],
      ),
    ).toEqual([
      ['2024-06-25', 'يوم 25 حزيران 2024', 'يوم 25 حزيران 2024'],
      ['2024-06', 'شهر حزيران 2024', 'شهر حزيران 2024'],
    ]);
  });

  it('count for nothing without a publication day to resolve from, when nothing is stated in full', () => {
    const r = offered(dated, { date: 1 }, null, 'وقال أوستن إن الاتصال جرى أمس مع نظيره بيلوسوف حول الحرب.');
    expect(r).toEqual({});
  });
});

describe('actors', () => {
  it('count as the share of an event’s actors a passage names, three at most needed', () => {
    const r = offered(dated, { actors: 1 });
    expect(r.day?.quotes).toEqual([[at(P0), 1, false]]);
    expect(r.month?.quotes).toEqual([[at(P1), 1, false]]);
    // Two of four actors named, of the three needed.
    expect(r.old?.quotes).toEqual([[at(P0), 2 / 3, false]]);
    // 2/3 and 1/3: 1 − 1/3 × (1 − 1/6).
    expect(r.old?.score).toBeCloseTo(1 - (1 / 3) * (5 / 6), 10);
  });

  it('named anywhere in the article count for every passage', () => {
    const r = offered(dated, { articleActors: 0.5 });
    // Tied passages go to the first two events; the old event names three of the three needed.
    expect(r.day?.quotes.map((q) => q[1])).toEqual([0.5, 0.5, 0.5]);
    expect(r.month?.quotes.map((q) => q[1])).toEqual([0.5, 0.5, 0.5]);
    expect(r.old?.quotes).toEqual([]);
    expect(r.old?.score).toBeCloseTo(1 - 0.5 * 0.75 * 0.875, 10);
    expect(r.span).toBeUndefined();
  });

  it('are the reasons given, with every mention', () => {
    const [day] = suggestArticle(
      dated,
      { text: TEXT, published: null },
      { weights: only({ actors: 1 }) },
    ).events;
    expect(day?.reasons.filter((r) => r.kind === 'actor')).toEqual([
      { kind: 'actor', entity: 'austin', mentions: [{ start: 25, end: 30, text: 'أوستن' }] },
      { kind: 'actor', entity: 'belousov', mentions: [{ start: 49, end: 56, text: 'بيلوسوف' }] },
    ]);
  });
});

describe('what surrounds a passage', () => {
  it('lends it a share of the event’s score in the passage before or after', () => {
    const r = offered(dated, { actors: 1, neighbour: 0.5 });
    // P2 names no one: half of P1's score under the month's event; P1 gets half of P0's for the old.
    expect(r.month?.quotes).toEqual([
      [at(P1), 1, false],
      [at(P2), 0.5, false],
    ]);
    expect(r.old?.quotes).toEqual([
      [at(P0), 2 / 3 + (1 / 3) * 0.5, false],
      [at(P1), 1 / 3 + (2 / 3) * 0.5, false],
    ]);
  });

  it('adds a share of the passage’s own best to it', () => {
    const r = offered(dated, { actors: 0.5, sentence: 0.5 });
    expect(r.day?.quotes[0]).toEqual([at(P0), 0.75, false]);
  });

  it('adds how recent the event is at the publication day, falling to 0 over the days given', () => {
    const r = offered(dated, { recency: 1, recencyDays: 10 }, '2024-07-03');
    // The month ended 2 days before, the span 5, the day 7; the old event long ago.
    expect(r.month?.quotes.map((q) => q[1])).toEqual([0.8, 0.8, 0.8]);
    expect(r.span?.quotes.map((q) => q[1])).toEqual([0.5, 0.5, 0.5]);
    expect(r.day?.quotes).toEqual([]);
    expect(r.day?.score).toBeCloseTo(1 - 0.7 * 0.85 * 0.925, 10);
    expect(r.old).toBeUndefined();
    // Nothing after the publication day is recent.
    expect(offered(dated, { recency: 1, recencyDays: 10 }, '2024-06-20').day).toBeUndefined();
  });
});

// Wording: quotes in another article ("src"), and the new article's passages worded like them.
const Q1 = 'قال وزير الدفاع الأميركي إنه تحدث مع نظيره الروسي عن الحرب وعن خطوط الاتصال.';
const Q2 = 'وأعلنت موسكو أن وزير الدفاع الروسي بحث الوضع في أوكرانيا وتبادل الأسرى.';
const Q3 = 'وختم المتحدث بأن الطرفين اتفقا على ما يلي:';
const worded: SuggestionBase = {
  entities,
  sources: [{ id: 'src' as SourceId, text: `${Q1}\n${Q2}\n${Q3}` }],
  events: [
    event('a', '2024-06-25', [], [Q1]),
    event('b', '2022-05-13', [], [Q2]),
    event('c', '2023-01-01', [], [Q1], { source: 'gone' }),
    event('d', '2023-02-01', [], ['x', Q3]),
  ],
};
const WORDED = `${Q1}\n${Q2}\n${Q3}`;

describe('wording', () => {
  it('ticks a passage worded as an event’s quote, and names that quote as the reason', () => {
    const [a] = suggestArticle(
      worded,
      { text: WORDED, published: null },
      { weights: only({ wording: 1 }) },
    ).events;
    expect(a?.event).toBe('a');
    expect(a?.quotes[0]).toEqual({ start: 0, end: Q1.length, text: Q1, score: 1, confident: true });
    expect(a?.reasons[0]).toEqual({
      kind: 'wording',
      sentence: { start: 0, end: Q1.length, text: Q1 },
      source: 'src',
      quote: 0,
      similarity: 1,
    });
    // The second passage, worded partly like Q1, is a reason too; the third is not.
    expect(a?.reasons.map((r) => (r.kind === 'wording' ? r.sentence.start : -1))).toEqual([0, Q1.length + 1]);
  });

  it('reads no quotes of an article the dataset does not have', () => {
    expect(offered(worded, { wording: 1 }, null, WORDED).c).toBeUndefined();
  });

  it('offers no passage that ends with a colon, and names the quote by its place in the account', () => {
    const r = suggestArticle(worded, { text: WORDED, published: null }, { weights: only({ wording: 1 }) });
    expect(r.events.find((e) => e.event === 'd')?.quotes ?? []).toEqual([]);
    const said = Q3.replace(/:$/u, '.');
    const d = suggestArticle(
      worded,
      { text: said, published: null },
      { weights: only({ wording: 1 }) },
    ).events.find((e) => e.event === 'd');
    expect(d?.quotes[0]).toMatchObject({ text: said, score: 1, confident: true });
    expect(d?.reasons[0]).toMatchObject({ kind: 'wording', quote: 1, similarity: 1 });
  });

  it('ticks nothing while the draft has one event: there is no other to be sure against', () => {
    const lone: SuggestionBase = { ...worded, events: worded.events.slice(0, 1) };
    const quotes = suggestArticle(lone, { text: Q1, published: null }, { weights: only({ wording: 1 }) })
      .events[0]?.quotes;
    expect(quotes?.map((q) => [q.text, q.score, q.confident])).toEqual([[Q1, 1, false]]);
    const two: SuggestionBase = { ...worded, events: worded.events.slice(0, 2) };
    expect(
      suggestArticle(two, { text: Q1, published: null }, { weights: only({ wording: 1 }) }).events[0]
        ?.quotes[0]?.confident,
    ).toBe(true);
  });

  it('ticks nothing below the tick, within the margin of the next event, or worded too little', () => {
    const sure = (w: Partial<SuggestWeights>): boolean | undefined =>
      suggestArticle(worded, { text: Q1, published: '2024-06-26' }, { weights: only(w) }).events[0]?.quotes[0]
        ?.confident;
    expect(sure({ wording: 1 })).toBe(true);
    expect(sure({ wording: 0.5, tick: 0.5 })).toBe(true);
    expect(sure({ wording: 0.5, tick: 0.51 })).toBe(false);
    // The same passage dated like b's event too: it leads by 0.1 at most.
    expect(sure({ wording: 1, tickWording: 1 })).toBe(true);
    expect(sure({ wording: 1, tickWording: 1.01 })).toBe(false);
    expect(sure({ wording: 1, recency: 0.5, recencyDays: 10 })).toBe(true);
  });

  it('takes from an event what the passage’s likeness to the best other event’s quotes takes away', () => {
    // Wording alone, 1/1.4 so that likeness is the score: the first passage under b is its likeness to Q2.
    const plain = offered(worded, { wording: 1 / 1.4, runnerUp: 0, quote: 0 }, null, Q1);
    const likeness = plain.b?.quotes[0]?.[1] ?? NaN;
    expect(likeness).toBeGreaterThan(0);
    expect(likeness).toBeLessThan(0.3);
    const contrast = offered(worded, { contrast: 1 }, null, Q1);
    expect(contrast.a?.quotes[0]?.[1]).toBeCloseTo(1 - likeness, 10);
    expect(contrast.b).toBeUndefined();
  });

  it('counts a quote that is a clause of a longer passage at 0.8, less when it is a small part of it', () => {
    const longer = `${Q1.slice(0, -1)}، وأضاف أن الجانبين اتفقا على مواصلة الحديث قريبا.`;
    const similarity = (cover: number): number | undefined => {
      const [a] = suggestArticle(
        worded,
        { text: longer, published: null },
        { weights: only({ wording: 1, cover }) },
      ).events;
      const reason = a?.reasons.find((r) => r.kind === 'wording');
      return reason?.kind === 'wording' ? reason.similarity : undefined;
    };
    expect(similarity(0)).toBeCloseTo(0.8, 10);
    expect(similarity(0.4)).toBeCloseTo(0.8, 10);
    expect(similarity(0.9)).toBeLessThan(0.8);
  });

  it('offers a passage that would be offered but is worded like no event as a new event, never ticked', () => {
    const r = suggestArticle(
      dated,
      { text: TEXT, published: '2024-06-26' },
      { weights: only({ date: 1, fits: 0.17 }) },
    );
    expect(r.events.every((e) => e.quotes.length === 0)).toBe(true);
    expect(r.fresh.map((q) => [q.start, q.score, q.confident])).toEqual([
      [at(P0), 1, false],
      [at(P1), 1, false],
    ]);
  });
});

describe('offers', () => {
  it('need the quote’s least score, and a second event at least its share of the best', () => {
    const r = offered(dated, { date: 1, quote: 0.7 });
    expect(r.day?.quotes).toEqual([[at(P0), 1, false]]);
    expect(r.month?.quotes).toEqual([
      [at(P1), 1, false],
      [at(P0), 0.8, false],
    ]);
    const narrow = offered(dated, { date: 1, runnerUp: 0.81 });
    expect(narrow.day?.quotes).toEqual([[at(P0), 1, false]]);
    expect(narrow.month?.quotes).toEqual([[at(P1), 1, false]]);
  });

  it('come once for a passage the article repeats, where it first stands', () => {
    const twice = `${P0}\n${P2}\n${P0}`;
    const r = offered(dated, { actors: 1 }, null, twice);
    expect(r.day?.quotes).toEqual([[0, 1, false]]);
  });

  it('never come from the parts kept out', () => {
    const r = suggestArticle(
      dated,
      { text: TEXT, published: null, exclude: [{ start: at(P0), end: at(P0) + P0.length }] },
      { weights: only({ actors: 1 }) },
    );
    expect(r.events.flatMap((e) => e.quotes.map((q) => q.start))).toEqual([at(P1)]);
  });

  it('are cut to the events asked for, best first', () => {
    const all = suggestArticle(
      dated,
      { text: TEXT, published: '2024-06-26' },
      { weights: only({ date: 1 }) },
    ).events;
    const two = suggestArticle(
      dated,
      { text: TEXT, published: '2024-06-26' },
      { weights: only({ date: 1 }), limit: 2 },
    ).events;
    expect(all.map((e) => e.event)).toEqual(['day', 'month', 'span']);
    expect(two.map((e) => e.event)).toEqual(['day', 'month']);
    expect(all.map((e) => e.score)).toEqual([...all.map((e) => e.score)].sort((x, y) => y - x));
  });

  it('cap a score at 1 and offer the strongest passage first', () => {
    const r = offered(dated, { actors: 1, date: 1 });
    expect(r.day?.quotes[0]).toEqual([at(P0), 1, false]);
    expect(r.day?.quotes.map((q) => q[1])).toEqual(
      [...(r.day?.quotes.map((q) => q[1]) ?? [])].sort((x, y) => y - x),
    );
  });
});

describe('findMentions at its edges', () => {
  it('takes one or two proclitics but not three, nor another letter, nor a longer word', () => {
    const found = (text: string): string[] => findMentions(text, entities).map((m) => m.text);
    expect(found('قال ولأوستن')).toEqual(['ولأوستن'.slice(2)]);
    expect(found('وكأوستن وبلأوستن مأوستن أوستنا')).toEqual(['أوستن']);
    expect(found('بيلوسوفـً')).toEqual(['بيلوسوفـً']);
  });

  it('skips a spelling of one letter, and gives mentions in order of position', () => {
    const withLetter = [
      ...entities,
      { id: 'b', aliases: ['ب'], name: { ar: 'ب', en: 'B' } },
    ] as SuggestionBase['entities'];
    expect(findMentions('ب كييف ثم أوستن', withLetter).map((m) => [m.entity, m.start, m.alias])).toEqual([
      ['kyiv', 2, 'كييف'],
      ['austin', 10, 'أوستن'],
    ]);
  });
});
