/**
 * Hostile corpora (the security review's H1, M1, L1–L6): a corpus built from the bundled dataset, then
 * forged as an attacker who owns every file would forge it (checksums recomputed), is refused with a
 * `CorpusError` naming the file and the place, before anything large is decoded. Every limit is tried
 * at its maximum and one past it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { fileStore } from '../../src/cli/corpus-store';
import { readDatasetFiles } from '../../src/cli/files';
import {
  assembleDataset,
  checkDensity,
  checkManifest,
  CORPUS_LIMITS,
  CorpusError,
  fetchStore,
  openCorpus,
  readFooter,
  writeSkeleton,
  type CorpusManifest,
  type CorpusStore,
  type SkeletonRow,
} from '../../src/data';
import { checkRef, TIME_MAX, TIME_MIN } from '../../src/data/corpus-guard';
import { rowGroupProblem } from '../../src/data/corpus-parquet';

type Json = Record<string, any>;
const tmp = mkdtempSync(join(tmpdir(), 'riwayat-hostile-corpus-'));
const dir = join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let manifest: Json;
beforeAll(async () => {
  const assembled = assembleDataset(readDatasetFiles('data').files);
  if (!assembled.ok) throw new Error('the bundled dataset does not assemble');
  writeFileSync(join(tmp, 'bundled.json'), JSON.stringify(assembled.dataset));
  const built = await buildCorpus(join(tmp, 'bundled.json'), dir);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
}, 60_000);

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const copy = (): Json => structuredClone(manifest);

/** The built corpus with its manifest replaced and some files swapped for forged bytes. */
function forged(m: Json, files = new Map<string, Uint8Array>()): CorpusStore {
  const disk = fileStore(dir);
  return {
    async get(path, range) {
      const bytes =
        path === 'manifest.json'
          ? new TextEncoder().encode(JSON.stringify(m))
          : (files.get(path) ?? (await disk.get(path)));
      return range === undefined ? bytes : bytes.slice(range.offset, range.offset + range.length);
    },
  };
}

/** Rewrites the skeleton as one Parquet file of `rows`, every checksum and count recomputed. */
function withSkeleton(rows: SkeletonRow[], groupRows = 4096): { m: Json; files: Map<string, Uint8Array> } {
  const m = copy();
  const written = writeSkeleton(rows, groupRows);
  const path = m['skeleton'][0].path as string;
  const bytes = written.bytes;
  let first = 0;
  m['skeleton'] = [
    {
      path,
      bytes: bytes.length,
      sha256: sha(bytes),
      firstRow: 0,
      rows: rows.length,
      footer: {
        ...written.footer,
        sha256: sha(bytes.slice(written.footer.offset, written.footer.offset + written.footer.length)),
      },
      rowGroups: written.rowGroups.map((g) => {
        const part = rows.slice(first, (first += g.rows));
        return {
          rows: g.rows,
          offset: g.offset,
          length: g.length,
          sha256: sha(bytes.slice(g.offset, g.offset + g.length)),
          startMin: Math.min(...part.map((r) => r.start_ms)),
          startMax: Math.max(...part.map((r) => r.start_ms)),
          endMax: Math.max(...part.map((r) => r.end_ms)),
        };
      }),
    },
  ];
  m['files'] = (m['files'] as Json[]).map((f) =>
    f['path'] === path ? { path, bytes: bytes.length, sha256: sha(bytes) } : f,
  );
  m['counts'].events = rows.length;
  const lanes = new Map<string, number>();
  // A row of a kind that is no lane is counted in the first lane: the row check is what refuses it.
  const known = new Set((manifest['lanes'] as Json[]).map((l) => l['id'] as string));
  for (const r of rows) {
    const lane = known.has(r.kind) ? r.kind : rows[0]!.kind === r.kind ? 'diplomacy' : rows[0]!.kind;
    lanes.set(lane, (lanes.get(lane) ?? 0) + 1);
  }
  m['lanes'] = [...lanes].map(([id, events]) => ({ id, events }));
  m['rowGroupRows'] = groupRows;
  return { m, files: new Map([[path, bytes]]) };
}

