import { describe, expect, it } from 'vitest';
import { suggestArticle, suggestEvents, type EntityId, type EventId } from '../../src/domain';
import { interval } from '../../src/domain/dates';
import { actorShare, coverage, leadEnd, recencyOf, tickable, topTwo } from '../../src/domain/suggest-signals';
import type { SuggestionBase, SuggestableEvent } from '../../src/domain/suggest';
import { half, tickCurve, type PassageMeasure } from '../../src/domain/suggest-measure';
import { readUnseen } from '../../src/cli/suggest-measure';

describe('recencyOf', () => {
  const span = (d: string) => interval(d);
  it('is 1 for an event of the publication day or the day before, and falls to 0 over a week', () => {
    expect(recencyOf(span('2025-10-20'), '2025-10-20', 7)).toBe(1);
    expect(recencyOf(span('2025-10-19'), '2025-10-20', 7)).toBe(1);
    expect(recencyOf(span('2025-10-16'), '2025-10-20', 7)).toBeCloseTo(1 - 3 / 7);
    expect(recencyOf(span('2025-10-12'), '2025-10-20', 7)).toBe(0);
    expect(recencyOf(span('2024-06-25'), '2025-10-20', 7)).toBe(0);
  });
  it('is 0 for an event after the publication day, or when the day is not known', () => {
    expect(recencyOf(span('2025-10-21'), '2025-10-20', 7)).toBe(0);
    expect(recencyOf(span('2025-10-20'), null, 7)).toBe(0);
    expect(recencyOf(null, '2025-10-20', 7)).toBe(0);
  });
  it('counts a period from its end: a month that ends the day before is recent', () => {
    expect(recencyOf(interval('2025-09'), '2025-10-01', 7)).toBe(1);
    expect(recencyOf(interval('2025-09'), '2025-10-04', 7)).toBeCloseTo(1 - 3 / 7);
  });
});

describe('topTwo and actorShare', () => {
  it('gives the best and the second best likeness, the best twice when two share it', () => {
    expect(topTwo([0.2, 0.9, 0.5])).toEqual([0.9, 0.5]);
    expect(topTwo([0.7, 0.1, 0.7])).toEqual([0.7, 0.7]);
    expect(topTwo([])).toEqual([0, 0]);
  });
  it('keeps the second best when a lower likeness follows it', () => {
    expect(topTwo([0.9, 0.5, 0.1])).toEqual([0.9, 0.5]);
  });
  it('needs at most three of an event’s actors named', () => {
    const four = new Set(['a', 'b', 'c', 'd']);
    expect(actorShare(four, new Set(['a']))).toBeCloseTo(1 / 3);
    expect(actorShare(four, new Set(['a', 'b', 'd']))).toBe(1);
    expect(actorShare(new Set(['a', 'b']), new Set(['b', 'x']))).toBe(0.5);
    expect(actorShare(new Set(), new Set(['a']))).toBe(0);
  });
});

describe('coverage and tickable', () => {
  it('counts a quote in full from the given share of the passage, less in proportion below it', () => {
    expect(coverage(40, 100, 0.4)).toBe(1);
    expect(coverage(60, 100, 0.4)).toBe(1);
    expect(coverage(20, 100, 0.4)).toBeCloseTo(0.5);
    expect(coverage(10, 100, 0.4)).toBeCloseTo(0.25);
    // A quote as long as the passage or longer, an empty passage, or a share of 0: in full.
    expect(coverage(120, 100, 0.4)).toBe(1);
    expect(coverage(10, 0, 0.4)).toBe(1);
    expect(coverage(10, 100, 0)).toBe(1);
  });
  it('ticks no line that only leads into what follows', () => {
    expect(tickable('مخاطر إمدادات الأسلحة الأمريكية لأوكرانيا:')).toBe(false);
    expect(tickable('وقال البيان： ')).toBe(false);
    expect(tickable('وقال البنتاغون إن أوستن وبيلوسوف ناقشا أهمية إبقاء خطوط الاتصال مفتوحة.')).toBe(true);
    expect(tickable('وقال: "هذا يوم عظيم للشرق الأوسط".')).toBe(true);
  });
});

