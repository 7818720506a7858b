import { describe, expect, it } from 'vitest';
import { formatList, listSeparators } from '../../src/domain';

describe('listSeparators: the words formatList puts between items that are elements', () => {
  for (const lang of ['en', 'ar'] as const)
    for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D', 'E']])
      it(`rebuild formatList exactly (${lang}, ${items.length} items)`, () => {
        const between = listSeparators(items.length, lang);
        expect(between).toHaveLength(items.length - 1);
        expect(items.map((item, i) => (i > 0 ? between[i - 1] : '') + item).join('')).toBe(
          formatList(items, lang),
        );
      });

  it('join as each language joins a list: commas then "and"; in Arabic «و» before each', () => {
    expect(listSeparators(3, 'en')).toEqual([', ', ' and ']);
    expect(listSeparators(3, 'ar')).toEqual([' و', ' و']);
  });

  it('have nothing to put between fewer than two items', () => {
    expect(listSeparators(0, 'en')).toEqual([]);
    expect(listSeparators(1, 'ar')).toEqual([]);
  });
});