async function skeletonRows(): Promise<SkeletonRow[]> {
  const corpus = await openCorpus(fileStore(dir));
  return (await corpus.window(-1e16, 1e16)).map((placed) => {
    const r: Record<string, unknown> = { ...placed };
    delete r['row'];
    return r as unknown as SkeletonRow;
  });
}

/** The error a promise rejects with (it must reject with a CorpusError). */
async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}
const refused = (f: () => unknown): CorpusError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return e as CorpusError;
  }
  throw new Error('not refused');
};

describe('H1: the manifest is checked field by field', () => {
  it('accepts the manifest the build wrote', () => {
    expect(() => checkManifest(copy())).not.toThrow();
  });

  it.each([
    ['a time that is not a number', { start: 'garbage', end: null }],
    ['times beyond any date', { start: -1e300, end: 1e300 }],
    ['the whole range of Date', { start: -8.64e15, end: 8.64e15 }],
    ['a reversed time', { start: 1_700_000_000_000, end: 1_600_000_000_000 }],
  ])('refuses %s', async (_, time) => {
    const e = await refusal(openCorpus(forged({ ...copy(), time })));
    expect(e.place).toBe('manifest.json');
    expect(e.message).toContain('$.time');
  });

  it('takes the years 0000–9999 and nothing beyond', () => {
    expect(() => checkManifest({ ...copy(), time: { start: TIME_MIN, end: TIME_MAX } })).not.toThrow();
    refused(() => checkManifest({ ...copy(), time: { start: TIME_MIN - 1, end: TIME_MAX } }));
    refused(() => checkManifest({ ...copy(), time: { start: TIME_MIN, end: TIME_MAX + 1 } }));
  });

  it.each(['__proto__', 'constructor', 'toString', 'defence-call vis-hidden" onmouseover="x', 'x'])(
    'refuses a lane called %j',
    (id) => {
      const m = copy();
      m['lanes'] = [{ id, events: 0 }, ...(m['lanes'] as Json[])];
      const e = refused(() => checkManifest(JSON.parse(JSON.stringify(m))));
      expect(e.message).toContain('$.lanes[0]');
    },
  );

  it('refuses a lane listed twice and lanes that do not hold every event', () => {
    const m = copy();
    const lanes = m['lanes'] as Json[];
    expect(refused(() => checkManifest({ ...m, lanes: [...lanes, lanes[0]] })).message).toContain(
      'listed twice',
    );
    expect(refused(() => checkManifest({ ...m, lanes: lanes.slice(1) })).message).toContain('every event');
  });

  it('refuses counts that the skeleton does not hold ("60 of 1,000,000,000 events")', () => {
    const m = copy();
    expect(refused(() => checkManifest({ ...m, counts: { ...m['counts'], events: 1e9 } })).message).toMatch(
      /every event|more than/,
    );
  });

  it('checks the title as a dataset title is checked', () => {
    const m = copy();
    const over = (ar: string) => checkManifest({ ...m, title: { ...m['title'], ar } });
    expect(() => over('x'.repeat(500))).not.toThrow();
    expect(refused(() => over('x'.repeat(501))).message).toContain('$.title.ar');
    expect(refused(() => over(`\u202Egnp.exe`)).message).toContain('U+202E');
    expect(refused(() => checkManifest({ ...m, title: null })).place).toBe('manifest.json');
  });
});

