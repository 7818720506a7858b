import { describe, expect, it } from 'vitest';
import {
  eventWords,
  gaps,
  intersect,
  queryWords,
  ungap,
  union,
  wordForms,
} from '../../src/data/corpus-search';

describe('corpus word index', () => {
  it('indexes Arabic words also without the article and a proclitic before it', () => {
    expect(wordForms('الوزير')).toStrictEqual(['الوزير', 'وزير']);
    expect(wordForms('والوزير')).toStrictEqual(['والوزير', 'الوزير', 'وزير']);
    expect(wordForms('وزير')).toStrictEqual(['وزير']);
    expect(wordForms('ال')).toStrictEqual(['ال']);
  });

  it('finds an event by its folded title words in both languages and its quotes', () => {
    const words = eventWords({
      title: { ar: 'أزمة الصواريخ الكوبية', en: 'The Cuban missile crisis' },
      accounts: [
        {
          source: 's1',
          quotes: [{ start: 0, end: 12, text: 'إلى أدنى مستوًى', claims: [] }],
        },
      ] as never,
    });
    for (const w of ['ازمه', 'صواريخ', 'الكوبيه', 'cuban', 'crisis', 'الي', 'ادني', 'مستوي'])
      expect(words).toContain(w);
    expect(words).not.toContain('Cuban');
  });

  it('folds a query as the index folds its words', () => {
    expect(queryWords('  أيار  Crimea أيار ')).toStrictEqual(['ايار', 'crimea']);
    expect(queryWords('…')).toStrictEqual([]);
  });

  it('stores rows as gaps and combines lists', () => {
    expect(gaps([3, 5, 9])).toStrictEqual([3, 2, 4]);
    expect(ungap(gaps([3, 5, 9]))).toStrictEqual([3, 5, 9]);
    expect(
      intersect([
        [1, 2, 5, 9],
        [2, 9, 10],
        [0, 2, 3, 9],
      ]),
    ).toStrictEqual([2, 9]);
    expect(intersect([])).toStrictEqual([]);
    expect(
      union([
        [5, 9],
        [1, 5],
      ]),
    ).toStrictEqual([1, 5, 9]);
  });
});
