import { describe, expect, it } from 'vitest';
import { checkSharedCopy } from '../../src/data';
import {
  findSharedCopy,
  sentences,
  SHARED_COPY_THRESHOLDS,
  similarity,
  type Dataset,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const text = (id: string): string => corpus.sources.find((s) => s.id === id)?.text ?? '';
/** The folded words of an exact passage of an article, found by its opening words. */
const words = (id: string, opening: string, closing: string): string[] => {
  const t = text(id);
  const start = t.indexOf(opening);
  const end = t.indexOf(closing, start) + closing.length;
  expect(start, opening).toBeGreaterThanOrEqual(0);
  return sentences(t.slice(start, end)).flatMap((s) => s.words);
};
const articles = (d: Dataset) => d.sources.map((s) => ({ id: s.id, text: s.text, exclude: s.outOfScope }));

describe('shared copy between the articles', () => {
  it('scores the AFP sentence of the two October 2022 articles as near verbatim', () => {
    const s = similarity(
      words('art-000', 'وتعود آخر محادثة', 'في 19 ايار'),
      words('art-004', 'وتعود آخر محادثة', 'من الشهر نفسه'),
    );
    expect(s.score).toBeGreaterThan(0.75);
    expect(s.sharedBigrams).toBeGreaterThanOrEqual(20);
  });

  it('scores the Reuters sentences of the two June 2024 articles as shared copy', () => {
    const ryder = similarity(
      words('art-001', 'وقال المتحدث باسم البنتاغون', 'منذ مارس 2023'),
      words('art-002', 'وقال المتحدث باسم البنتاغون', 'آذار/مارس 2023'),
    );
    expect(ryder.score).toBeGreaterThanOrEqual(SHARED_COPY_THRESHOLDS.strong);
    const telegram = similarity(
      words('art-001', 'وجاء في بيان للوزارة', 'الأوكرانية"'),
      words('art-002', 'وجاء في بيان للدفاع', 'الأوكرانية"'),
    );
    expect(telegram.score).toBeGreaterThanOrEqual(SHARED_COPY_THRESHOLDS.strong);
  });

  it('scores unrelated passages low, and one phrase two reports quote from the same statement below copy', () => {
    const unrelated = similarity(
      words('art-000', 'وقال الرئيس الأميركي خلال جولة', 'الخارجية الأميركية”'),
      words('art-002', 'بدوره، هدّد الرئيس الروسي', 'من العالم.'),
    );
    expect(unrelated.score).toBeLessThan(0.2);
    // art-002 and art-003 both report the Pentagon's "keeping lines of communication open".
    const samePhrase = similarity(
      words('art-002', 'وقال البنتاغون إن أوستن', 'مفتوحة.'),
      words('art-003', 'وأشار المتحدث باسم البنتاغون', 'بين البلدين.'),
    );
    expect(samePhrase.score).toBeGreaterThan(0.3);
    expect(samePhrase.score).toBeLessThan(SHARED_COPY_THRESHOLDS.strong);
  });

  it('finds the AFP pair and the Reuters pair in the corpus, and nothing between unrelated articles', () => {
    const found = findSharedCopy(articles(corpus));
    expect(found.map((p) => [p.a, p.b])).toEqual([
      ['art-000', 'art-004'],
      ['art-001', 'art-002'],
    ]);
    const [afp, reuters] = found;
    // art-000 line 12 ~ art-004 line 19, then the relations sentence (lines 14 ~ 23).
    expect(afp?.passages.map((p) => text('art-004').slice(p.b.start, p.b.start + 16))).toEqual([
      'وتعود آخر محادثة',
      'يشار إلى أن العل',
    ]);
    expect(reuters?.passages.length).toBeGreaterThanOrEqual(5);
    for (const pair of found)
      for (const p of pair.passages)
        expect(p.similarity.score).toBeGreaterThanOrEqual(SHARED_COPY_THRESHOLDS.passage);
  });

  it('does not take a heading or a short line for copy', () => {
    const heading = 'مخاطر إمدادات الأسلحة الأمريكية لأوكرانيا:';
    expect(
      findSharedCopy([
        { id: 'a', text: heading },
        { id: 'b', text: heading },
      ]),
    ).toEqual([]);
    expect(
      findSharedCopy([
        { id: 'a', text: text('art-000') },
        { id: 'b', text: text('art-000') },
      ]),
    ).toHaveLength(1);
  });
});

describe('the measures and rules of shared copy', () => {
  // Six words each: five word pairs. The second pair shares three word pairs, and not as copy.
  const copy = 'أعلنت وزارة الدفاع الروسية اليوم إسقاط';
  const near = ['قال الوزير إن المحادثات كانت صريحة', 'قال الوزير إن المفاوضات كانت صريحة'] as const;

  it('counts word pairs, character 4-grams and stems exactly, and gives 0 where there is nothing to compare', () => {
    expect(similarity(['a', 'b', 'c'], ['a', 'b', 'd']).sharedBigrams).toBe(1);
    expect(similarity(['a', 'b', 'c'], ['x', 'y', 'c']).sharedBigrams).toBe(0);
    expect(similarity(['abcd'], ['abcd'])).toMatchObject({ words: 0, chars: 1, content: 1, contained: 1 });
    expect(similarity(['abcd'], ['wxyz'])).toMatchObject({ chars: 0, content: 0, contained: 0 });
    expect(similarity(['ab'], ['ab'])).toMatchObject({ words: 0, chars: 0, contained: 0 });
  });

  it('takes a sentence of six identical words (five word pairs) for copy, and leaves out shorter ones', () => {
    const six = findSharedCopy([
      { id: 'a', text: copy },
      { id: 'b', text: copy },
    ]);
    expect(six).toHaveLength(1);
    const five = copy.split(' ').slice(0, 5).join(' ');
    const longer = `${copy}. ${five}.`;
    const [pair] = findSharedCopy([
      { id: 'a', text: longer },
      { id: 'b', text: longer },
    ]);
    expect(pair?.passages).toHaveLength(1);
  });

  it('lists a close pair under shared copy, best first, but never makes copy of it alone', () => {
    expect(
      findSharedCopy([
        { id: 'a', text: near[0] },
        { id: 'b', text: near[1] },
      ]),
    ).toEqual([]);
    const [pair] = findSharedCopy([
      { id: 'a', text: `${near[0]}. ${copy}.` },
      { id: 'b', text: `${near[1]}. ${copy}.` },
    ]);
    expect(pair?.passages.map((p) => p.a.start)).toEqual([near[0].length + 2, 0]);
    expect(pair?.passages[0]?.similarity.score).toBe(1);
  });

  it('leaves out sentences that touch an excluded range, and only those', () => {
    const text = `${copy}. ${near[0]}.`;
    const dot = copy.length;
    const second = dot + 2;
    // A sentence's range runs from after the previous full stop to its own.
    expect(sentences(text, [{ start: 0, end: dot + 1 }]).map((s) => s.start)).toEqual([second]);
    expect(sentences(text, [{ start: dot, end: dot + 1 }]).map((s) => s.start)).toEqual([0, second]);
    expect(sentences(text, [{ start: dot - 1, end: dot }]).map((s) => s.start)).toEqual([second]);
  });
});

describe('the checker on shared copy', () => {
  it('finds every shared passage of the corpus explained by its provenance', () => {
    const report = checkSharedCopy(corpus);
    expect(report.pairs).toHaveLength(2);
    expect(report.undeclared).toEqual([]);
  });

  it('warns for each shared passage once the provenance is taken away', () => {
    const bare = structuredClone(corpus) as any;
    for (const s of bare.sources) delete s.restsOn;
    for (const e of bare.events) for (const a of e.accounts) for (const q of a.quotes) delete q.restsOn;
    const report = checkSharedCopy(bare as Dataset);
    const passages = report.pairs.reduce((n, p) => n + p.passages.length, 0);
    expect(report.undeclared).toHaveLength(passages);
    expect(report.undeclared[0]).toMatchObject({
      code: 'undeclared-shared-copy',
      path: '$.sources[0].restsOn',
    });
    expect(report.undeclared[0]?.message).toContain('art-000 788–960 and art-004 1324–1522');
  });

  it('warns when two sources declare different origins for the passage they share', () => {
    const wrong = structuredClone(corpus) as any;
    for (const e of wrong.events)
      for (const a of e.accounts)
        for (const q of a.quotes)
          if (a.source === 'art-004' && q.restsOn?.[0]?.origin === 'afp') q.restsOn[0].origin = 'sputnik-x';
    const undeclared = checkSharedCopy(wrong as Dataset).undeclared;
    expect(undeclared.map((w) => w.message.slice(0, 40))).toEqual([
      'art-000 788–960 and art-004 1324–1522 sh',
      'art-000 963–1162 and art-004 1710–1878 s',
    ]);
  });
});