describe('H1, L5: every skeleton row is checked before it is shown', () => {
  it('refuses two rows with one id, naming the file and row group', async () => {
    const rows = await skeletonRows();
    const same = rows.map((r) => ({ ...r, id: rows[0]!.id }));
    const { m, files } = withSkeleton(same);
    const e = await refusal((await openCorpus(forged(m, files))).window(-1e16, 1e16));
    expect(e.place).toMatch(/^events-0000\.parquet row group 0 row \d+$/);
    expect(e.message).toContain('used more than once');
  });

  it.each<[string, (r: SkeletonRow) => SkeletonRow, string]>([
    ['a start that is not a date', (r) => ({ ...r, start: 'garbage' }), '.start'],
    ['a day that does not exist', (r) => ({ ...r, start: '2024-02-30' }), '.start'],
    [
      'a kind that is not a lane',
      (r) => ({ ...r, kind: 'defence-call vis-hidden' as never }),
      'precision, basis or kind',
    ],
    ['a basis not allowed', (r) => ({ ...r, basis: 'hearsay' as never }), 'precision, basis or kind'],
    ['a title of 501 characters', (r) => ({ ...r, title_en: 'x'.repeat(501) }), '.title.en'],
    ['a title with U+202E', (r) => ({ ...r, title_ar: `\u202Eabc` }), 'U+202E'],
    ['times that are not its dates', (r) => ({ ...r, start_ms: r.start_ms + 1 }), 'start_ms'],
    ['an id that is not an id', (r) => ({ ...r, id: '<img src=x>' as never }), '.id'],
  ])('refuses %s', async (_, change, said) => {
    const rows = await skeletonRows();
    const { m, files } = withSkeleton([change(rows[0]!), ...rows.slice(1)]);
    const e = await refusal((await openCorpus(forged(m, files))).window(-1e16, 1e16));
    expect(e.place).toBe('events-0000.parquet row group 0 row 0');
    expect(e.message).toContain(said);
  });
});

