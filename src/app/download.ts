/**
 * Downloads a dataset file: its bytes, or why not. The checking worker and the page use it alike. The
 * size limit is kept on the bytes as they arrive (so a compressed response cannot inflate past it),
 * before anything is decoded; a server that goes quiet is given up on; a redirect to another origin is
 * refused.
 */
import { readCapped, silenceWatch } from '../data/read-capped';
import type { Problem } from '../data';

export interface DownloadOptions {
  readonly credentials: RequestCredentials;
  /** The most bytes accepted; the download stops as soon as the body passes it. */
  readonly limit: number;
  readonly signal?: AbortSignal | undefined;
  /** How long the server may stay silent (before its answer, or between two parts of the body). */
  readonly stallMs?: number;
  /** Bytes received so far, and the total when the server says it. */
  readonly onProgress?: (received: number, total: number | null) => void;
}

export const STALL_MS = 30_000;

export type Downloaded = { readonly bytes: ArrayBuffer } | { readonly failure: Problem };

const failed = (code: Problem['code'], message: string): Downloaded => ({
  failure: { path: '$', code, message },
});

export async function download(href: string, options: DownloadOptions): Promise<Downloaded> {
  const { credentials, limit, signal, stallMs = STALL_MS, onProgress } = options;
  const tooLarge = (): Downloaded =>
    failed('too-large', `${href}: the file is larger than ${limit / 1024 / 1024} MB`);
  const watch = silenceWatch(stallMs);
  const onAbort = (): void => watch.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    watch.restart();
    const response = await fetch(href, { credentials, signal: watch.signal });
    if (!response.ok) return failed('not-json', `${href}: ${response.status} ${response.statusText}`);
    // Where the answer really came from: a redirect may not take the download to another origin.
    if (response.url !== '' && new URL(response.url).origin !== new URL(href).origin)
      return failed(
        'not-json',
        `${href}: redirected to another site (${new URL(response.url).origin}); not followed`,
      );
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const total =
      Number.isFinite(declared) && response.headers.get('content-encoding') === null ? declared : null;
    if (total !== null && total > limit) return tooLarge();
    const bytes = await readCapped(response.body, limit, {
      beforeRead: watch.restart,
      onPart: (received) => onProgress?.(received, total),
    });
    if (bytes === null) return tooLarge();
    return { bytes: bytes.buffer };
  } catch (e) {
    if (watch.silent())
      return failed(
        'not-json',
        `${href}: the server sent nothing for ${Math.round(stallMs / 1000)} s; the download was stopped`,
      );
    return failed('not-json', `${href}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    watch.clear();
    signal?.removeEventListener('abort', onAbort);
  }
}
