/**
 * The corpus read in a worker (M1): the page's client and the worker's host, wired here on one thread
 * through a port that clones every message as a worker's would. Calls answer as the reader does, its
 * errors keep their place and code, and the watchdog stops a worker that stays busy without a beat:
 * every waiting call fails with a `too-slow` error naming the file it was given last, and the next
 * call starts a new worker on the same corpus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpusInWorker, type WorkerPort } from '../../src/app/corpus-client';
import { BEAT_MS, corpusHost, type FromHost, type ToHost } from '../../src/app/corpus-host';
import { buildCorpus } from '../../src/cli/corpus';
import { fileStore } from '../../src/cli/corpus-store';
import { readDatasetFiles } from '../../src/cli/files';
import { assembleDataset, CorpusError, openCorpus, type CorpusStore } from '../../src/data';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-corpus-worker-'));
const dir = join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  const assembled = assembleDataset(readDatasetFiles('data').files);
  if (!assembled.ok) throw new Error('the bundled dataset does not assemble');
  writeFileSync(join(tmp, 'bundled.json'), JSON.stringify(assembled.dataset));
  const built = await buildCorpus(join(tmp, 'bundled.json'), dir);
  if (!built.ok) throw new Error(built.problems.join('\n'));
}, 60_000);

interface FakePort extends WorkerPort {
  terminated: boolean;
}

/**
 * A worker on this thread: the host over `store`, answering through clones, beating while alive.
 * `stuck`: from the first call on it neither answers nor beats (one endless piece of work).
 */
function inThread(store: () => CorpusStore, options: { stuck?: boolean } = {}): FakePort {
  let busy = false;
  const port: FakePort = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(m: ToHost) {
      if ('method' in m && options.stuck === true) {
        // It is given the file, and never comes back from decoding it.
        deliver({ reading: 'events-0000.parquet' });
        busy = true;
        return;
      }
      queueMicrotask(() => void answer(structuredClone(m)));
    },
    terminate() {
      port.terminated = true;
      clearInterval(beat);
    },
  };
  const deliver = (m: FromHost): void => {
    if (!port.terminated) port.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromHost>);
  };
  const answer = corpusHost(deliver, () => ({ ...store(), site: () => 'http://127.0.0.1' }));
  const beat = setInterval(() => {
    if (!busy) deliver({ beat: true });
  }, BEAT_MS / 5);
  return port;
}

describe('a corpus read in a worker', () => {
  it('answers every call as the reader on this thread does', async () => {
    const ports: FakePort[] = [];
    const { corpus, site } = await openCorpusInWorker('http://127.0.0.1/c/', {
      spawn: () => (ports.push(inThread(() => fileStore(dir))), ports[ports.length - 1]!),
    });
    const here = await openCorpus(fileStore(dir));
    expect(site).toBe('http://127.0.0.1');
    expect(corpus.manifest).toStrictEqual(here.manifest);
    const t = here.manifest.time!;
    const rows = await corpus.window(t.start, t.end);
    expect(rows).toStrictEqual(await here.window(t.start, t.end));
    const row = (await corpus.find(rows[0]!.id))!;
    expect(row).toStrictEqual(rows[0]);
    expect(await corpus.event(row)).toStrictEqual(await here.event(row));
    expect(await corpus.search('اتصال')).toStrictEqual(await here.search('اتصال'));
    expect(await corpus.find('no-such-event')).toBeNull();
    corpus.close();
    expect(ports.map((p) => p.terminated)).toStrictEqual([true]);
  });

  it('hands back a refusal with its place and code', async () => {
    const broken = (): CorpusStore => ({
      async get(path, range) {
        const bytes = await fileStore(dir).get(path, range);
        if (path.startsWith('density-')) bytes[0] = 0x20;
        return bytes;
      },
    });
    const { corpus } = await openCorpusInWorker('http://127.0.0.1/c/', { spawn: () => inThread(broken) });
    const level = corpus.manifest.density[0]!;
    const error = await corpus.density(level, 0, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ place: level.path, code: 'checksum' });
    expect((error as Error).message).toBe(`${level.path}: the file does not match its checksum`);
    corpus.close();
  });

  it('refuses a manifest it cannot read, as the reader does', async () => {
    const bad = (): CorpusStore => ({
      get: async (path, range) =>
        path === 'manifest.json' ? new TextEncoder().encode('{}') : fileStore(dir).get(path, range),
    });
    const error = await openCorpusInWorker('http://127.0.0.1/c/', { spawn: () => inThread(bad) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ place: 'manifest.json', code: 'invalid' });
  });

  it('stops a worker busy without a pause, names the file, and starts a new one for the next call', async () => {
    const ports: FakePort[] = [];
    let stuck = true;
    const { corpus } = await openCorpusInWorker('http://127.0.0.1/c/', {
      watchdogMs: 300,
      spawn: () => (ports.push(inThread(() => fileStore(dir), { stuck })), ports[ports.length - 1]!),
    });
    const t = corpus.manifest.time!;
    const started = performance.now();
    const error = await corpus.window(t.start, t.end).catch((e: unknown) => e);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ place: 'events-0000.parquet', code: 'too-slow' });
    expect(ports[0]!.terminated).toBe(true);
    // The next call has a worker of its own, on the same corpus.
    stuck = false;
    expect((await corpus.window(t.start, t.end)).length).toBeGreaterThan(0);
    expect(ports).toHaveLength(2);
    corpus.close();
  });

  it('never stops a worker that waits on the network and keeps beating', async () => {
    const slow = (): CorpusStore => ({
      async get(path, range) {
        if (path.startsWith('density-')) await new Promise((r) => setTimeout(r, 700));
        return fileStore(dir).get(path, range);
      },
    });
    const { corpus } = await openCorpusInWorker('http://127.0.0.1/c/', {
      watchdogMs: 300,
      spawn: () => inThread(slow),
    });
    const level = corpus.manifest.density[0]!;
    expect((await corpus.density(level, -Infinity, Infinity)).size).toBeGreaterThan(0);
    corpus.close();
  });

  it('refuses to go on when the corpus changed on the server after a restart', async () => {
    let manifest = readFileSync(join(dir, 'manifest.json'));
    let stuck = true;
    const store = (): CorpusStore => ({
      get: async (path, range) =>
        path === 'manifest.json' ? new Uint8Array(manifest) : fileStore(dir).get(path, range),
    });
    const { corpus } = await openCorpusInWorker('http://127.0.0.1/c/', {
      watchdogMs: 200,
      spawn: () => inThread(store, { stuck }),
    });
    const t = corpus.manifest.time!;
    await expect(corpus.window(t.start, t.end)).rejects.toMatchObject({ code: 'too-slow' });
    stuck = false;
    const m = JSON.parse(manifest.toString('utf8')) as { title: { en: string } };
    m.title.en = 'Another corpus';
    manifest = Buffer.from(JSON.stringify(m));
    await expect(corpus.window(t.start, t.end)).rejects.toMatchObject({
      place: 'manifest.json',
      code: 'invalid',
    });
    corpus.close();
  });

  it('fails every waiting call when the worker dies', async () => {
    let port: FakePort | null = null;
    const { corpus } = await openCorpusInWorker('http://127.0.0.1/c/', {
      spawn: () => (port = inThread(() => fileStore(dir), { stuck: true })),
    });
    const t = corpus.manifest.time!;
    const waiting = corpus.window(t.start, t.end);
    await new Promise((resolve) => setTimeout(resolve, 20));
    port!.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toMatchObject({ code: 'fetch', place: 'events-0000.parquet' });
    expect(port!.terminated).toBe(true);
    corpus.close();
  });
});
