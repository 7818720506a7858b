/**
 * Search in a corpus over a word index in memory: each query word read as a prefix from the search
 * tree, the words' rows joined and intersected, the totals and whether they are complete, the first
 * rows placed. The rows are placed by row number here (`placedRow` is the skeleton's, tested with a
 * built corpus in `corpus.test.ts`).
 */
import { describe, expect, it, vi } from 'vitest';
import { searchRows } from '../../src/data/corpus-find';
import { CorpusError } from '../../src/data/corpus-guard';
import { gaps, type Postings } from '../../src/data/corpus-search';
import { memoryCorpus, memoryTree } from '../support/memory-corpus';

vi.mock('../../src/data/corpus-skeleton', () => ({
  placedRow: async (_files: unknown, row: number) => ({ id: `e${row}`, row }),
}));

const entry = (word: string, rows: number[], total = rows.length): Postings => [word, total, gaps(rows)];

/** A search tree of `blocks`, each a list of word entries keyed by its first word. */
function index(blocks: Postings[][]) {
  return memoryCorpus({
    search: memoryTree(
      'search',
      blocks.map((b) => ({ key: b[0]![0], value: b })),
    ),
  });
}

const found = async (files: ReturnType<typeof index>['files'], query: string, limit?: number) => {
  const a = await searchRows(files, query, limit === undefined ? {} : { limit });
  return { rows: a.rows.map((r) => r.row), total: a.total, complete: a.complete };
};

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

describe('search over the word index', () => {
  const { files, asked } = index([
    // In key order, as the build writes them: Latin letters before Arabic.
    [entry('war', [0, 2, 9], 2500), entry('wars', [5])],
    [entry('بيان', [1, 4]), entry('حرب', [2, 3, 9])],
    [entry('حربي', [3, 7]), entry('سلام', [4, 9])],
  ]);

  it('answers an empty query with nothing, reading nothing', async () => {
    expect(await searchRows(files, '  … ')).toStrictEqual({ rows: [], total: 0, complete: true });
    expect(asked).toStrictEqual([]);
  });

  it('takes a word as the start of longer words, their rows joined in order', async () => {
    expect(await found(files, 'حرب')).toStrictEqual({ rows: [2, 3, 7, 9], total: 4, complete: true });
    expect(await found(files, 'حربي')).toStrictEqual({ rows: [3, 7], total: 2, complete: true });
    expect(await found(files, 'سلا')).toStrictEqual({ rows: [4, 9], total: 2, complete: true });
    expect(await found(files, 'بي')).toStrictEqual({ rows: [1, 4], total: 2, complete: true });
  });

  it('keeps the events holding every word', async () => {
    expect(await found(files, 'حرب سلام')).toStrictEqual({ rows: [9], total: 1, complete: true });
    expect(await found(files, 'سلام بيان')).toStrictEqual({ rows: [4], total: 1, complete: true });
    expect(await found(files, 'حرب nothing')).toStrictEqual({ rows: [], total: 0, complete: true });
  });

  it('gives the count a capped word keeps, and says the answer is incomplete', async () => {
    // One word: its count, though only some of its rows are kept.
    expect(await found(files, 'war')).toStrictEqual({ rows: [0, 2, 5, 9], total: 4, complete: false });
    const single = index([[entry('war', [0, 2, 9], 2500)]]).files;
    expect(await found(single, 'war')).toStrictEqual({ rows: [0, 2, 9], total: 2500, complete: false });
    // Two words: the rows found, a lower bound.
    expect(await found(files, 'war حرب')).toStrictEqual({ rows: [2, 9], total: 2, complete: false });
  });

  it('places the first rows only, 20 unless asked, with the total of all', async () => {
    const many = Array.from({ length: 25 }, (_, i) => i * 2);
    const big = index([[entry('كتاب', many)]]).files;
    const all = await found(big, 'كتاب');
    expect(all.rows).toStrictEqual(many.slice(0, 20));
    expect(all.total).toBe(25);
    expect((await found(big, 'كتاب', 3)).rows).toStrictEqual([0, 2, 4]);
    const placed = await searchRows(big, 'كتاب', { limit: 1 });
    expect(placed.rows).toStrictEqual([{ id: 'e0', row: 0 }]);
  });

  it('reads at most eight index blocks for one word, and says so', async () => {
    const blocks = Array.from({ length: 10 }, (_, i) => [entry(`ab${String(i).padStart(2, '0')}`, [i])]);
    const wide = index(blocks).files;
    expect(await found(wide, 'ab')).toStrictEqual({
      rows: [0, 1, 2, 3, 4, 5, 6, 7],
      total: 8,
      complete: false,
    });
    const eight = index(blocks.slice(0, 8)).files;
    expect((await found(eight, 'ab')).complete).toBe(true);
  });

  it('stops when the search is called off', async () => {
    const stop = new AbortController();
    stop.abort(new Error('called off'));
    await expect(searchRows(files, 'حرب', { signal: stop.signal })).rejects.toThrow('called off');
  });
});

describe('a malformed word index', () => {
  it('refuses a block that is not a list', async () => {
    const { files } = memoryCorpus({ search: memoryTree('search', [{ key: 'a', value: { a: 1 } }]) });
    expect(await refusal(searchRows(files, 'a'))).toMatchObject({
      place: 'search tree',
      code: 'format',
      message: 'search tree: a block is not a list',
    });
  });

  it('refuses a word entry of the wrong shape, whatever part is wrong', async () => {
    for (const bad of ['a', [1, 1, [0]], ['a', -1, [0]], ['a', 1.5, [0]], ['a', 1, 0]]) {
      const { files } = memoryCorpus({ search: memoryTree('search', [{ key: 'a', value: [bad] }]) });
      expect(await refusal(searchRows(files, 'a')), JSON.stringify(bad)).toMatchObject({
        place: 'search tree',
        code: 'format',
        message: 'search tree: a word entry is malformed',
      });
    }
  });

  it('refuses a malformed node of the tree as a format error', async () => {
    const t = memoryTree('search', [{ key: 'a', value: [entry('a', [1])] }]);
    const { files } = memoryCorpus({ search: { ...t, root: { ...t.root, depth: 2 } } });
    expect(await refusal(searchRows(files, 'a'))).toMatchObject({ place: 'search tree', code: 'format' });
  });
});
