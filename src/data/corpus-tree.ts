/**
 * A checksummed lookup tree over blocks: how the corpus finds one small block among hundreds of
 * thousands without a big table. Blocks are byte ranges of pack files (`<dir>/NNNN.jsonl`, one block
 * a line); each block is listed, with its SHA-256, by a node, and nodes by their parent, up to a root
 * that the manifest lists. A lookup reads one node per level (a few KB each) and the block it wants,
 * each checked against the checksum its parent gives. Keys are numbers (rows) or strings (ids,
 * words); a node's key for a child is the smallest key in that child.
 */

/** A block: [path, offset, length, sha256]. */
export type BlockRef = readonly [string, number, number, string];

/** A tree's root as the manifest lists it: the root node's block and how many node levels there are. */
export interface TreeRoot {
  readonly root: BlockRef;
  /** Node levels above the blocks (at least 1). */
  readonly depth: number;
  /** How many blocks the tree leads to. */
  readonly blocks: number;
}

export type TreeKey = number | string;

/** A node: the smallest key of each child, in order, and where the child is. */
export interface TreeNode {
  readonly keys: readonly TreeKey[];
  readonly refs: readonly BlockRef[];
}

/** Runs of blocks that lie one after the other in the same pack (a newline between them). */
export function adjacentRuns(refs: readonly BlockRef[]): BlockRef[][] {
  const runs: BlockRef[][] = [];
  for (const r of refs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last !== undefined && last[0] === r[0] && last[1] + last[2] + 1 === r[1]) run?.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** How many children a node lists: about 3 KB of JSON a node. */
export const TREE_FANOUT = 32;

const before = (a: TreeKey, b: TreeKey): boolean => a < b;

/**
 * Writes the nodes over `leaves` (in key order) through `write`, which stores one block and says where,
 * and returns the root.
 */
export function buildTree(
  leaves: readonly { key: TreeKey; ref: BlockRef }[],
  write: (text: string) => BlockRef,
  fanout = TREE_FANOUT,
): TreeRoot {
  let level = leaves;
  let depth = 0;
  do {
    const up: { key: TreeKey; ref: BlockRef }[] = [];
    for (let i = 0; i < level.length || (i === 0 && level.length === 0); i += fanout) {
      const part = level.slice(i, i + fanout);
      const node: TreeNode = { keys: part.map((x) => x.key), refs: part.map((x) => x.ref) };
      up.push({ key: part[0]?.key ?? 0, ref: write(JSON.stringify(node)) });
    }
    level = up;
    depth++;
  } while (level.length > 1);
  return { root: (level[0] as { ref: BlockRef }).ref, depth, blocks: leaves.length };
}

/** Index of the child whose key range holds `key`: the last key not above it, or -1. */
export function childFor(keys: readonly TreeKey[], key: TreeKey): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(key, keys[mid] as TreeKey)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Indexes of the children whose key ranges meet [from, to). */
export function childrenIn(keys: readonly TreeKey[], from: TreeKey, to: TreeKey): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, childFor(keys, from)); i < keys.length; i++) {
    if (!before(keys[i] as TreeKey, to)) break;
    out.push(i);
  }
  return out;
}

/** Reads and checks one block (the caller checks its checksum) and parses it. */
export type BlockReader = (ref: BlockRef, place: string) => Promise<unknown>;

/** The block that can hold `key`, or null when every key of the tree is above it. */
export async function treeLookup(
  read: BlockReader,
  tree: TreeRoot,
  key: TreeKey,
  place: string,
): Promise<unknown> {
  let ref: BlockRef = tree.root;
  for (let level = 0; level < tree.depth; level++) {
    const node = checkNode(await read(ref, place), place);
    const i = childFor(node.keys, key);
    if (i < 0) return null;
    ref = node.refs[i] as BlockRef;
  }
  return read(ref, place);
}

/**
 * The blocks whose key ranges meet [from, to), in key order, at most `max` of them; `readMany` reads
 * the blocks themselves (neighbours in a pack can then come in one request).
 */
export async function treeRange(
  read: BlockReader,
  tree: TreeRoot,
  from: TreeKey,
  to: TreeKey,
  max: number,
  place: string,
  readMany: (refs: readonly BlockRef[], place: string) => Promise<unknown[]> = (refs) =>
    Promise.all(refs.map((r) => read(r, place))),
): Promise<{ blocks: unknown[]; complete: boolean }> {
  let refs: BlockRef[] = [tree.root];
  let complete = true;
  for (let level = 0; level < tree.depth; level++) {
    const next: BlockRef[] = [];
    for (const ref of refs) {
      const node = checkNode(await read(ref, place), place);
      for (const i of childrenIn(node.keys, from, to)) next.push(node.refs[i] as BlockRef);
    }
    if (next.length > max) complete = false;
    refs = next.slice(0, max);
  }
  return { blocks: await readMany(refs, place), complete };
}

const SHA = /^[0-9a-f]{64}$/;
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** Whether a value is a well-formed block reference (its path is checked by the reader). */
export function isBlockRef(r: unknown): r is BlockRef {
  return (
    Array.isArray(r) &&
    r.length === 4 &&
    typeof r[0] === 'string' &&
    isCount(r[1]) &&
    isCount(r[2]) &&
    typeof r[3] === 'string' &&
    SHA.test(r[3])
  );
}

function checkNode(value: unknown, place: string): TreeNode {
  const n = value as Partial<TreeNode> | null;
  if (
    typeof n !== 'object' ||
    n === null ||
    !Array.isArray(n.keys) ||
    !Array.isArray(n.refs) ||
    n.keys.length !== n.refs.length ||
    !n.keys.every((k) => typeof k === 'number' || typeof k === 'string') ||
    !n.refs.every(isBlockRef)
  )
    throw new TreeError(place, 'a tree node needs keys and block references of the same length');
  return n as TreeNode;
}

/** A malformed node; the reader reports it as a format error of its place. */
export class TreeError extends Error {
  constructor(
    readonly place: string,
    message: string,
  ) {
    super(message);
  }
}
