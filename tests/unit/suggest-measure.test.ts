/**
 * The figures the suggestions are measured by (`src/domain/suggest-measure.ts`), on suggestions and
 * datasets made by hand: which passages count as offered, right, ticked and found, where a passage
 * matches a wanted one and where it stops, and what leaving an article out takes away.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, EventId, SourceId } from '../../src/domain';
import type { EventSuggestion } from '../../src/domain/suggest';
import {
  measureDatasetPassages,
  measurePassages,
  measureSuggestions,
  PASSAGE_MATCH,
  scorePassages,
  withoutSource,
  type AnnotatedArticle,
} from '../../src/domain/suggest-measure';
import { miniDataset } from '../fixtures/mini-dataset';

const TEXT =
  'أعلن الوزير أن المحادثات انتهت بنجاح كبير. وقال المتحدث إن الاتصال جرى أمس مساء. وأضاف أن اللقاء المقبل سيعقد قريبا جدا.';
// The article's three sentences, as `passages` cuts them.
const S1 = { start: 0, end: 42 };
const S2 = { start: 43, end: 80 };
const S3 = { start: 81, end: 120 };

const quote = (span: { start: number; end: number }, confident: boolean) => ({
  ...span,
  text: TEXT.slice(span.start, span.end),
  score: 0.5,
  confident,
});
const suggestion = (event: string, quotes: ReturnType<typeof quote>[]): EventSuggestion => ({
  event: event as EventId,
  score: 0.5,
  reasons: [],
  quotes,
});

describe('scorePassages', () => {
  // The wanted passage of e2 has an even length, so that half of it is exactly PASSAGE_MATCH.
  const wanted2 = { start: S2.start, end: S2.start + 36 };
  const half = { start: wanted2.start, end: wanted2.start + 18 };
  const article = {
    id: 'art',
    text: TEXT,
    published: '2024-06-26',
    passages: [
      { event: 'e1', ...S1 },
      { event: 'e2', ...wanted2 },
      // A piece of the second sentence, in its other half: no sentence is near enough its size.
      { event: 'e2', start: S2.end - 6, end: S2.end },
      { event: 'e3', ...S3 },
    ],
  };
  const known = new Set(['e1', 'e2']);

  it('matches a passage sharing half of the longer one, and not one character less', () => {
    expect(PASSAGE_MATCH).toBe(0.5);
    const at = (end: number) =>
      scorePassages(article, [suggestion('e2', [quote({ start: half.start, end }, false)])], known);
    expect(at(half.end)).toMatchObject({ offered: 1, offeredRight: 1, found: 1, wrong: [] });
    expect(at(half.end - 1)).toMatchObject({ offered: 1, offeredRight: 0, found: 0 });
  });

  it('counts what is offered, ticked and right, what is found, and what cannot be', () => {
    const suggestions = [
      suggestion('e1', [quote(S1, true), quote(S3, false)]),
      suggestion('e2', [quote(half, false)]),
      suggestion('e9', [quote(S2, true)]),
    ];
    expect(scorePassages(article, suggestions, known)).toEqual({
      source: 'art',
      reachable: 3,
      reachableBySentence: 2,
      found: 2,
      foundTicked: 1,
      fresh: 0,
      freshRight: 0,
      newEvents: 1,
      newFound: 0,
      offered: 4,
      offeredRight: 2,
      ticked: 2,
      tickedRight: 1,
      wrong: [
        { event: 'e1', text: TEXT.slice(S3.start, S3.end), ticked: false },
        { event: 'e9', text: TEXT.slice(S2.start, S2.end), ticked: true },
      ],
    });
  });

  it('finds nothing, and wrongs nothing, without suggestions', () => {
    expect(scorePassages(article, [], new Set())).toMatchObject({
      reachable: 0,
      reachableBySentence: 0,
      found: 0,
      newEvents: 4,
      offered: 0,
      ticked: 0,
      wrong: [],
    });
  });
});

describe('withoutSource', () => {
  /** The mini dataset with a second source that tells the 2024 call and spells no alias. */
  function twoSources(): Dataset {
    const d = miniDataset();
    const a = d.sources[0];
    const [call, last] = d.events;
    if (a === undefined || call === undefined || last === undefined) throw new Error('mini dataset');
    const text = 'اتصال جديد\nجرى اتصال بين الوزيرين يوم الثلاثاء لبحث الوضع.';
    const b = { ...a, id: 'src-b' as SourceId, file: 'articles/src-b.txt', text, outOfScope: [] };
    const q = { start: 11, end: text.length, text: text.slice(11), en: 'A call.', claims: [] };
    return {
      ...d,
      sources: [a, b],
      events: [{ ...call, accounts: [...call.accounts, { source: 'src-b' as SourceId, quotes: [q] }] }, last],
    };
  }

  it('takes out the source, its accounts and the events only it tells', () => {
    const d = withoutSource(twoSources(), 'src-a');
    expect(d.sources.map((s) => s.id)).toEqual(['src-b']);
    expect(d.events.map((e) => [e.id, e.accounts.map((a) => a.source)])).toEqual([
      ['call-2024-06-25', ['src-b']],
    ]);
  });

  it('forgets the spellings only the source taken out uses, and keeps the others', () => {
    expect(withoutSource(twoSources(), 'src-a').entities[0]?.aliases).toEqual([]);
    expect(withoutSource(twoSources(), 'src-b').entities[0]?.aliases).toEqual(['أوستن']);
  });
});

