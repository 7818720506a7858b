import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpusInput } from '../../bench/corpus-input';
import { buildCorpus } from '../../src/cli/corpus';
import { fileStore } from '../../src/cli/corpus-store';
import {
  assembleDataset,
  checkManifest,
  CorpusError,
  eventWords,
  fetchStore,
  openCorpus,
  queryWords,
  type Corpus,
} from '../../src/data';
import { readDatasetFiles } from '../../src/cli/files';
import {
  binEdges,
  BIN_STEPS,
  buildTimeIndex,
  countBins,
  laneStarts,
  type Dataset,
  type TimelineEvent,
} from '../../src/domain';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-corpus-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every event of a corpus, read back through the reader, in the corpus's order. */
async function readAll(corpus: Corpus): Promise<TimelineEvent[]> {
  const rows = await corpus.window(-1e16, 1e16);
  return Promise.all(rows.map((r) => corpus.event(r)));
}

function readJsonl(path: string): TimelineEvent[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as TimelineEvent);
}

describe('corpus from the bundled dataset', () => {
  let dataset: Dataset;
  let corpus: Corpus;
  beforeAll(async () => {
    const { files } = readDatasetFiles('data');
    const assembled = assembleDataset(files);
    if (!assembled.ok) throw new Error('the bundled dataset does not assemble');
    dataset = assembled.dataset;
    writeFileSync(join(tmp, 'bundled.json'), JSON.stringify(dataset));
    const built = await buildCorpus(join(tmp, 'bundled.json'), join(tmp, 'bundled'));
    if (!built.ok) throw new Error(built.problems.join('\n'));
    corpus = await openCorpus(fileStore(join(tmp, 'bundled')));
  });

  it('reads back every event exactly, in time order, with the title, sources, entities and articles', async () => {
    const expected = buildTimeIndex(dataset.events).events;
    expect(await readAll(corpus)).toStrictEqual(expected);
    expect(corpus.manifest.title).toStrictEqual(dataset.title);
    expect(corpus.manifest.counts.events).toBe(dataset.events.length);
    expect(await corpus.entities()).toStrictEqual(dataset.entities);
    const sources = await corpus.sources();
    const withText = await Promise.all(
      sources.map(async (s) => ({ ...s, text: await corpus.article(s.id) })),
    );
    expect(withText).toStrictEqual(dataset.sources);
  });

  it('finds an event by id', async () => {
    const last = dataset.events[dataset.events.length - 1] as TimelineEvent;
    const row = await corpus.find(last.id);
    expect(row?.id).toBe(last.id);
    expect(await corpus.event(row!)).toStrictEqual(last);
    expect(await corpus.find('no-such-event')).toBeNull();
  });

  const ids = async (query: string) => (await corpus.search(query, { limit: 100 })).rows.map((r) => r.id);

  it('searches titles and quotes in both languages, forgiving how Arabic is written', async () => {
    // A title word in Arabic and in English.
    expect(await ids('القرم')).toContain('crimea-annexation-2014');
    expect(await ids('Crimea')).toContain('crimea-annexation-2014');
    expect(await ids('crimea ANNEXES')).toStrictEqual(['crimea-annexation-2014']);
    // Quote words written with another hamza seat, alef, ta marbuta or alef maqsura.
    expect(await ids('ايار')).toContain('call-2022-05-13');
    expect(await ids('اوكرانيا')).toContain('invasion-2022-02-24');
    expect(await ids('الكوبيه')).toStrictEqual(await ids('الكوبية'));
    expect(await ids('الكوبيه')).toContain('cuban-missile-crisis-1962');
    expect(await ids('مستوي')).toContain('invasion-2022-02-24');
    // Without the article, and as the start of a word.
    expect(await ids('صواريخ')).toContain('cuban-missile-crisis-1962');
    expect(await ids('شويغ')).toContain('call-2022-05-13');
    // Every word must be found; nothing for a word that is nowhere.
    expect(await ids('Crimea Shoigu')).toStrictEqual([]);
    expect(await corpus.search('zzzqqq')).toStrictEqual({ rows: [], total: 0, complete: true });
    expect(await corpus.search('  ')).toStrictEqual({ rows: [], total: 0, complete: true });
  });

  it('answers in time order, at most the limit, with the total', async () => {
    const all = await corpus.search('موسكو', { limit: 100 });
    expect(all.total).toBeGreaterThan(3);
    expect(all.rows).toHaveLength(all.total);
    expect(all.rows.map((r) => r.row)).toStrictEqual([...all.rows.map((r) => r.row)].sort((a, b) => a - b));
    const some = await corpus.search('موسكو', { limit: 2 });
    expect(some.total).toBe(all.total);
    expect(some.rows).toStrictEqual(all.rows.slice(0, 2));
  });
});

