/**
 * The corpus store over HTTP, against a fake server: what it asks for (the Range header, the file
 * relative to where the manifest landed), and each refusal with its file and its words (an HTTP error,
 * an announced size past the cap, a failed request, a whole file it will not fetch). The hostile
 * answers (bombs, stalls, redirects) are in `corpus-hostile.test.ts`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORPUS_STALL_MS, CorpusError, fetchStore } from '../../src/data';

const base = 'https://example.org/c/';
interface Asked {
  readonly url: string;
  readonly range: string | undefined;
}

/** A server answering `answer`, keeping what it was asked. */
function server(answer: (url: string) => Response | Promise<Response>) {
  const asked: Asked[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    asked.push({ url: String(input), range: headers['Range'] });
    return answer(String(input));
  }) as typeof fetch;
  return { impl, asked };
}

/** A response that says it came from `url`. */
function from(url: string, body: BodyInit | null = '{}', init?: ResponseInit): Response {
  const r = new Response(body, init);
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

afterEach(() => vi.unstubAllGlobals());

describe('what the store asks the server for', () => {
  it('asks for a range as its first and last byte, and a whole file without a Range header', async () => {
    const { impl, asked } = server(() => new Response(new Uint8Array(10), { status: 206 }));
    const store = fetchStore(base, impl);
    expect((await store.get('events/0001.jsonl', { offset: 20, length: 10 }, 100)).length).toBe(10);
    await store.get('sources.json', undefined, 10);
    expect(asked).toStrictEqual([
      { url: 'https://example.org/c/events/0001.jsonl', range: 'bytes=20-29' },
      { url: 'https://example.org/c/sources.json', range: undefined },
    ]);
  });

  it('refuses a whole file the manifest does not list, without asking', async () => {
    const { impl, asked } = server(() => new Response('{}'));
    const e = await refusal(fetchStore(base, impl).get('other.json'));
    expect(e).toMatchObject({
      place: 'other.json',
      code: 'format',
      message: 'other.json: not listed in the manifest',
    });
    expect(asked).toStrictEqual([]);
  });

  it('reads the files next to where the manifest landed, and knows no site before it', async () => {
    const { impl, asked } = server((url) =>
      url.endsWith('manifest.json') ? from('https://mirror.example/v2/manifest.json') : from(''),
    );
    const store = fetchStore(base, impl);
    expect(store.site()).toBeNull();
    await store.get('manifest.json');
    expect(store.site()).toBe('https://mirror.example');
    await store.get('sources.json', undefined, 2);
    expect(asked.map((a) => a.url)).toStrictEqual([
      'https://example.org/c/manifest.json',
      'https://mirror.example/v2/sources.json',
    ]);
  });

  it('takes files from the manifest’s site before the manifest is read, and after it from that site only', async () => {
    const { impl } = server((url) => from(url.includes('evil') ? 'https://other.example/evil.json' : url));
    const store = fetchStore(base, impl);
    // No manifest yet: nothing to hold a file against.
    expect((await store.get('evil.json', undefined, 2)).length).toBe(2);
    await store.get('manifest.json');
    expect(store.site()).toBe('https://example.org');
    expect((await store.get('y.json', undefined, 2)).length).toBe(2);
    const e = await refusal(store.get('evil.json', undefined, 2));
    expect(e).toMatchObject({
      place: 'evil.json',
      code: 'fetch',
      message: 'evil.json: redirected to another site (https://other.example); not followed',
    });
    // A manifest read again does not move the corpus: landing elsewhere, it is refused.
    let n = 0;
    const again = server(() =>
      from(++n === 1 ? 'https://other.example/m.json' : 'https://third.example/m.json'),
    );
    const moved = fetchStore(base, again.impl);
    await moved.get('manifest.json');
    expect(await refusal(moved.get('manifest.json'))).toMatchObject({ code: 'fetch' });
    expect(moved.site()).toBe('https://other.example');
  });
});

describe('what the store refuses, and how it says so', () => {
  it('names the HTTP status of a failed answer', async () => {
    const { impl } = server(() => new Response('gone', { status: 404 }));
    const e = await refusal(fetchStore(base, impl).get('sources.json', undefined, 10));
    expect(e).toMatchObject({ place: 'sources.json', code: 'fetch', message: 'sources.json: HTTP 404' });
  });

  it('refuses an announced size past the cap before reading, unless the body is compressed', async () => {
    const answer = (declared: number, encoding?: string) =>
      server(
        () =>
          new Response(new Uint8Array(4), {
            headers: {
              'content-length': String(declared),
              ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
            },
          }),
      ).impl;
    expect((await fetchStore(base, answer(10)).get('a.json', undefined, 10)).length).toBe(4);
    const e = await refusal(fetchStore(base, answer(11)).get('a.json', undefined, 10));
    expect(e).toMatchObject({
      place: 'a.json',
      code: 'too-large',
      message: 'a.json: the server announces 11 bytes; the file is 10 bytes at most',
    });
    expect((await fetchStore(base, answer(11, 'gzip')).get('a.json', undefined, 10)).length).toBe(4);
  });

  it('says how many bytes a range allows when more arrive', async () => {
    const { impl } = server(() => new Response(new Uint8Array(6), { status: 206 }));
    const e = await refusal(fetchStore(base, impl).get('p.jsonl', { offset: 0, length: 5 }, 100));
    expect(e).toMatchObject({
      place: 'p.jsonl',
      code: 'too-large',
      message: 'p.jsonl: more than 5 bytes arrived; the range asked for is 5 bytes at most',
    });
  });

  it('passes on why a request failed, and names CORS for a server of another site', async () => {
    const failing = (thrown: unknown) =>
      (async () => {
        throw thrown;
      }) as unknown as typeof fetch;
    const e = await refusal(fetchStore(base, failing(new TypeError('network down'))).get('manifest.json'));
    expect(e).toMatchObject({
      place: 'manifest.json',
      code: 'fetch',
      message: 'manifest.json: network down',
    });
    expect((await refusal(fetchStore(base, failing('odd')).get('manifest.json'))).message).toBe(
      'manifest.json: odd',
    );
    vi.stubGlobal('location', { origin: 'https://app.example' });
    const cors = await refusal(
      fetchStore(base, failing(new TypeError('Failed to fetch'))).get('manifest.json'),
    );
    expect(cors.message).toBe(
      'manifest.json: the server could not be reached, or did not allow this site to read it (CORS): Failed to fetch',
    );
    const other = await refusal(fetchStore(base, failing('blocked')).get('manifest.json'));
    expect(other.message).toBe(
      'manifest.json: the server could not be reached, or did not allow this site to read it (CORS): blocked',
    );
    vi.stubGlobal('location', { origin: 'https://example.org' });
    const same = await refusal(
      fetchStore(base, failing(new TypeError('Failed to fetch'))).get('manifest.json'),
    );
    expect(same.message).toBe('manifest.json: Failed to fetch');
  });

  it('waits 30 seconds for a silent server by default, and says how long it waited', async () => {
    expect(CORPUS_STALL_MS).toBe(30_000);
    const never = (async (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_r, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    const e = await refusal(fetchStore(base, never, { stallMs: 1400 }).get('manifest.json'));
    expect(e).toMatchObject({
      code: 'timeout',
      message: 'manifest.json: the server sent nothing for 1 s; the request was stopped',
    });
  });
});

describe('a slow server that keeps sending', () => {
  it('waits for each part of the body on its own, not for the whole body at once', async () => {
    // As fetch does, the body fails once the request's signal is aborted.
    const slow = (async (_: unknown, init?: RequestInit) =>
      new Response(
        new ReadableStream<Uint8Array>({
          async pull(c) {
            await new Promise((r) => setTimeout(r, 150));
            if (init?.signal?.aborted === true) return c.error(new DOMException('aborted', 'AbortError'));
            c.enqueue(new Uint8Array(1));
            if (++sent === 5) c.close();
          },
        }),
      )) as unknown as typeof fetch;
    let sent = 0;
    // 750 ms in all, never more than 150 ms silent: within a 400 ms watch.
    const bytes = await fetchStore(base, slow, { stallMs: 400 }).get('sources.json', undefined, 10);
    expect(bytes.length).toBe(5);
  });
});

describe('a server that ignores Range requests', () => {
  it('keeps no whole file whose size the manifest does not list', async () => {
    const { impl, asked } = server(() => new Response(new Uint8Array([7, 8])));
    const store = fetchStore(base, impl);
    expect([...(await store.get('p.jsonl', { offset: 0, length: 2 }))]).toStrictEqual([7, 8]);
    expect((await refusal(store.get('p.jsonl', { offset: 1, length: 1 }))).code).toBe('too-large');
    expect(asked).toHaveLength(1);
  });

  const file = new Uint8Array(100).map((_, i) => i);

  it('keeps the whole file it sent for the next ranges, when the manifest lists its size', async () => {
    const { impl, asked } = server(() => new Response(file));
    const store = fetchStore(base, impl);
    expect([...(await store.get('p.jsonl', { offset: 98, length: 2 }, 100))]).toStrictEqual([98, 99]);
    expect([...(await store.get('p.jsonl', { offset: 0, length: 1 }, 100))]).toStrictEqual([0]);
    expect(asked).toHaveLength(1);
    // Another file is then fetched whole, once, without a Range header.
    expect([...(await store.get('q.jsonl', { offset: 5, length: 1 }, 100))]).toStrictEqual([5]);
    expect([...(await store.get('q.jsonl', { offset: 6, length: 1 }, 100))]).toStrictEqual([6]);
    expect(asked).toStrictEqual([
      { url: 'https://example.org/c/p.jsonl', range: 'bytes=98-99' },
      { url: 'https://example.org/c/q.jsonl', range: undefined },
    ]);
  });

  it('reads the whole file at most as large as the manifest lists, and a range as large as asked when no size is listed', async () => {
    const { impl } = server(() => new Response(file));
    const e = await refusal(fetchStore(base, impl).get('p.jsonl', { offset: 0, length: 2 }, 99));
    expect(e).toMatchObject({
      code: 'too-large',
      message: 'p.jsonl: more than 99 bytes arrived; the file is 99 bytes at most',
    });
    const unsized = await refusal(fetchStore(base, impl).get('p.jsonl', { offset: 0, length: 2 }));
    expect(unsized.message).toBe('p.jsonl: more than 2 bytes arrived; the file is 2 bytes at most');
  });

  it('will not fetch whole a file whose size it does not know, nor one of more than 64 MB', async () => {
    const { impl, asked } = server(() => new Response(file));
    const store = fetchStore(base, impl);
    await store.get('p.jsonl', { offset: 0, length: 1 }, 100);
    const unknown = await refusal(store.get('q.jsonl', { offset: 0, length: 1 }));
    expect(unknown).toMatchObject({
      place: 'q.jsonl',
      code: 'too-large',
      message:
        'q.jsonl: the server ignores Range requests, and this file is too large to fetch whole (at most 67108864 bytes)',
    });
    expect((await refusal(store.get('q.jsonl', { offset: 0, length: 1 }, 64 * 1024 * 1024 + 1))).code).toBe(
      'too-large',
    );
    expect(asked).toHaveLength(1);
    const fits = server(() => new Response(new Uint8Array(3)));
    const big = fetchStore(base, fits.impl);
    await big.get('p.jsonl', { offset: 0, length: 1 }, 3);
    // At 64 MB exactly it asks (this server sends less, which the checksum would then refuse).
    expect((await big.get('q.jsonl', { offset: 0, length: 1 }, 64 * 1024 * 1024)).length).toBe(1);
  });

  it('tells once that the server ignores Range, and asks again for a whole file that failed', async () => {
    let fail = false;
    const { impl, asked } = server(() => (fail ? new Response('', { status: 503 }) : new Response(file)));
    const told: string[] = [];
    const store = fetchStore(base, impl, { onNoRange: (p) => told.push(p) });
    await store.get('p.jsonl', { offset: 0, length: 1 }, 100);
    fail = true;
    expect((await refusal(store.get('q.jsonl', { offset: 0, length: 1 }, 100))).message).toBe(
      'q.jsonl: HTTP 503',
    );
    fail = false;
    expect([...(await store.get('q.jsonl', { offset: 7, length: 1 }, 100))]).toStrictEqual([7]);
    expect(asked).toHaveLength(3);
    expect(told).toStrictEqual(['p.jsonl']);
  });
});
