import { describe, expect, it } from 'vitest';
import {
  TreeError,
  adjacentRuns,
  buildTree,
  childFor,
  childrenIn,
  isBlockRef,
  treeLookup,
  treeRange,
  type BlockRef,
  type TreeRoot,
} from '../../src/data/corpus-tree';

const SHA = 'a'.repeat(64);
const ref = (path: string, offset: number, length: number): BlockRef => [path, offset, length, SHA];

describe('blocks that lie one after the other', () => {
  it('runs blocks of one pack separated by exactly one newline together', () => {
    const a = ref('p/0000.jsonl', 0, 10);
    const b = ref('p/0000.jsonl', 11, 5);
    const c = ref('p/0000.jsonl', 17, 5);
    expect(adjacentRuns([a, b, c])).toEqual([[a, b, c]]);
  });

  it('starts a new run at a gap, an overlap, or another pack', () => {
    const a = ref('p/0000.jsonl', 0, 10);
    expect(adjacentRuns([a, ref('p/0000.jsonl', 12, 5)])).toEqual([[a], [ref('p/0000.jsonl', 12, 5)]]);
    expect(adjacentRuns([a, ref('p/0000.jsonl', 10, 5)])).toEqual([[a], [ref('p/0000.jsonl', 10, 5)]]);
    expect(adjacentRuns([a, ref('p/0001.jsonl', 11, 5)])).toEqual([[a], [ref('p/0001.jsonl', 11, 5)]]);
    expect(adjacentRuns([])).toEqual([]);
  });
});

describe('finding children by key', () => {
  const keys = [10, 20, 30];
  it('names the last child whose key is not above the one sought', () => {
    expect(childFor(keys, 9)).toBe(-1);
    expect(childFor(keys, 10)).toBe(0);
    expect(childFor(keys, 19)).toBe(0);
    expect(childFor(keys, 20)).toBe(1);
    expect(childFor(keys, 30)).toBe(2);
    expect(childFor(keys, 99)).toBe(2);
    expect(childFor([], 5)).toBe(-1);
  });

  it('lists the children meeting [from, to), the one holding `from` first', () => {
    expect(childrenIn(keys, 15, 25)).toEqual([0, 1]);
    expect(childrenIn(keys, 20, 30)).toEqual([1]);
    expect(childrenIn(keys, 20, 31)).toEqual([1, 2]);
    expect(childrenIn(keys, 0, 10)).toEqual([]);
    expect(childrenIn(keys, 0, 11)).toEqual([0]);
    expect(childrenIn(keys, 35, 99)).toEqual([2]);
  });
});

describe('a well-formed block reference', () => {
  it('is a path, an offset and a length that are whole and not negative, and a SHA-256 in hex', () => {
    expect(isBlockRef(['p', 0, 0, SHA])).toBe(true);
    expect(isBlockRef(['p', 3, 7, SHA])).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isBlockRef(null)).toBe(false);
    expect(isBlockRef('p')).toBe(false);
    expect(isBlockRef(['p', 0, 0])).toBe(false);
    expect(isBlockRef(['p', 0, 0, SHA, 1])).toBe(false);
    expect(isBlockRef([1, 0, 0, SHA])).toBe(false);
    expect(isBlockRef(['p', -1, 0, SHA])).toBe(false);
    expect(isBlockRef(['p', 0, -1, SHA])).toBe(false);
    expect(isBlockRef(['p', 0.5, 0, SHA])).toBe(false);
    expect(isBlockRef(['p', 0, 2 ** 53, SHA])).toBe(false);
    expect(isBlockRef(['p', 0, 0, 5])).toBe(false);
    expect(isBlockRef(['p', 0, 0, 'A'.repeat(64)])).toBe(false);
    expect(isBlockRef(['p', 0, 0, `${SHA}0`])).toBe(false);
    expect(isBlockRef(['p', 0, 0, `x${SHA.slice(1)}`])).toBe(false);
    expect(isBlockRef(['p', 0, 0, `${SHA.slice(1)}x`])).toBe(false);
  });
});