describe('corpus from a generated directory, sorted by the engine', () => {
  const input = join(tmp, 'generated-input');
  const out = join(tmp, 'generated');
  let corpus: Corpus;
  beforeAll(async () => {
    await writeCorpusInput(input, 1500, 7);
    // Small blocks and word spills and a small memory limit, so that every path of the format is
    // taken (several row groups and files: below).
    const built = await buildCorpus(input, out, {
      limits: { memoryLimit: '256MB', threads: 1 },
      blockBytes: 4000,
      maxWords: 300,
    });
    if (!built.ok) throw new Error(built.problems.join('\n'));
    corpus = await openCorpus(fileStore(out));
  }, 60_000);

  it('finds what a scan of every event finds, word by word and for two words', async () => {
    const events = buildTimeIndex(readJsonl(join(input, 'events.jsonl'))).events;
    const words = events.map((e) => [...eventWords(e)]);
    const scan = (query: string) => {
      const q = queryWords(query);
      return events.flatMap((e, i) => (q.every((w) => words[i]!.some((x) => x.startsWith(w))) ? [e.id] : []));
    };
    for (const query of ['اتصال', 'الحكومة', 'حكوم', 'Minister', '12', '1499', 'call warning', '0-1']) {
      const expected = scan(query);
      const got = await corpus.search(query, { limit: 5000 });
      expect(got.complete).toBe(true);
      expect(got.rows.map((r) => r.id)).toStrictEqual(expected);
      expect(got.total).toBe(expected.length);
    }
  }, 60_000);

  it('reads a whole article in one request after the tree nodes, and a quote from the chunks that hold it', async () => {
    const reads: string[] = [];
    const fresh = await openCorpus(fileStore(out, (path) => reads.push(path)));
    const sources = readFileSync(join(input, 'sources.json'), 'utf8');
    const s = (JSON.parse(sources) as { id: string; text: string }[])[3]!;
    expect(s.text.length).toBeGreaterThan(4 * 1500);
    expect(await fresh.article(s.id)).toBe(s.text);
    const depth = fresh.manifest.trees.articles.depth;
    expect(reads.filter((p) => p.startsWith('articles/'))).toHaveLength(depth + 1);
  });

  it('refuses a word index block whose bytes do not match its checksum', async () => {
    const damaged = join(tmp, 'damaged-search');
    await buildCorpus(input, damaged);
    const pack = join(damaged, 'search', '0000.jsonl');
    const text = readFileSync(pack, 'utf8');
    const at = text.indexOf('["');
    writeFileSync(pack, text.slice(0, at + 2) + 'x' + text.slice(at + 3));
    const c = await openCorpus(fileStore(damaged));
    const error = await c.search(text.slice(at + 2, text.indexOf('"', at + 2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ code: 'checksum' });
  }, 60_000);

  it('reads back every event exactly, in time order', async () => {
    const expected = buildTimeIndex(readJsonl(join(input, 'events.jsonl'))).events;
    expect(expected).toHaveLength(1500);
    expect(await readAll(corpus)).toStrictEqual(expected);
  }, 60_000);

  it('counts density per lane at every calendar level as the app does', async () => {
    const events = buildTimeIndex(readJsonl(join(input, 'events.jsonl')));
    const starts = laneStarts(events, (e) => e.kind);
    const from = Date.UTC(1995, 5, 15);
    const to = Date.UTC(2012, 2, 1);
    for (const step of [BIN_STEPS[2]!, BIN_STEPS[5]!, BIN_STEPS[7]!]) {
      const density = await corpus.density(step, from, to);
      const edges = binEdges(from, to, step);
      for (const [lane, list] of starts) {
        const counts = [...countBins(list, edges)];
        const got = density.get(lane)!;
        const byStart = new Map(got.starts.map((s, i) => [s, got.counts[i]]));
        expect(edges.slice(0, -1).map((e) => byStart.get(e) ?? 0)).toStrictEqual(counts);
      }
    }
  });

  it('refuses a block whose bytes do not match its checksum, and keeps the rest usable', async () => {
    const damaged = join(tmp, 'damaged');
    await buildCorpus(input, damaged, { blockBytes: 4000 });
    const pack = join(damaged, 'events', '0000.jsonl');
    // Same length, still valid JSON and a valid event: only the checksum can tell.
    const text = readFileSync(pack, 'utf8');
    const at = text.indexOf('"en":"The ', text.length / 2);
    expect(at).toBeGreaterThan(0);
    writeFileSync(pack, text.slice(0, at) + '"en":"Thy ' + text.slice(at + 10));
    const c = await openCorpus(fileStore(damaged));
    const rows = await c.window(-1e16, 1e16);
    const results = await Promise.allSettled(rows.map((r) => c.event(r)));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as CorpusError] : []));
    // One block of a few events is refused, by checksum and with its place; every other event reads.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(5);
    for (const e of refused) {
      expect(e).toBeInstanceOf(CorpusError);
      expect(e).toMatchObject({ code: 'checksum' });
      expect(e.place).toMatch(/^events\/0000\.jsonl bytes \d+–\d+$/);
    }
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(rows.length - refused.length);
  }, 60_000);
});