describe('leadEnd', () => {
  it('ends the lead at the first comma after enough words, or at the passage’s end', () => {
    const call = 'أجرى وزيرا الدفاع الأميركي والروسي اتصالًا هاتفيًا، وصفته رويترز بالنادر، وسط تصاعد التوتر.';
    expect(call.slice(0, leadEnd(call, 5))).toBe('أجرى وزيرا الدفاع الأميركي والروسي اتصالًا هاتفيًا');
    expect(leadEnd('وقال الوزير إن الاتصال كان مفيدا.', 5)).toBe('وقال الوزير إن الاتصال كان مفيدا.'.length);
  });
  it('runs a short first clause on to the next, and the semicolon ends one too', () => {
    const but = 'ومع ذلك، فإن استمرار إمدادات الأسلحة الأمريكية يشكل خطرا؛ وقال المسؤولون إنهم قلقون.';
    expect(but.slice(0, leadEnd(but, 5))).toBe('ومع ذلك، فإن استمرار إمدادات الأسلحة الأمريكية يشكل خطرا');
    expect(but.slice(0, leadEnd(but, 2))).toBe('ومع ذلك');
  });
  it('takes no comma between two digits for a clause’s end', () => {
    const number = 'يبلغ عدد الكاثوليك في العالم كله 1,4 مليار نسمة، وفق الفاتيكان.';
    expect(number.slice(0, leadEnd(number, 5))).toBe('يبلغ عدد الكاثوليك في العالم كله 1,4 مليار نسمة');
  });
});

// A small base: two calls between the same ministers, and a visit, each quoted in one earlier article.
const CALL_A = 'أجرى وزير الدفاع الأمريكي اتصالا هاتفيا مع نظيره الروسي لبحث الوضع في أوكرانيا.';
const CALL_B = 'بحث الوزيران خلال الاتصال الهاتفي خطوط التواصل بين الجيشين لتجنب التصعيد.';
const VISIT = 'زار الرئيس المعرض الدولي للكتاب في العاصمة وتجول بين أجنحة دور النشر.';
const OLD = [CALL_A, CALL_B, VISIT].join('\n');
const austin = {
  id: 'austin' as EntityId,
  aliases: ['أوستن'],
  name: { ar: 'لويد أوستن', en: 'Lloyd Austin' },
};
const shoigu = {
  id: 'shoigu' as EntityId,
  aliases: ['شويغو'],
  name: { ar: 'سيرغي شويغو', en: 'Sergei Shoigu' },
};
const event = (id: string, start: string, quote: string, actors: string[] = []): SuggestableEvent => ({
  id: id as EventId,
  start,
  actors: actors as EntityId[],
  accounts: [{ source: 'old', quotes: [{ text: quote }] }],
});
const base = (events: SuggestableEvent[]): SuggestionBase => ({
  events,
  entities: [austin, shoigu],
  sources: [{ id: 'old' as never, text: OLD }],
});
const scoreOf = (
  b: SuggestionBase,
  text: string,
  published: string | null,
  ev: string,
  passage: string,
  weights = {},
): number =>
  suggestEvents(b, { text, published }, { weights: { quote: 0, ...weights } })
    .find((s) => s.event === ev)
    ?.quotes.find((q) => q.text === passage)?.score ?? 0;

