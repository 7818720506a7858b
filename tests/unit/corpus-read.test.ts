/**
 * Opening a corpus and what it hands out, over the bundled dataset built once: the manifest refused
 * without WebCrypto, density levels by their step only (each file fetched once), an event found by id
 * or by its row and never another's, and every call of the reader answering from its own file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { fileStore } from '../../src/cli/corpus-store';
import { CorpusError, openCorpus, type Corpus, type CorpusStore } from '../../src/data';
import { readManifest } from '../../src/data/corpus-read';
import { BIN_STEPS, type Dataset, type EventId } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-corpus-read-'));
const dir = join(tmp, 'corpus');
let dataset: Dataset;
beforeAll(async () => {
  dataset = loadCorpus();
  writeFileSync(join(tmp, 'bundled.json'), JSON.stringify(dataset));
  const built = await buildCorpus(join(tmp, 'bundled.json'), dir);
  if (!built.ok) throw new Error(built.problems.join('\n'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllGlobals());

/** The corpus on disk, with every file read logged. */
function logged(): { store: CorpusStore; reads: string[] } {
  const reads: string[] = [];
  return { store: fileStore(dir, (path) => reads.push(path)), reads };
}

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

describe('opening a corpus', () => {
  it('reads the manifest and nothing else', async () => {
    const { store, reads } = logged();
    const corpus = await openCorpus(store);
    expect(corpus.manifest.counts.events).toBe(dataset.events.length);
    expect(reads).toStrictEqual(['manifest.json']);
  });

  it('refuses at once where checksums cannot be checked, saying why', async () => {
    vi.stubGlobal('crypto', {});
    const { store, reads } = logged();
    expect(await refusal(readManifest(store))).toMatchObject({
      place: 'manifest.json',
      code: 'insecure',
      message:
        'manifest.json: this page is not a secure context (HTTPS or localhost), so the browser offers no WebCrypto to check the checksums of a corpus',
    });
    expect(reads).toStrictEqual([]);
  });
});

describe('an open corpus', () => {
  let corpus: Corpus;
  let reads: string[];
  beforeAll(async () => {
    const l = logged();
    reads = l.reads;
    corpus = await openCorpus(l.store);
  });

  it('gives every lane its periods at a level, fetching the level once', async () => {
    const step = BIN_STEPS[5]!;
    const all = await corpus.density(step, -1e16, 1e16);
    expect([...all.keys()]).toStrictEqual(corpus.manifest.lanes.map((l) => l.id));
    for (const lane of corpus.manifest.lanes) {
      const counts = all.get(lane.id)!.counts;
      expect(counts.reduce((a, b) => a + b, 0)).toBe(lane.events);
    }
    const none = await corpus.density(step, 0, 0);
    expect([...none.values()].every((l) => l.starts.length === 0)).toBe(true);
    expect(reads.filter((p) => p === 'density-year-1.json')).toHaveLength(1);
  });

  it('tells the levels of one unit apart, each from its own file', async () => {
    const years = await corpus.density(BIN_STEPS[5]!, -1e16, 1e16);
    const twoYears = await corpus.density(BIN_STEPS[6]!, -1e16, 1e16);
    const weeks = await corpus.density(BIN_STEPS[1]!, -1e16, 1e16);
    for (const lane of corpus.manifest.lanes) {
      const total = (m: typeof years) => m.get(lane.id)!.counts.reduce((a, b) => a + b, 0);
      expect([total(years), total(twoYears), total(weeks)]).toStrictEqual([
        lane.events,
        lane.events,
        lane.events,
      ]);
    }
    const starts = (m: typeof years) => [...m.values()].flatMap((l) => l.starts);
    expect(starts(twoYears).every((t) => new Date(t).getUTCFullYear() % 2 === 0)).toBe(true);
    expect(starts(years).some((t) => new Date(t).getUTCFullYear() % 2 === 1)).toBe(true);
    expect(starts(weeks).length).toBeGreaterThan(starts(years).length);
  });

  it('gives the events of a window in time order', async () => {
    const rows = await corpus.window(-1e16, 1e16);
    expect(rows.map((r) => r.row)).toStrictEqual(dataset.events.map((_, i) => i));
    expect(new Set(rows.map((r) => r.id))).toStrictEqual(new Set(dataset.events.map((e) => e.id)));
    expect(await corpus.window(0, 0)).toStrictEqual([]);
  });

  it('refuses a level the corpus does not have, naming its file', async () => {
    expect(await refusal(corpus.density({ unit: 'day', n: 2 }, 0, 1))).toMatchObject({
      place: 'density-day-2.json',
      code: 'format',
      message: 'density-day-2.json: no such density level',
    });
    const forged = { ...corpus.manifest.density[0]!, path: 'density-day-7.json' };
    const moved = await openCorpus(fileStore(dir));
    (moved.manifest as { density: unknown }).density = [forged, ...moved.manifest.density.slice(1)];
    const first = BIN_STEPS[0]!;
    expect((await refusal(moved.density(first, 0, 1))).message).toBe(
      'density-day-1.json: no such density level',
    );
  });

  it('finds an event by id, and nothing for an id it does not hold', async () => {
    for (const e of [dataset.events[0]!, dataset.events[dataset.events.length - 1]!]) {
      const row = await corpus.find(e.id);
      expect(row).toMatchObject({ id: e.id, title_en: e.title.en });
      expect(await corpus.event(row!)).toStrictEqual(e);
    }
    expect(await corpus.find('no-such-event')).toBeNull();
    expect(await corpus.find('')).toBeNull();
  });

  it('refuses to hand out another event than the row names', async () => {
    const row = (await corpus.find(dataset.events[0]!.id))!;
    expect(await refusal(corpus.event({ ...row, id: 'someone-else' as EventId }))).toMatchObject({
      place: `events tree row ${row.row}`,
      code: 'invalid',
      message: `events tree row ${row.row}: does not hold event "someone-else"`,
    });
  });

  it('answers search, articles, sources and entities from the corpus', async () => {
    const s = dataset.sources[0]!;
    expect(await corpus.article(s.id)).toBe(s.text);
    expect((await corpus.sources()).map((x) => x.id)).toStrictEqual(dataset.sources.map((x) => x.id));
    expect(await corpus.entities()).toStrictEqual(dataset.entities);
    const hit = await corpus.search('Crimea', { limit: 1 });
    expect(hit.rows).toHaveLength(1);
    expect(hit.total).toBeGreaterThan(0);
    expect(corpus.close).toBeUndefined();
  });
});
