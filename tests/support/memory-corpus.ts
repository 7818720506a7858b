/**
 * Corpus files in memory, for the reader's unit tests: a pack of blocks written one a line as the
 * build writes them (each with its checksum), trees over them, and a store that logs every request.
 */
import { createHash } from 'node:crypto';
import type { CorpusStore } from '../../src/data/corpus-fetch';
import { corpusFiles, type CorpusFiles } from '../../src/data/corpus-files';
import type { CorpusManifest } from '../../src/data/corpus-format';
import { buildTree, type BlockRef, type TreeKey, type TreeRoot } from '../../src/data/corpus-tree';

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
export const shaOf = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A pack file of blocks, one a line. */
export function pack(path: string) {
  let text = '';
  const write = (block: string): BlockRef => {
    const at = bytesOf(text).length;
    text += `${block}\n`;
    const b = bytesOf(block);
    return [path, at, b.length, shaOf(b)];
  };
  return { path, write, bytes: () => bytesOf(text) };
}

/** A store over `files`, logging each request as `path` or `path offset+length`, and the size passed. */
export function memoryStore(files: Map<string, Uint8Array>) {
  const asked: string[] = [];
  const sizes: (number | undefined)[] = [];
  const store: CorpusStore = {
    async get(path, range, size) {
      asked.push(range === undefined ? path : `${path} ${range.offset}+${range.length}`);
      sizes.push(size);
      const b = files.get(path);
      if (b === undefined) throw new Error(`no file ${path}`);
      return range === undefined ? b : b.slice(range.offset, range.offset + range.length);
    },
  };
  return { store, asked, sizes };
}

/** One tree of a corpus: `blocks` (each a JSON value, by its smallest key) in one pack, nodes of `fanout`. */
export function memoryTree(
  name: string,
  blocks: readonly { key: TreeKey; value: unknown }[],
  fanout = 2,
): { root: TreeRoot; path: string; bytes: Uint8Array } {
  const p = pack(`${name}/0000.jsonl`);
  const leaves = blocks.map((b) => ({ key: b.key, ref: p.write(JSON.stringify(b.value)) }));
  const root = buildTree(leaves, p.write, fanout);
  return { root, path: p.path, bytes: p.bytes() };
}

/** Corpus files over trees in memory (each listed in the manifest's files), and the store's log. */
export function memoryCorpus(
  trees: Readonly<Record<string, ReturnType<typeof memoryTree>>>,
  manifest: Partial<CorpusManifest> = {},
): { files: CorpusFiles; asked: string[]; disk: Map<string, Uint8Array> } {
  const disk = new Map(Object.values(trees).map((t) => [t.path, t.bytes]));
  const m = {
    files: Object.values(trees).map((t) => ({ path: t.path, bytes: t.bytes.length, sha256: shaOf(t.bytes) })),
    trees: Object.fromEntries(Object.entries(trees).map(([k, t]) => [k, t.root])),
    ...manifest,
  } as unknown as CorpusManifest;
  const s = memoryStore(disk);
  return { files: corpusFiles(s.store, m), asked: s.asked, disk };
}