describe('M1: sizes are checked before anything is decoded', () => {
  it('refuses a row with a title of 2,000,000 characters before decoding its row group', async () => {
    const rows = await skeletonRows();
    const { m, files } = withSkeleton([{ ...rows[0]!, title_en: 'x'.repeat(2_000_000) }, ...rows.slice(1)]);
    const e = await refusal((await openCorpus(forged(m, files))).window(-1e16, 1e16));
    expect(e.place).toBe('events-0000.parquet row group 0');
    expect(e.message).toContain('unpacks to more than');
  });

  const limit = (path: string[], value: number): CorpusManifest => {
    const m = copy();
    let at: Json = m;
    for (const k of path.slice(0, -1)) at = at[k] as Json;
    at[path[path.length - 1]!] = value;
    return m as CorpusManifest;
  };
  const code = (f: () => unknown): string | null => {
    try {
      f();
      return null;
    } catch (e) {
      return (e as CorpusError).code;
    }
  };

  it('caps the rows of a row group (max and max + 1)', () => {
    const m = copy();
    m['rowGroupRows'] = CORPUS_LIMITS.rowGroupRows;
    expect(() => checkManifest(m)).not.toThrow();
    m['rowGroupRows'] = CORPUS_LIMITS.rowGroupRows + 1;
    expect(refused(() => checkManifest(m)).message).toContain('$.rowGroupRows');
  });

  it('caps a row group listed honestly with millions of rows', () => {
    const m = copy();
    const g = m['skeleton'][0].rowGroups[0] as Json;
    g['rows'] = m['rowGroupRows'] as number;
    expect(code(() => checkManifest(m))).not.toBe('too-large');
    g['rows'] = (m['rowGroupRows'] as number) + 1;
    expect(code(() => checkManifest(m))).toBe('too-large');
    g['rows'] = 5_000_000;
    expect(code(() => checkManifest(m))).toBe('too-large');
  });

  it('caps the declared bytes of a row group, a footer, a density level and the tables (max and max + 1)', () => {
    const group = (n: number) => limit(['skeleton', '0', 'rowGroups', '0', 'length'], n);
    const withBig = (m: CorpusManifest): CorpusManifest => {
      (m as Json)['skeleton'][0].bytes = 1e12;
      return m;
    };
    expect(code(() => checkManifest(withBig(group(CORPUS_LIMITS.rowGroupBytes))))).not.toBe('too-large');
    expect(code(() => checkManifest(withBig(group(CORPUS_LIMITS.rowGroupBytes + 1))))).toBe('too-large');
    const footer = (n: number) => withBig(limit(['skeleton', '0', 'footer', 'length'], n));
    expect(code(() => checkManifest(footer(CORPUS_LIMITS.footerBytes)))).toBeNull();
    expect(code(() => checkManifest(footer(CORPUS_LIMITS.footerBytes + 1)))).toBe('too-large');
    const density = (n: number) => limit(['density', '0', 'bytes'], n);
    expect(code(() => checkManifest(density(CORPUS_LIMITS.densityBytes)))).toBeNull();
    expect(code(() => checkManifest(density(CORPUS_LIMITS.densityBytes + 1)))).toBe('too-large');
    const bins = (n: number) => limit(['density', '0', 'bins'], n);
    expect(code(() => checkManifest(bins(CORPUS_LIMITS.densityBins)))).toBeNull();
    expect(code(() => checkManifest(bins(CORPUS_LIMITS.densityBins + 1)))).toBe('too-large');
    const table = (n: number) => {
      const m = copy();
      (m['files'] as Json[]).find((f) => f['path'] === 'sources.json')!['bytes'] = n;
      return m;
    };
    expect(code(() => checkManifest(table(CORPUS_LIMITS.tableBytes)))).toBeNull();
    expect(code(() => checkManifest(table(CORPUS_LIMITS.tableBytes + 1)))).toBe('too-large');
    const events = (n: number) => limit(['counts', 'events'], n);
    expect(code(() => checkManifest(events(CORPUS_LIMITS.events)))).not.toBe('too-large');
    expect(code(() => checkManifest(events(CORPUS_LIMITS.events + 1)))).toBe('too-large');
  });

  it('caps a block or tree node (max and max + 1)', () => {
    expect(() =>
      checkRef(['events/0000.jsonl', 0, CORPUS_LIMITS.blockBytes, 'a'.repeat(64)], 'x'),
    ).not.toThrow();
    expect(
      refused(() => checkRef(['events/0000.jsonl', 0, CORPUS_LIMITS.blockBytes + 1, 'a'.repeat(64)], 'x'))
        .code,
    ).toBe('too-large');
  });

  it('refuses a Parquet file whose footer holds more rows than the manifest lists, before decoding', async () => {
    const rows = await skeletonRows();
    const many = Array.from({ length: 20_000 }, () => rows[0]!);
    const { m, files } = withSkeleton(many, 8192);
    // The manifest lists one row group of the original rows; the file's footer holds 20,000 rows.
    const lying = copy();
    const file = m['skeleton'][0] as Json;
    lying['skeleton'] = [
      { ...file, rows: rows.length, rowGroups: [{ ...file['rowGroups'][0], rows: rows.length }] },
    ];
    lying['files'] = m['files'];
    const e = await refusal((await openCorpus(forged(lying, files))).window(-1e16, 1e16));
    expect(e.place).toBe('events-0000.parquet footer');
    expect(e.message).toContain('rows');
  });

  it('refuses a row group whose pages hold more values than its rows, before decoding them', async () => {
    const rows = await skeletonRows();
    const many = Array.from({ length: 20_000 }, () => rows[0]!);
    const written = writeSkeleton(many, 20_000);
    const metadata = readFooter(
      written.bytes.slice(written.footer.offset, written.footer.offset + written.footer.length).buffer,
    );
    const g = written.rowGroups[0]!;
    const bytes = written.bytes.slice(g.offset, g.offset + g.length);
    // A compact file: a few KB for 20,000 rows.
    expect(bytes.length).toBeLessThan(20_000);
    expect(rowGroupProblem(metadata, 0, g, bytes, 1e9)).toBeNull();
    expect(rowGroupProblem(metadata, 0, { ...g, rows: 60 }, bytes, 1e9)).toMatch(
      /values for 60 rows|more values/,
    );
  });

  it('refuses a row group that unpacks to more bytes than allowed (max and max + 1)', async () => {
    const rows = await skeletonRows();
    const written = writeSkeleton(rows, 4096);
    const metadata = readFooter(
      written.bytes.slice(written.footer.offset, written.footer.offset + written.footer.length).buffer,
    );
    const g = written.rowGroups[0]!;
    const bytes = written.bytes.slice(g.offset, g.offset + g.length);
    const unpacked = metadata.row_groups[0]!.columns.reduce(
      (n, c) => n + Number(c.meta_data!.total_uncompressed_size),
      0,
    );
    // The page headers' sizes add up to the column chunks' (headers aside): search the exact edge.
    let lo = 0;
    let hi = unpacked;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rowGroupProblem(metadata, 0, g, bytes, mid) === null) hi = mid;
      else lo = mid + 1;
    }
    expect(lo).toBeGreaterThan(bytes.length / 2);
    expect(rowGroupProblem(metadata, 0, g, bytes, lo)).toBeNull();
    expect(rowGroupProblem(metadata, 0, g, bytes, lo - 1)).toContain('unpacks to more than');
  });

  it('refuses a window with more rows than allowed (max and max + 1)', async () => {
    const rows = await skeletonRows();
    const at = (n: number): SkeletonRow[] =>
      Array.from({ length: n }, (_, i) => ({ ...rows[0]!, id: `e${String(i).padStart(6, '0')}` as never }));
    const fits = withSkeleton(at(CORPUS_LIMITS.windowRows), 8192);
    expect(await (await openCorpus(forged(fits.m, fits.files))).window(-1e16, 1e16)).toHaveLength(
      CORPUS_LIMITS.windowRows,
    );
    const over = withSkeleton(at(CORPUS_LIMITS.windowRows + 1), 8192);
    const e = await refusal((await openCorpus(forged(over.m, over.files))).window(-1e16, 1e16));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain(`more than ${CORPUS_LIMITS.windowRows} events in one window`);
  }, 60_000);

  it('checks a density level: lanes of the manifest only, periods in order, no more than it lists', () => {
    const level = manifest['density'][0] as Json;
    const file = JSON.parse(readFileSync(join(dir, level['path'] as string), 'utf8')) as Json;
    const lanes = new Set((manifest['lanes'] as Json[]).map((l) => l['id'] as string));
    const step = { unit: file['unit'], n: file['n'] };
    expect(() => checkDensity(file, level as never, step, lanes)).not.toThrow();
    const lane = Object.keys(file['lanes'])[0]!;
    const proto = JSON.parse(
      `{"unit":"${step.unit}","n":${step.n},"lanes":{"__proto__":{"starts":[0],"counts":[1]}}}`,
    );
    expect(refused(() => checkDensity(proto, level as never, step, lanes)).message).toContain('__proto__');
    expect(
      refused(() =>
        checkDensity(file, { ...level, bins: (level['bins'] as number) - 1 } as never, step, lanes),
      ).message,
    ).toContain('more periods');
    const reversed = structuredClone(file);
    reversed['lanes'][lane].starts.reverse();
    if ((reversed['lanes'][lane].starts as number[]).length > 1)
      expect(refused(() => checkDensity(reversed, level as never, step, lanes)).place).toBe(level['path']);
  });
});