describe('the signals around a passage', () => {
  it('offers a passage worded like one event’s quotes under it, though it names another’s actors and date', () => {
    // The Russian statement on the Lavrov–Rubio call speaks of the Putin–Trump call's understandings.
    const unseen = readUnseen();
    const article = unseen.articles.find((a) => a.id === 'a-dotalkhalij');
    if (article === undefined) throw new Error('a-dotalkhalij');
    const others = unseen.articles.filter((a) => a !== article);
    const b: SuggestionBase = {
      entities: unseen.entities,
      sources: others.map((a) => ({ id: a.id as never, text: a.text })),
      events: unseen.events.map((e) => ({
        id: e.id as EventId,
        start: e.start,
        actors: (e.actors ?? []) as EntityId[],
        accounts: others.map((a) => ({
          source: a.id,
          quotes: a.passages
            .filter((p) => p.event === e.id)
            .map((p) => ({ text: a.text.slice(p.start, p.end) })),
        })),
      })),
    };
    const statement = article.passages.find((p) =>
      article.text.slice(p.start, p.end).startsWith('وأضاف البيان'),
    );
    if (statement === undefined) throw new Error('the statement');
    const under = suggestEvents(b, { text: article.text, published: article.published }).filter((s) =>
      s.quotes.some((q) => q.start === statement.start && q.confident),
    );
    expect(under.map((s) => s.event)).toEqual(['lr-call']);
    expect(statement.event).toBe('lr-call');
  });

  it('scores a passage higher under the event the passage before it tells', () => {
    const b = base([event('call-a', '2024-06-25', CALL_A), event('visit', '2024-06-25', VISIT)]);
    const weak = 'وقال المسؤول إن الاتصال الهاتفي تناول الوضع الميداني.';
    const after = scoreOf(b, [CALL_A, weak].join('\n'), null, 'call-a', weak);
    const alone = scoreOf(b, [VISIT, weak].join('\n'), null, 'call-a', weak);
    expect(alone).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(alone);
    expect(scoreOf(b, [CALL_A, weak].join('\n'), null, 'call-a', weak, { neighbour: 0 })).toBeCloseTo(alone);
  });

  it('scores a passage higher under an event whose actors the article names elsewhere', () => {
    const b = base([
      event('call-a', '2024-06-25', CALL_A, ['austin', 'shoigu']),
      event('visit', '2020-01-01', VISIT),
    ]);
    const naming = 'وكان أوستن قد تحدث إلى شويغو في وقت سابق من الشهر الماضي.';
    const weak = 'وقال المسؤول إن الاتصال الهاتفي تناول الوضع الميداني.';
    const withNames = scoreOf(b, [naming, VISIT, weak].join('\n'), null, 'call-a', weak, { neighbour: 0 });
    const without = scoreOf(b, [VISIT, weak].join('\n'), null, 'call-a', weak, { neighbour: 0 });
    expect(without).toBeGreaterThan(0);
    expect(withNames).toBeGreaterThan(without);
  });

  it('puts a passage that fits two calls alike under the one just before the publication day', () => {
    const b = base([event('call-2022', '2022-10-21', CALL_A), event('call-2024', '2024-06-25', CALL_A)]);
    const text = [CALL_A, VISIT].join('\n');
    const first = (published: string): string | undefined =>
      suggestEvents(b, { text, published }).find((s) => s.quotes.some((q) => q.text === CALL_A))?.event;
    expect(first('2024-06-26')).toBe('call-2024');
    expect(first('2022-10-21')).toBe('call-2022');
  });

  it('puts a sentence under the event its own words report, not the older one a clause of it mentions', () => {
    const ANNEX = 'التي ضمتها روسيا عام 2014';
    const b = base([event('call-a', '2024-06-25', CALL_A), event('annexation', '2014', ANNEX)]);
    const lead =
      'أجرى وزير الدفاع الأمريكي اتصالا هاتفيا مع نظيره الروسي بعد هجوم على شبه جزيرة القرم التي ضمتها روسيا عام 2014.';
    const offers = (weights = {}) =>
      suggestEvents(b, { text: lead, published: '2024-06-26' }, { weights })
        .flatMap((s) => s.quotes.filter((q) => q.text === lead).map((q) => ({ event: s.event, ...q })))
        .sort((x, y) => y.score - x.score);
    expect(offers().map((o) => o.event)).toEqual(['call-a', 'annexation']);
    expect(offers().some((o) => o.event === 'annexation' && o.confident)).toBe(false);
    // Counted in full, the clause-sized quote pulls the whole sentence under the annexation, ticked.
    expect(offers({ cover: 0 })[0]).toMatchObject({ event: 'annexation', confident: true });
  });

  it('puts a sentence of two events under the one its head reports, and ticks it under neither', () => {
    const BLAME = 'وألقت موسكو باللوم على واشنطن في الهجوم الصاروخي الدامي على شبه جزيرة القرم مطلع الأسبوع.';
    const b = base([event('call-a', '2024-06-25', CALL_A), event('blame', '2024-06-23', BLAME)]);
    const both =
      'أجرى وزير الدفاع الأمريكي اتصالا هاتفيا مع نظيره، وسط توتر بعد أن ألقت موسكو باللوم على واشنطن في الهجوم الصاروخي الدامي على شبه جزيرة القرم مطلع الأسبوع.';
    const offers = (weights = {}) =>
      // Scores as the tables give them (the stems' likeness, for offering only, left out).
      suggestEvents(b, { text: both, published: null }, { weights: { quote: 0, stems: 0, ...weights } })
        .flatMap((s) => s.quotes.map((q) => ({ event: s.event, ...q })))
        .sort((x, y) => y.score - x.score);
    expect(offers()[0]?.event).toBe('call-a');
    expect(offers().some((o) => o.confident)).toBe(false);
    // Without the lead the longer tail wins.
    expect(offers({ lead: 0 })[0]?.event).toBe('blame');
    // Sure by its head but not by its whole: no tick, however low the tick.
    expect(offers({ tick: 0.3 }).some((o) => o.confident)).toBe(false);
    expect(offers({ tick: 0.3, lead: 0 })[0]).toMatchObject({ event: 'blame', confident: true });
  });

  it('ticks no passage on names and dates alone, nor a line ending with a colon', () => {
    const b = base([
      event('call-a', '2024-06-25', CALL_A, ['austin', 'shoigu']),
      event('visit', '2020-01-01', VISIT),
    ]);
    // Named and dated like the call, worded like none of its quotes.
    const named = 'وقال أوستن وشويغو يوم 25 حزيران 2024 إن الطقس كان جميلا في الحديقة.';
    const leading = CALL_A.replace(/\.$/u, ':');
    const quoteOf = (text: string, weights = {}) =>
      suggestEvents(b, { text, published: '2024-06-26' }, { weights: { tick: 0.8, fits: 0, ...weights } })
        .find((s) => s.event === 'call-a')
        ?.quotes.find((q) => q.text === text);
    expect(quoteOf(named)?.score).toBeGreaterThanOrEqual(0.8);
    expect(quoteOf(named)?.confident).toBe(false);
    expect(quoteOf(named, { tickWording: 0 })?.confident).toBe(true);
    // A line ending with a colon only leads into what follows: no passage at all.
    expect(quoteOf(leading)).toBeUndefined();
    expect(quoteOf(CALL_A)?.confident).toBe(true);
  });

  it('offers a passage named and dated like an event but worded like none of its quotes as a new event', () => {
    const b = base([
      event('call-a', '2024-06-25', CALL_A, ['austin', 'shoigu']),
      event('visit', '2020-01-01', VISIT),
    ]);
    // The same people on the same day, telling something else: a new event, not the call's quote.
    const other = 'وقال أوستن وشويغو يوم 25 حزيران 2024 إن الطقس كان جميلا في الحديقة.';
    const text = [CALL_A, other].join('\n');
    const found = suggestArticle(b, { text, published: '2024-06-26' });
    const call = found.events.find((s) => s.event === 'call-a');
    expect(call?.quotes.map((q) => q.text)).toEqual([CALL_A]);
    expect(found.fresh.map((q) => q.text)).toEqual([other]);
    expect(found.fresh.every((q) => !q.confident && text.slice(q.start, q.end) === q.text)).toBe(true);
    // Without the least wording, the nearest event takes it.
    const filed = suggestArticle(b, { text, published: '2024-06-26' }, { weights: { fits: 0 } });
    expect(filed.fresh).toEqual([]);
    expect(filed.events.find((s) => s.event === 'call-a')?.quotes.map((q) => q.text)).toContain(other);
  });

  it('offers a passage the article repeats word for word once, where it first stands', () => {
    const b = base([event('call-a', '2024-06-25', CALL_A)]);
    const text = [CALL_A, VISIT, CALL_A].join('\n');
    const quotes = suggestEvents(b, { text, published: null }).flatMap((s) => s.quotes);
    expect(quotes.filter((q) => q.text === CALL_A).map((q) => q.start)).toEqual([0]);
  });
});

