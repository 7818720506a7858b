/**
 * The word index gathered while the build writes events: spilled to disk when it holds too many words
 * or too many rows, it gives the same words, counts and rows as held in memory.
 */
import { describe, expect, it } from 'vitest';
import { PostingsBuilder } from '../../src/cli/corpus-postings';

async function all(p: PostingsBuilder): Promise<[string, number, number[]][]> {
  const out: [string, number, number[]][] = [];
  for await (const entry of p.sorted()) out.push(entry);
  return out;
}

/** The same words in the same rows into each builder: a few common words and many rare ones. */
function fill(builders: readonly PostingsBuilder[]): void {
  for (let row = 0; row < 400; row++)
    for (const word of ['في', 'قال', `w${row % 37}`, `rare${row}`, row % 3 === 0 ? 'ثلاث' : 'other'])
      for (const b of builders) b.add(word, row);
}

describe('the word index gathered in row order', () => {
  it('spills on the rows it holds, with the same words, counts and rows as in memory', async () => {
    const memory = new PostingsBuilder(1_000_000, 50, 1_000_000);
    const byRows = new PostingsBuilder(1_000_000, 50, 97);
    const byWords = new PostingsBuilder(40, 50, 1_000_000);
    fill([memory, byRows, byWords]);
    expect(memory.spills).toBe(0);
    // 2,000 rows in all, 97 at a time (the common words stop at 50 rows each).
    expect(byRows.spills).toBeGreaterThan(10);
    expect(byWords.spills).toBeGreaterThan(10);
    const expected = await all(memory);
    expect(expected.find(([w]) => w === 'في')).toStrictEqual([
      'في',
      400,
      Array.from({ length: 50 }, (_, i) => i),
    ]);
    expect(expected).toHaveLength(2 + 37 + 400 + 2);
    expect(await all(byRows)).toStrictEqual(expected);
    expect(await all(byWords)).toStrictEqual(expected);
  });
});