describe('fetchStore: bytes capped as they stream, timeouts, Range, redirects (M1, L1, L2, L4)', () => {
  /** A body that yields `chunks` chunks of `size` bytes, counting how many were pulled. */
  const stream = (chunks: number, size: number) => {
    const pulled = { n: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulled.n >= chunks) return c.close();
        pulled.n++;
        c.enqueue(new Uint8Array(size).fill(32));
      },
    });
    return { body, pulled };
  };
  const serve = (answer: (url: string, init?: RequestInit) => Response | Promise<Response>): typeof fetch =>
    (async (input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init)) as typeof fetch;
  const base = 'https://example.org/c/';

  it('takes a manifest of the maximum size and cuts off one byte more', async () => {
    const max = CORPUS_LIMITS.manifestBytes;
    const at = (n: number) =>
      fetchStore(
        base,
        serve(() => new Response(new Uint8Array(n))),
      );
    expect((await at(max).get('manifest.json')).length).toBe(max);
    expect((await refusal(at(max + 1).get('manifest.json'))).code).toBe('too-large');
  });

  it('stops a gzip-bomb manifest as it inflates, long before it ends', async () => {
    const { body, pulled } = stream(10_000, 64 * 1024); // 640 MB if read to the end
    const store = fetchStore(
      base,
      serve(() => new Response(body, { headers: { 'content-encoding': 'gzip' } })),
    );
    expect((await refusal(store.get('manifest.json'))).code).toBe('too-large');
    expect(pulled.n).toBeLessThan(CORPUS_LIMITS.manifestBytes / (64 * 1024) + 4);
  });

  it('refuses a file larger than the manifest says (max and max + 1)', async () => {
    const at = (n: number) =>
      fetchStore(
        base,
        serve(() => new Response(stream(1, n).body)),
      );
    expect((await at(100).get('sources.json', undefined, 100)).length).toBe(100);
    const e = await refusal(at(101).get('sources.json', undefined, 100));
    expect(e).toMatchObject({ place: 'sources.json', code: 'too-large' });
  });

  it('refuses a ranged answer longer than the range', async () => {
    const store = fetchStore(
      base,
      serve(() => new Response(new Uint8Array(11), { status: 206 })),
    );
    expect((await store.get('a.jsonl', { offset: 0, length: 11 }, 1000)).length).toBe(11);
    expect((await refusal(store.get('a.jsonl', { offset: 0, length: 10 }, 1000))).code).toBe('too-large');
  });

  it('gives up on a server that says nothing, and on a body that stalls', async () => {
    const never = serve(
      (_, init) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const e = await refusal(fetchStore(base, never, { stallMs: 50 }).get('manifest.json'));
    expect(e).toMatchObject({ place: 'manifest.json', code: 'timeout' });
    const stalled = serve(
      (_, init) =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new Uint8Array(10));
              init?.signal?.addEventListener('abort', () =>
                c.error(new DOMException('aborted', 'AbortError')),
              );
            },
          }),
        ),
    );
    expect((await refusal(fetchStore(base, stalled, { stallMs: 50 }).get('manifest.json'))).code).toBe(
      'timeout',
    );
  });

  it('notices a server that ignores Range once, and then fetches each file whole only once', async () => {
    const body = new Uint8Array(100).map((_, i) => i);
    let requests = 0;
    const told: string[] = [];
    const store = fetchStore(
      base,
      serve(() => {
        requests++;
        return new Response(body, { status: 200 });
      }),
      { onNoRange: (p) => told.push(p) },
    );
    expect([...(await store.get('p.jsonl', { offset: 10, length: 3 }, 100))]).toStrictEqual([10, 11, 12]);
    expect([...(await store.get('p.jsonl', { offset: 50, length: 2 }, 100))]).toStrictEqual([50, 51]);
    expect(requests).toBe(1);
    expect(told).toStrictEqual(['p.jsonl']);
    // A whole file beyond the limit is not fetched at all.
    const big = await refusal(
      store.get('q.jsonl', { offset: 0, length: 2 }, CORPUS_LIMITS.wholeFileBytes + 1),
    );
    expect(big.code).toBe('too-large');
    expect(requests).toBe(1);
  });

  it('marks a corpus by where its manifest landed, and refuses a file redirected elsewhere', async () => {
    const landed = (url: string, at: string): Response => {
      const r = new Response('{}');
      Object.defineProperty(r, 'url', { value: at === '' ? url : at });
      return r;
    };
    const store = fetchStore(
      base,
      serve((url) =>
        url.endsWith('manifest.json')
          ? landed(url, 'https://other.example/x/manifest.json')
          : url.includes('evil')
            ? landed(url, 'https://third.example/y.json')
            : landed(url, ''),
      ),
    );
    await store.get('manifest.json');
    expect(store.site()).toBe('https://other.example');
    expect((await store.get('a.json', undefined, 2)).length).toBe(2);
    const e = await refusal(store.get('evil.json', undefined, 2));
    expect(e.message).toContain('redirected to another site (https://third.example)');
  });
});

