/**
 * The first step of reading a corpus, over an in-memory store: each file and block fetched once and
 * checked against its size and SHA-256 before it is parsed, neighbouring blocks in one request, and
 * every refusal naming its file or byte range.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canCheck, checkBytes, corpusFiles, errorText, parseJson, sha256 } from '../../src/data/corpus-files';
import type { CorpusManifest, FileEntry } from '../../src/data/corpus-format';
import { CorpusError } from '../../src/data/corpus-guard';
import { buildTree, type BlockRef } from '../../src/data/corpus-tree';
import { bytesOf, memoryStore, pack, shaOf } from '../support/memory-corpus';

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

afterEach(() => vi.unstubAllGlobals());

describe('checksums and JSON', () => {
  it('computes SHA-256 as hex', async () => {
    expect(await sha256(bytesOf('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256(new Uint8Array([0, 1]))).toBe(shaOf(new Uint8Array([0, 1])));
  });

  it('refuses bytes of another length or another checksum, naming the place', async () => {
    const b = bytesOf('{"a":1}');
    await expect(checkBytes(b, b.length, shaOf(b), 'x')).resolves.toBeUndefined();
    for (const [length, sha] of [
      [b.length + 1, shaOf(b)],
      [b.length - 1, shaOf(b)],
      [b.length, shaOf(bytesOf('{"a":2}'))],
    ] as const)
      expect(await refusal(checkBytes(b, length, sha, 'events/0000.jsonl bytes 0–7'))).toMatchObject({
        place: 'events/0000.jsonl bytes 0–7',
        code: 'checksum',
        message: 'events/0000.jsonl bytes 0–7: does not match its checksum',
      });
  });

  it('parses strict UTF-8 JSON, and says why anything else is refused', () => {
    expect(parseJson('x', bytesOf('{"ب":[1]}'))).toStrictEqual({ ب: [1] });
    expect(() => parseJson('x', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toThrow(CorpusError);
    // A byte UTF-8 never holds, inside a string: refused, not read as U+FFFD.
    expect(() => parseJson('x', new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toThrow(CorpusError);
    try {
      parseJson('sources.json', bytesOf('{oops'));
    } catch (e) {
      expect(e).toMatchObject({ place: 'sources.json', code: 'invalid' });
      expect((e as Error).message).toMatch(/^sources\.json: .*JSON/);
    }
    expect(errorText(new Error('why'))).toBe('why');
    expect(errorText('plain')).toBe('plain');
  });

  it('can check where WebCrypto is offered, and not where it is missing', () => {
    expect(canCheck()).toBe(true);
    vi.stubGlobal('crypto', {});
    expect(canCheck()).toBe(false);
    vi.stubGlobal('crypto', undefined);
    expect(canCheck()).toBe(false);
  });
});

describe('a corpus’s files, each fetched and checked once', () => {
  const sources = bytesOf('[{"id":"s1"}]');
  const entry: FileEntry = { path: 'sources.json', bytes: sources.length, sha256: shaOf(sources) };
  const manifest = (extra: Partial<CorpusManifest> = {}): CorpusManifest =>
    ({ files: [entry, { path: 'p/0000.jsonl', bytes: 0, sha256: '' }], trees: {}, ...extra }) as never;

  it('names a file the manifest does not list', () => {
    const files = corpusFiles(memoryStore(new Map()).store, manifest());
    expect(files.entry('sources.json')).toBe(entry);
    try {
      files.entry('other.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        place: 'other.json',
        code: 'format',
        message: 'other.json: not listed in the manifest',
      });
    }
  });

  it('fetches a file once, with its listed size, and parses it', async () => {
    const { store, asked, sizes } = memoryStore(new Map([['sources.json', sources]]));
    const files = corpusFiles(store, manifest());
    expect(await files.json(entry)).toStrictEqual([{ id: 's1' }]);
    expect(await files.json(entry)).toStrictEqual([{ id: 's1' }]);
    expect(asked).toStrictEqual(['sources.json']);
    expect(sizes).toStrictEqual([sources.length]);
  });

  it('refuses a file of another size or checksum, and asks again next time', async () => {
    const disk = new Map([['sources.json', bytesOf('[{"id":"s2"}]')]]);
    const { store, asked } = memoryStore(disk);
    const files = corpusFiles(store, manifest());
    expect(await refusal(files.json(entry))).toMatchObject({
      place: 'sources.json',
      code: 'checksum',
      message: 'sources.json: the file does not match its checksum',
    });
    disk.set('sources.json', bytesOf('[{"id":"s1"} ]'));
    expect((await refusal(files.json(entry))).code).toBe('checksum');
    disk.set('sources.json', sources);
    expect(await files.json(entry)).toStrictEqual([{ id: 's1' }]);
    expect(asked).toHaveLength(3);
  });

  it('keeps what it made under a key, and makes it again after a failure', async () => {
    const files = corpusFiles(memoryStore(new Map()).store, manifest());
    let made = 0;
    const make = async () => ++made;
    expect(await files.memo('k', make)).toBe(1);
    expect(await files.memo('k', make)).toBe(1);
    expect(await files.memo('other', make)).toBe(2);
    await expect(files.memo('bad', () => Promise.reject(new Error('once')))).rejects.toThrow('once');
    expect(await files.memo('bad', make)).toBe(3);
  });
});

describe('tree blocks, checked against their references', () => {
  function corpus(blocks: string[]) {
    const p = pack('p/0000.jsonl');
    const refs = blocks.map((b) => p.write(b));
    const bytes = p.bytes();
    const disk = new Map([['p/0000.jsonl', bytes]]);
    const m = {
      files: [{ path: 'p/0000.jsonl', bytes: bytes.length, sha256: shaOf(bytes) }],
      trees: {},
    } as unknown as CorpusManifest;
    const s = memoryStore(disk);
    return { refs, disk, ...s, files: corpusFiles(s.store, m), size: bytes.length };
  }

  it('reads one block by its range, with the pack’s size, once', async () => {
    const c = corpus(['[1]', '{"b":2}']);
    expect(await c.files.block(c.refs[1]!, 'events tree')).toStrictEqual({ b: 2 });
    expect(await c.files.block(c.refs[1]!, 'events tree')).toStrictEqual({ b: 2 });
    expect(c.asked).toStrictEqual(['p/0000.jsonl 4+7']);
    expect(c.sizes).toStrictEqual([c.size]);
  });

  it('names the byte range of a block that does not match its reference', async () => {
    const c = corpus(['[1]', '[2]']);
    const [path, offset, length] = c.refs[1]!;
    const wrong: BlockRef = [path, offset, length, shaOf(bytesOf('[3]'))];
    expect(await refusal(c.files.block(wrong, 'ids tree'))).toMatchObject({
      place: 'p/0000.jsonl bytes 4–7',
      code: 'checksum',
    });
    const broken = corpus(['[1', '[2]']);
    expect(await refusal(broken.files.block(broken.refs[0]!, 'ids tree'))).toMatchObject({
      place: 'p/0000.jsonl bytes 0–2',
      code: 'invalid',
    });
  });

  it('refuses a reference out of the corpus or too large before asking for it', async () => {
    const c = corpus(['[1]']);
    const out: BlockRef = ['../secret', 0, 3, c.refs[0]![3]];
    expect(await refusal(c.files.block(out, 'ids tree'))).toMatchObject({
      place: 'ids tree',
      code: 'format',
    });
    const big: BlockRef = ['p/0000.jsonl', 0, 10 * 1024 * 1024, c.refs[0]![3]];
    expect((await refusal(c.files.block(big, 'ids tree'))).code).toBe('too-large');
    expect(c.asked).toStrictEqual([]);
    // Neighbours read in one request are each held to the limit before it is made.
    const [path, offset, length, sha] = c.refs[0]!;
    const next: BlockRef = [path, offset + length + 1, 10 * 1024 * 1024, sha];
    expect((await refusal(c.files.blocks([c.refs[0]!, next], 'ids tree'))).code).toBe('too-large');
    expect(c.asked).toStrictEqual([]);
  });

  it('reads neighbouring blocks in one request, each still checked on its own', async () => {
    const c = corpus(['[0]', '[1]', '[2]', '[3]', '[4]']);
    const [a, b, , d, e] = c.refs as BlockRef[];
    // A gap (the third block) splits them in two runs; a run of one is read as a block.
    expect(await c.files.blocks([a!, b!, d!, e!], 'search tree')).toStrictEqual([[0], [1], [3], [4]]);
    expect(c.asked).toStrictEqual(['p/0000.jsonl 0+7', 'p/0000.jsonl 12+7']);
    // Blocks already read are not asked for again; the one left is read alone.
    expect(await c.files.blocks([a!, b!, c.refs[2]!], 'search tree')).toStrictEqual([[0], [1], [2]]);
    expect(c.asked.slice(2)).toStrictEqual(['p/0000.jsonl 8+3']);
  });

  it('refuses one changed block of a run, and reads the others of it', async () => {
    const c = corpus(['[0]', '[1]', '[2]']);
    const bytes = c.disk.get('p/0000.jsonl')!;
    bytes[5] = '7'.charCodeAt(0);
    const results = await Promise.allSettled(c.refs.map((r) => c.files.blocks([r], 'x')));
    expect(results.map((r) => r.status)).toStrictEqual(['fulfilled', 'rejected', 'fulfilled']);
    const run = corpus(['[0]', '[1]', '[2]']);
    run.disk.get('p/0000.jsonl')![5] = '7'.charCodeAt(0);
    expect(await refusal(run.files.blocks(run.refs, 'x'))).toMatchObject({ place: 'p/0000.jsonl bytes 4–7' });
    expect(await run.files.block(run.refs[2]!, 'x')).toStrictEqual([2]);
    expect(run.asked).toStrictEqual(['p/0000.jsonl 0+11']);
  });
});

describe('looking up in a tree', () => {
  function tree(lists: Record<string, unknown>) {
    const p = pack('t/0000.jsonl');
    const leaves = Object.entries(lists).map(([key, v]) => ({ key, ref: p.write(JSON.stringify(v)) }));
    const root = buildTree(leaves, p.write, 2);
    const bytes = p.bytes();
    const m = {
      files: [{ path: 't/0000.jsonl', bytes: bytes.length, sha256: shaOf(bytes) }],
      trees: { ids: root, sources: root },
    } as unknown as CorpusManifest;
    return corpusFiles(memoryStore(new Map([['t/0000.jsonl', bytes]])).store, m);
  }

  it('finds an item of a list block by its id, and nothing below the first key', async () => {
    const files = tree({
      b: [
        ['b', 1],
        ['c', 2],
      ],
      d: [['d', 3]],
      f: [['f', 4]],
    });
    const idOf = (x: unknown) => (x as [string])[0];
    expect(await files.inList('ids', 'c', idOf)).toStrictEqual(['c', 2]);
    expect(await files.inList('ids', 'f', idOf)).toStrictEqual(['f', 4]);
    expect(await files.inList('ids', 'e', idOf)).toBeUndefined();
    expect(await files.inList('ids', 'a', idOf)).toBeUndefined();
    expect(await files.lookup('ids', 'a')).toBeNull();
  });

  it('refuses a block that is not a list, and a malformed node, as format errors of the tree', async () => {
    const files = tree({ b: { not: 'a list' } });
    expect(await refusal(files.inList('sources', 'b', () => 'b'))).toMatchObject({
      place: 'sources tree',
      code: 'format',
      message: 'sources tree: a block is not a list',
    });
    const p = pack('t/0000.jsonl');
    const root = p.write('{"keys":[1],"refs":[]}');
    const bytes = p.bytes();
    const bad = corpusFiles(memoryStore(new Map([['t/0000.jsonl', bytes]])).store, {
      files: [{ path: 't/0000.jsonl', bytes: bytes.length, sha256: shaOf(bytes) }],
      trees: { ids: { root, depth: 1, blocks: 1 } },
    } as unknown as CorpusManifest);
    expect(await refusal(bad.lookup('ids', 1))).toMatchObject({ place: 'ids tree', code: 'format' });
    const other = new Error('not a tree error');
    await expect(bad.inTree(() => Promise.reject(other))).rejects.toBe(other);
    expect(await bad.inTree(async () => 5)).toBe(5);
  });
});
