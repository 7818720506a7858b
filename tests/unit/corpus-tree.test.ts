import { describe, expect, it } from 'vitest';
import {
  buildTree,
  childFor,
  treeLookup,
  treeRange,
  type BlockRef,
  type TreeKey,
} from '../../src/data/corpus-tree';

/** A tree over blocks kept in memory; `reads` counts the blocks each lookup reads. */
function memoryTree(keys: readonly TreeKey[], fanout: number) {
  const blocks: string[] = [];
  const write = (text: string): BlockRef => {
    blocks.push(text);
    return ['t/0000.jsonl', blocks.length - 1, text.length, '0'.repeat(64)];
  };
  const leaves = keys.map((key) => ({ key, ref: write(JSON.stringify({ leaf: key })) }));
  const tree = buildTree(leaves, write, fanout);
  let reads = 0;
  const read = async (ref: BlockRef) => {
    reads++;
    return JSON.parse(blocks[ref[1]] as string) as unknown;
  };
  return { tree, read, reads: () => reads };
}

describe('corpus lookup tree', () => {
  it('finds the block whose key range holds a number, reading one node a level', async () => {
    const keys = Array.from({ length: 1000 }, (_, i) => i * 10);
    const t = memoryTree(keys, 4);
    expect(t.tree.depth).toBe(5);
    expect(t.tree.blocks).toBe(1000);
    expect(await treeLookup(t.read, t.tree, 0, 'x')).toStrictEqual({ leaf: 0 });
    expect(await treeLookup(t.read, t.tree, 4567, 'x')).toStrictEqual({ leaf: 4560 });
    expect(await treeLookup(t.read, t.tree, 1e9, 'x')).toStrictEqual({ leaf: 9990 });
    expect(await treeLookup(t.read, t.tree, -1, 'x')).toBeNull();
    const before = t.reads();
    await treeLookup(t.read, t.tree, 3333, 'x');
    expect(t.reads() - before).toBe(6);
  });

  it('reads the blocks whose ranges meet a prefix, at most as many as asked', async () => {
    const words = ['alpha', 'beta', 'betray', 'better', 'bond', 'zeta'];
    const t = memoryTree(words, 2);
    const all = await treeRange(t.read, t.tree, 'bet', 'bet\uffff', 10, 'x');
    // The block starting at "alpha" may hold "bet" itself (it holds keys up to "beta"); "bond" is after.
    expect(all).toStrictEqual({
      blocks: [{ leaf: 'alpha' }, { leaf: 'beta' }, { leaf: 'betray' }, { leaf: 'better' }],
      complete: true,
    });
    expect(await treeRange(t.read, t.tree, 'bet', 'bet\uffff', 2, 'x')).toMatchObject({ complete: false });
    expect(childFor(words, 'a')).toBe(-1);
    expect(childFor(words, 'bz')).toBe(4);
  });

  it('has a root even without blocks', async () => {
    const t = memoryTree([], 4);
    expect(t.tree.depth).toBe(1);
    expect(await treeLookup(t.read, t.tree, 5, 'x')).toBeNull();
  });
});