describe('corpus of several row groups and Parquet files', () => {
  const manyInput = join(tmp, 'many-input');
  const many = join(tmp, 'many');
  let manyCorpus: Corpus;
  let fetched: { path: string; bytes: number }[] = [];
  beforeAll(async () => {
    await writeCorpusInput(manyInput, 11000, 13);
    // DuckDB's smallest row group: one vector of 2,048 rows.
    const built = await buildCorpus(manyInput, many, { rowGroupRows: 2048, rowGroupsPerFile: 2 });
    if (!built.ok) throw new Error(built.problems.join('\n'));
    manyCorpus = await openCorpus(fileStore(many));
  }, 120_000);

  it('split the skeleton over several Parquet files', () => {
    expect(manyCorpus.manifest.skeleton.length).toBeGreaterThan(2);
  });

  it('fetches only the row groups that overlap a window, and returns exactly its events', async () => {
    const events = buildTimeIndex(readJsonl(join(manyInput, 'events.jsonl')));
    const from = Date.UTC(2001, 0, 1);
    const to = Date.UTC(2001, 3, 1);
    const expected = events.events.filter((_, i) => events.starts[i]! < to && events.ends[i]! > from);
    const fresh = await openCorpus(
      fileStore(many, (path, bytes) => {
        fetched.push({ path, bytes });
      }),
    );
    fetched = [];
    const rows = await fresh.window(from, to);
    expect(rows.map((r) => r.id)).toStrictEqual(expected.map((e) => e.id));
    const groups = fresh.manifest.skeleton.flatMap((f) => f.rowGroups);
    const parquet = fetched.filter((f) => f.path.endsWith('.parquet'));
    // Footers of the files involved, and far fewer row groups than the corpus has.
    expect(groups.length).toBeGreaterThan(4);
    expect(parquet.length).toBeLessThan(groups.length / 2 + 1);
    expect(parquet.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(
      fresh.manifest.skeleton.reduce((n, f) => n + f.bytes, 0) / 2,
    );
  });

  it('refuses a row group whose bytes were changed', async () => {
    const damaged = join(tmp, 'damaged-skeleton');
    await buildCorpus(manyInput, damaged, { rowGroupRows: 2048 });
    const m = JSON.parse(readFileSync(join(damaged, 'manifest.json'), 'utf8')) as Corpus['manifest'];
    const g = m.skeleton[0]!.rowGroups[2]!;
    const path = join(damaged, m.skeleton[0]!.path);
    const bytes = readFileSync(path);
    bytes[g.offset + 10] = bytes[g.offset + 10]! ^ 0xff;
    writeFileSync(path, bytes);
    const c = await openCorpus(fileStore(damaged));
    await expect(c.window(g.startMin, g.startMax)).rejects.toBeInstanceOf(CorpusError);
  }, 60_000);
});

describe('corpus build problems', () => {
  it('names the line of each bad event and writes nothing', async () => {
    const input = join(tmp, 'bad-input');
    await writeCorpusInput(input, 20, 3);
    const lines = readFileSync(join(input, 'events.jsonl'), 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/"start":"[^"]*"/, '"start":"2020-13-40"');
    lines[4] = '{not json';
    lines[6] = lines[6]!.replace(/"text":"[^"]*"/, '"text":"ليس في المقال"');
    lines[7] = lines[1]!;
    writeFileSync(join(input, 'events.jsonl'), lines.join('\n'));
    appendFileSync(join(input, 'events.jsonl'), '\n');
    const out = join(tmp, 'bad');
    const result = await buildCorpus(input, out);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const file = join(input, 'events.jsonl');
    expect(problems.some((p) => p.startsWith(`${file}:3 $.start`) && p.includes('[date]'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}:5 `) && p.includes('[not-json]'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}:7 `) && p.includes('[quote-mismatch]'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${file}:8 $.id`) && p.includes('[duplicate-id]'))).toBe(true);
    expect(() => readFileSync(join(out, 'manifest.json'))).toThrow();
  }, 60_000);
});

describe('fetchStore', () => {
  it('asks for a byte range with a Range header, and cuts it out of a whole file when the server ignores Range', async () => {
    const body = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const seen: { url: string; range: string | undefined }[] = [];
    const server = (honour: boolean): typeof fetch =>
      (async (input: RequestInfo | URL, init?: RequestInit) => {
        const range = (init?.headers as Record<string, string> | undefined)?.['Range'];
        seen.push({ url: String(input), range });
        const m = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
        if (honour && m !== null)
          return new Response(body.slice(Number(m[1]), Number(m[2]) + 1), { status: 206 });
        return new Response(body, { status: 200 });
      }) as typeof fetch;
    const honouring = fetchStore('https://example.org/corpus/', server(true));
    expect([...(await honouring.get('events-0000.parquet', { offset: 3, length: 4 }))]).toStrictEqual([
      3, 4, 5, 6,
    ]);
    expect(seen.at(-1)).toStrictEqual({
      url: 'https://example.org/corpus/events-0000.parquet',
      range: 'bytes=3-6',
    });
    const ignoring = fetchStore('https://example.org/corpus/', server(false));
    expect([...(await ignoring.get('events-0000.parquet', { offset: 3, length: 4 }, 10))]).toStrictEqual([
      3, 4, 5, 6,
    ]);
    expect([...(await ignoring.get('manifest.json'))]).toHaveLength(10);
    expect(seen.at(-1)?.range).toBeUndefined();
  });

  it('refuses a manifest whose paths leave the corpus', () => {
    const good = JSON.parse(readFileSync(join(tmp, 'generated', 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(() => checkManifest(good)).not.toThrow();
    for (const path of ['https://evil.example/x.json', '../x.json', '/x.json', 'a/../../x.json']) {
      const files = [...(good['files'] as { path: string }[])];
      files[0] = { ...files[0]!, path };
      expect(() => checkManifest({ ...good, files })).toThrow(CorpusError);
    }
  });
});
