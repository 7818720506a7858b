import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/domain';

describe('cutting an article for the reader', () => {
  const text = 'abcdefghij';

  it('covers the whole text, in order, with the marks of every span over each run', () => {
    const segs = segmentArticle(text, [
      { start: 2, end: 6, mark: 'quoted' },
      { start: 4, end: 8, mark: 'current' },
      { start: 9, end: 10, mark: 'out-of-scope' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, [...s.marks].sort()])).toEqual([
      ['ab', []],
      ['cd', ['quoted']],
      ['ef', ['current', 'quoted']],
      ['gh', ['current']],
      ['i', []],
      ['j', ['out-of-scope']],
    ]);
  });

  it('clamps spans to the text', () => {
    expect(segmentArticle(text, [{ start: 8, end: 99, mark: 'current' }]).at(-1)).toMatchObject({
      text: 'ij',
      start: 8,
      end: 10,
    });
  });
});
