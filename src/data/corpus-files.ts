/**
 * The first step of reading a corpus: its files and the blocks of its trees, fetched once each and
 * checked before anything is parsed (a file against the size and SHA-256 the manifest lists, a block
 * against the reference its parent node gives). The other readers (skeleton, details, search) build on
 * what this hands out.
 */
import type { CorpusManifest, FileEntry, TreeName } from './corpus-format';
import type { CorpusStore } from './corpus-fetch';
import { checkRef, CorpusError } from './corpus-guard';
import { adjacentRuns, TreeError, treeLookup, type BlockRef } from './corpus-tree';

/** Whether this page can check checksums: browsers offer WebCrypto on HTTPS and localhost only. */
export const canCheck = (): boolean => typeof globalThis.crypto?.subtle?.digest === 'function';

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Refuses `bytes` unless they are `length` long with checksum `sha`: the one check of every file, tree
 * block and row group the corpus lists (`what` names the thing refused, for a whole file).
 */
export async function checkBytes(
  bytes: Uint8Array,
  length: number,
  sha: string,
  place: string,
  what = '',
): Promise<void> {
  if (bytes.length !== length || (await sha256(bytes)) !== sha)
    throw new CorpusError(place, 'checksum', `${what}does not match its checksum`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 JSON; anything else is a `CorpusError` at `place`. */
export function parseJson<T>(place: string, bytes: Uint8Array): T {
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch (e) {
    throw new CorpusError(place, 'invalid', errorText(e));
  }
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A corpus's files and tree blocks, each fetched and checked once. */
export interface CorpusFiles {
  readonly store: CorpusStore;
  readonly manifest: CorpusManifest;
  /** The result of `make` under `key`, made once (a failure may be retried). */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** A file the manifest lists, checked whole and parsed as JSON (once). */
  json<T>(entry: FileEntry): Promise<T>;
  entry(path: string): FileEntry;
  /** One block of a tree, checked against its reference and parsed (once). */
  block(ref: BlockRef, place: string): Promise<unknown>;
  /** Blocks in order; neighbours in a pack come in one request, each still checked on its own. */
  blocks(refs: readonly BlockRef[], place: string): Promise<unknown[]>;
  /** The block of tree `t` that holds `key`, or null. */
  lookup(t: TreeName, key: number | string): Promise<unknown>;
  /** The item with `id` of a list block of tree `t` (sorted by id), or undefined. */
  inList<T>(t: TreeName, id: string, idOf: (x: T) => unknown): Promise<T | undefined>;
  /** Runs a tree walk, its malformed nodes told as `CorpusError`s. */
  inTree<T>(run: () => Promise<T>): Promise<T>;
}

export function corpusFiles(store: CorpusStore, manifest: CorpusManifest): CorpusFiles {
  const sizes = new Map(manifest.files.map((f) => [f.path, f.bytes]));
  const once = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    let p = once.get(key) as Promise<T> | undefined;
    if (p === undefined) {
      p = make();
      once.set(key, p);
      p.catch(() => once.delete(key));
    }
    return p;
  };
  const entry = (path: string): FileEntry => {
    const f = manifest.files.find((e) => e.path === path);
    if (f === undefined) throw new CorpusError(path, 'format', 'not listed in the manifest');
    return f;
  };
  const json = <T>(f: FileEntry): Promise<T> =>
    memo(f.path, async () => {
      const bytes = await store.get(f.path, undefined, f.bytes);
      await checkBytes(bytes, f.bytes, f.sha256, f.path, 'the file ');
      return parseJson<T>(f.path, bytes);
    });
  const checkBlock = async (ref: BlockRef, bytes: Uint8Array): Promise<unknown> => {
    const [path, offset, length, sha] = ref;
    const place = `${path} bytes ${offset}–${offset + length}`;
    await checkBytes(bytes, length, sha, place);
    return parseJson<unknown>(place, bytes);
  };
  const key = (r: BlockRef): string => `block:${r[0]}:${r[1]}`;
  const block = (ref: BlockRef, place: string): Promise<unknown> =>
    memo(key(ref), async () => {
      checkRef(ref, place);
      return checkBlock(ref, await store.get(ref[0], { offset: ref[1], length: ref[2] }, sizes.get(ref[0])));
    });
  const blocks = async (refs: readonly BlockRef[], place: string): Promise<unknown[]> => {
    for (const run of adjacentRuns(refs.filter((r) => !once.has(key(r))))) {
      if (run.length === 1) continue;
      run.forEach((r) => checkRef(r, place));
      const first = run[0] as BlockRef;
      const last = run[run.length - 1] as BlockRef;
      const span = store.get(
        first[0],
        { offset: first[1], length: last[1] + last[2] - first[1] },
        sizes.get(first[0]),
      );
      for (const r of run)
        memo(key(r), async () =>
          checkBlock(r, (await span).subarray(r[1] - first[1], r[1] - first[1] + r[2])),
        );
    }
    return Promise.all(refs.map((r) => block(r, place)));
  };
  const inTree = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof TreeError) throw new CorpusError(e.place, 'format', e.message);
      throw e;
    }
  };
  const lookup = (t: TreeName, k: number | string): Promise<unknown> =>
    inTree(() => treeLookup(block, manifest.trees[t], k, `${t} tree`));
  const inList = async <T>(t: TreeName, id: string, idOf: (x: T) => unknown): Promise<T | undefined> => {
    const list = await lookup(t, id);
    if (list === null) return undefined;
    if (!Array.isArray(list)) throw new CorpusError(`${t} tree`, 'format', 'a block is not a list');
    return (list as T[]).find((x) => idOf(x) === id);
  };
  return { store, manifest, memo, json, entry, block, blocks, lookup, inList, inTree };
}