describe('the halves of the articles outside the corpus', () => {
  it('splits by the hash of the page address, fixed before measuring: six to tune on, nine held out', () => {
    const unseen = readUnseen();
    const tuning = unseen.articles.filter((a) => half(a.url ?? '') === 'tuning').map((a) => a.id);
    expect(tuning).toEqual([
      'a-aletihad',
      'a-dotalkhalij',
      'a-alwakeel',
      'b-arabkhabar',
      'b-nidaalwatan',
      'b-lebanontimes',
    ]);
    // FNV-1a of "a": 0xe40c292c (even).
    expect(half('a')).toBe('tuning');
    expect(half('b')).toBe('held-out');
  });
});

describe('tickCurve', () => {
  it('sums the ticked passages of every article at each threshold, asking the engine with that tick', () => {
    const row = (ticked: number, tickedRight: number, foundTicked: number): PassageMeasure => ({
      source: 's',
      reachable: 4,
      reachableBySentence: 4,
      found: 4,
      foundTicked,
      newEvents: 0,
      offered: 8,
      offeredRight: 4,
      ticked,
      tickedRight,
      fresh: 0,
      freshRight: 0,
      newFound: 0,
      wrong: [],
    });
    const asked: number[] = [];
    const curve = tickCurve(
      (w) => {
        asked.push(w.tick ?? -1);
        return w.tick === 0.5 ? [row(5, 3, 3), row(2, 1, 1)] : [row(1, 1, 1), row(0, 0, 0)];
      },
      [0.5, 1],
    );
    expect(asked).toEqual([0.5, 1]);
    expect(curve).toEqual([
      { tick: 0.5, ticked: 7, tickedRight: 4, foundTicked: 4, reachable: 8 },
      { tick: 1, ticked: 1, tickedRight: 1, foundTicked: 1, reachable: 8 },
    ]);
  });
});