describe('leave-one-article-out on a dataset of two articles', () => {
  const TEXT_B =
    'اتصال جديد\nأجرى الوزير أوستن، الثلاثاء، اتصالاً هاتفياً مع نظيره الروسي.\nوكانت آخر مكالمة بينهما في 15 مارس 2023.';
  const quoteOf = (needle: string) => {
    const start = TEXT_B.indexOf(needle);
    return { start, end: start + needle.length, text: needle, en: 'A quote.', claims: [] };
  };
  const CALL = 'أجرى الوزير أوستن، الثلاثاء، اتصالاً هاتفياً مع نظيره الروسي.';

  /** The mini dataset and a second article telling its 2024 call, and quoting its headline under the 2023 one when asked. */
  function dataset(headlineQuote: boolean): Dataset {
    const d = miniDataset();
    const a = d.sources[0];
    const [call, last] = d.events;
    if (a === undefined || call === undefined || last === undefined) throw new Error('mini dataset');
    const b = { ...a, id: 'src-b' as SourceId, file: 'articles/src-b.txt', text: TEXT_B, outOfScope: [] };
    const add = (e: typeof call, quotes: ReturnType<typeof quoteOf>[]) => ({
      ...e,
      accounts: [...e.accounts, { source: 'src-b' as SourceId, quotes }],
    });
    return {
      ...d,
      sources: [a, b],
      events: [add(call, [quoteOf(CALL)]), headlineQuote ? add(last, [quoteOf('اتصال جديد')]) : last],
    };
  }

  it('lands the call told by both articles, and counts the event only one tells as new', () => {
    expect(measureSuggestions(dataset(false))).toEqual([
      {
        source: 'src-a',
        reachable: 1,
        landed: 1,
        landedTop: 1,
        newEvents: 1,
        suggested: 1,
        suggestedRight: 1,
        suggestedQuoted: 1,
        misses: [],
      },
      {
        source: 'src-b',
        reachable: 1,
        landed: 1,
        landedTop: 1,
        newEvents: 0,
        suggested: 2,
        suggestedRight: 1,
        suggestedQuoted: 1,
        misses: [],
      },
    ]);
  });

  it('lists a quote offered under no passage as a miss, with its event’s rank, and counts the first ranks only up to `top`', () => {
    const rows = measureSuggestions(dataset(true));
    expect(rows.map((r) => [r.reachable, r.landed, r.newEvents])).toEqual([
      [2, 1, 0],
      [2, 1, 0],
    ]);
    expect(rows[1]?.misses).toEqual([{ event: 'call-2023-03-15', quote: { start: 0, end: 10 }, rank: 2 }]);
    expect(measureSuggestions(dataset(true), { top: 1 }).map((r) => r.landedTop)).toEqual([1, 1]);
    expect(measureSuggestions(dataset(true), { top: 0 }).map((r) => r.landedTop)).toEqual([0, 0]);
  });

  it('gives the engine the out-of-scope parts only when asked, and the weights given', () => {
    const d = dataset(false);
    const [a, b] = d.sources;
    if (a === undefined || b === undefined) throw new Error('two sources');
    // The 2023 line of the first article marked out of scope.
    const from = a.text.indexOf('وكانت');
    const outOfScope = [
      ...a.outOfScope,
      { start: from, end: a.text.indexOf('\n', from), kind: 'unrelated-item' as const },
    ];
    const marked = { ...d, sources: [{ ...a, outOfScope }, b] };
    // The 2023 line fits no event of the other article, so it is offered as a new event unless out of scope.
    const shown = (r: { offered: number; fresh: number }) => r.offered + r.fresh;
    expect(measureDatasetPassages(marked).map(shown)).toEqual([2, 2]);
    expect(measureDatasetPassages(marked, { withOutOfScope: true }).map(shown)).toEqual([1, 2]);
    // The second article's 2023 line, which is suggested under the 2023 call, marked out of scope.
    const fromB = b.text.indexOf('وكانت');
    const excluded = { start: fromB, end: b.text.length, kind: 'unrelated-item' as const };
    const markedB = { ...d, sources: [a, { ...b, outOfScope: [...b.outOfScope, excluded] }] };
    expect(measureSuggestions(markedB).map((r) => r.suggested)).toEqual([1, 2]);
    expect(measureSuggestions(markedB, { withOutOfScope: true }).map((r) => r.suggested)).toEqual([1, 1]);
    // Other weights reach the engine: a higher tick threshold ticks fewer, a quote threshold above any
    // score (with the stems' likeness added, under the article's main event too) offers nothing.
    // (With the first article left out one event remains, and a draft of one event has no tick.)
    expect(measureDatasetPassages(d).map((r) => r.ticked)).toEqual([0, 2]);
    expect(measureDatasetPassages(d, { weights: { tick: 2 } }).map((r) => r.ticked)).toEqual([0, 1]);
    expect(measureSuggestions(d).map((r) => r.suggested)).toEqual([1, 2]);
    expect(measureSuggestions(d, { weights: { quote: 9 } }).map((r) => r.suggested)).toEqual([0, 0]);
  });

  it('measures the passages of the annotated articles as of the dataset they were taken from', () => {
    const d = dataset(true);
    const articles: AnnotatedArticle[] = d.sources.map((s) => ({
      id: s.id,
      text: s.text,
      published: s.published,
      passages: d.events.flatMap((e) =>
        e.accounts
          .filter((a) => a.source === s.id)
          .flatMap((a) => a.quotes.map((q) => ({ event: e.id, start: q.start, end: q.end }))),
      ),
    }));
    const events = d.events.map((e) => ({ id: e.id, start: e.start, actors: e.actors }));
    const annotated = measurePassages(events, articles, { entities: d.entities });
    expect(annotated).toEqual(measureDatasetPassages(d));
    expect(
      annotated.map((r) => [r.source, r.reachable, r.reachableBySentence, r.found, r.offered, r.ticked]),
    ).toEqual([
      ['src-a', 2, 2, 1, 1, 1],
      ['src-b', 2, 1, 1, 2, 2],
    ]);
  });
});