describe('L3: no WebCrypto', () => {
  it('refuses to open a corpus, saying it needs HTTPS or localhost', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const e = await refusal(openCorpus(fileStore(dir)));
      expect(e.code).toBe('insecure');
      expect(e.message).toContain('HTTPS or localhost');
    } finally {
      if (subtle !== undefined) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
  });
});

describe('L6: a Parquet file that is not Parquet', () => {
  it('is a format error naming the row group, not a failed fetch', async () => {
    const rows = await skeletonRows();
    const { m, files } = withSkeleton(rows);
    const path = m['skeleton'][0].path as string;
    const bytes = files.get(path)!.slice();
    const g = m['skeleton'][0].rowGroups[0] as Json;
    for (let i = g['offset'] as number; i < (g['offset'] as number) + (g['length'] as number); i++)
      bytes[i] = 0xab;
    g['sha256'] = sha(bytes.slice(g['offset'], g['offset'] + g['length']));
    const e = await refusal((await openCorpus(forged(m, new Map([[path, bytes]])))).window(-1e16, 1e16));
    expect(e).toMatchObject({ place: 'events-0000.parquet row group 0', code: 'format' });
  });
});

describe('every checksummed file, tampered with one byte, is refused with the file named', () => {
  /** The built file at `path` with the byte at `at` changed, its length kept. */
  const flipped = async (path: string, at: number): Promise<Map<string, Uint8Array>> => {
    const bytes = (await fileStore(dir).get(path)).slice();
    bytes[at] = (bytes[at] as number) ^ 0x01;
    return new Map([[path, bytes]]);
  };

  it('the manifest: what it declares must add up, or it is refused as manifest.json', async () => {
    const m = copy();
    m['counts'].events += 1;
    const e = await refusal(openCorpus(forged(m)));
    expect(e).toMatchObject({ place: 'manifest.json', code: 'invalid' });
    expect(e.message).toBe('manifest.json: the skeleton does not hold every event');
  });

  it('the manifest: a checksum it lists that is not the file’s refuses that file', async () => {
    const m = copy();
    const entry = (m['files'] as Json[]).find((f) => f['path'] === 'sources.json')!;
    entry['sha256'] = (entry['sha256'] as string).replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const e = await refusal((await openCorpus(forged(m))).sources());
    expect(e).toMatchObject({ place: 'sources.json', code: 'checksum' });
  });

  it.each([
    ['sources.json', (c: Awaited<ReturnType<typeof openCorpus>>) => c.sources()],
    ['entities.json', (c: Awaited<ReturnType<typeof openCorpus>>) => c.entities()],
  ])('%s', async (path, read) => {
    const files = await flipped(path, 10);
    const e = await refusal(read(await openCorpus(forged(copy(), files))));
    expect(e).toMatchObject({ place: path, code: 'checksum' });
    expect(e.message).toBe(`${path}: the file does not match its checksum`);
  });

  it('a density level', async () => {
    const level = manifest['density'][0] as Json;
    const files = await flipped(level['path'] as string, 5);
    const corpus = await openCorpus(forged(copy(), files));
    const e = await refusal(corpus.density(level as never, 0, 1));
    expect(e).toMatchObject({ place: level['path'], code: 'checksum' });
  });

  it('a tree block (the ids tree’s root)', async () => {
    const [path, offset, length] = manifest['trees'].ids.root as [string, number, number];
    const files = await flipped(path, offset + 1);
    const e = await refusal((await openCorpus(forged(copy(), files))).find('no-such-event'));
    expect(e).toMatchObject({ place: `${path} bytes ${offset}–${offset + length}`, code: 'checksum' });
  });

  it('a Parquet row group and a Parquet footer', async () => {
    const s = manifest['skeleton'][0] as Json;
    const group = s['rowGroups'][0] as Json;
    const inGroup = await flipped(s['path'] as string, (group['offset'] as number) + 3);
    const e1 = await refusal((await openCorpus(forged(copy(), inGroup))).window(-1e16, 1e16));
    expect(e1).toMatchObject({ place: `${s['path'] as string} row group 0`, code: 'checksum' });
    const inFooter = await flipped(s['path'] as string, (s['footer']['offset'] as number) + 3);
    const e2 = await refusal((await openCorpus(forged(copy(), inFooter))).window(-1e16, 1e16));
    expect(e2).toMatchObject({ place: `${s['path'] as string} footer`, code: 'checksum' });
  });
});
