/** The dataset download: the size limit on the bytes as they stream in, silence, and redirects. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../src/app/download';

const MB = 1024 * 1024;

/** A response whose body is `parts` chunks of one megabyte each, made as they are read. */
function streamed(parts: number, init: { url?: string; headers?: Record<string, string> } = {}): Response {
  let sent = 0;
  const chunk = new Uint8Array(MB).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < parts) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const response = new Response(body, { headers: init.headers ?? {} });
  if (init.url !== undefined) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('download', () => {
  it('stops at the size limit while the body streams in, whatever the server declared', async () => {
    let pulled = 0;
    vi.stubGlobal('fetch', () => {
      const r = streamed(1_000);
      const reader = r.body!.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(c) {
          const { done, value } = await reader.read();
          if (done) c.close();
          else {
            pulled++;
            c.enqueue(value);
          }
        },
      });
      return Promise.resolve(new Response(body));
    });
    const got = await download('https://example.test/x.json', { credentials: 'omit', limit: 5 * MB });
    expect(got).toMatchObject({ failure: { path: '$', code: 'too-large' } });
    expect(pulled).toBeLessThanOrEqual(7);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(streamed(1, { headers: { 'content-length': String(300 * MB) } })),
    );
    const got = await download('https://example.test/x.json', { credentials: 'omit', limit: 5 * MB });
    expect(got).toMatchObject({ failure: { code: 'too-large' } });
  });

  it('hands back the bytes under the limit, with progress', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(3)));
    const seen: number[] = [];
    const got = await download('https://example.test/x.json', {
      credentials: 'omit',
      limit: 5 * MB,
      onProgress: (n) => seen.push(n),
    });
    expect('bytes' in got && got.bytes.byteLength).toBe(3 * MB);
    expect(seen).toEqual([MB, 2 * MB, 3 * MB]);
  });

  it('refuses a redirect to another origin (such as plain http)', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(1, { url: 'http://elsewhere.test/x.json' })));
    const got = await download('https://app.test/x.json', { credentials: 'same-origin', limit: 5 * MB });
    expect(got).toMatchObject({ failure: { path: '$' } });
    expect('failure' in got && got.failure.message).toContain('redirected to another site');
  });

  it('gives up on a server that sends nothing', async () => {
    vi.stubGlobal(
      'fetch',
      (_: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const got = await download('https://app.test/x.json', { credentials: 'omit', limit: MB, stallMs: 50 });
    expect('failure' in got && got.failure.message).toContain('sent nothing for');
  });
});