describe('building a tree', () => {
  it('groups children by the fanout, level by level, up to one root', () => {
    const written: string[] = [];
    const write = (text: string): BlockRef => {
      written.push(text);
      return ref('t', written.length - 1, text.length);
    };
    const leaves = [1, 2, 3, 4, 5].map((key) => ({ key, ref: ref('b', key, 1) }));
    const root = buildTree(leaves, write, 2);
    expect(root).toEqual({ root: ref('t', 5, written[5]!.length), depth: 3, blocks: 5 });
    expect(written.map((w) => (JSON.parse(w) as { keys: number[] }).keys)).toEqual([
      [1, 2],
      [3, 4],
      [5],
      [1, 3],
      [5],
      [1, 5],
    ]);
  });

  it('writes one node for one block', () => {
    const written: string[] = [];
    const root = buildTree([{ key: 'k', ref: ref('b', 0, 1) }], (text) => {
      written.push(text);
      return ref('t', 0, text.length);
    });
    expect(root.depth).toBe(1);
    expect(JSON.parse(written[0]!)).toEqual({ keys: ['k'], refs: [ref('b', 0, 1)] });
  });
});

describe('a malformed node', () => {
  const tree: TreeRoot = { root: ref('t', 0, 1), depth: 1, blocks: 1 };
  const bad: readonly [string, unknown][] = [
    ['null', null],
    ['a string', 'node'],
    ['keys that are not a list', { keys: 1, refs: [] }],
    ['references that are not a list', { keys: [], refs: 1 }],
    ['fewer references than keys', { keys: [1, 2], refs: [ref('b', 0, 1)] }],
    ['a key neither number nor string', { keys: [true], refs: [ref('b', 0, 1)] }],
    ['a malformed reference', { keys: [1], refs: [['b', 0, 1, 'x']] }],
  ];
  for (const [what, node] of bad)
    it(`is refused, with its place: ${what}`, async () => {
      const read = async (): Promise<unknown> => node;
      const error = await treeLookup(read, tree, 1, 'words').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TreeError);
      expect(error).toMatchObject({
        place: 'words',
        message: 'a tree node needs keys and block references of the same length',
      });
      await expect(treeRange(read, tree, 0, 9, 5, 'words')).rejects.toBeInstanceOf(TreeError);
    });

  it('is read at its place, and a well-formed one with string and number keys is taken', async () => {
    const places: string[] = [];
    const read = async (r: BlockRef, place: string): Promise<unknown> => {
      places.push(place);
      return r[0] === 't' ? { keys: [1, 'b'], refs: [ref('b', 0, 1), ref('b', 2, 1)] } : r[1];
    };
    expect(await treeLookup(read, tree, 'c', 'ids')).toBe(2);
    expect(places).toEqual(['ids', 'ids']);
  });
});

describe('a range of blocks', () => {
  it('reads at most `max` blocks through readMany, and says when it left some out', async () => {
    const tree: TreeRoot = { root: ref('t', 0, 1), depth: 1, blocks: 3 };
    const read = async (): Promise<unknown> => ({
      keys: [1, 2, 3],
      refs: [ref('b', 0, 1), ref('b', 2, 1), ref('b', 4, 1)],
    });
    const asked: BlockRef[][] = [];
    const readMany = async (refs: readonly BlockRef[]): Promise<unknown[]> => {
      asked.push([...refs]);
      return refs.map((r) => r[1]);
    };
    expect(await treeRange(read, tree, 1, 9, 3, 'x', readMany)).toEqual({
      blocks: [0, 2, 4],
      complete: true,
    });
    expect(await treeRange(read, tree, 1, 9, 2, 'x', readMany)).toEqual({ blocks: [0, 2], complete: false });
    expect(asked).toEqual([
      [ref('b', 0, 1), ref('b', 2, 1), ref('b', 4, 1)],
      [ref('b', 0, 1), ref('b', 2, 1)],
    ]);
  });
});
