/**
 * A corpus store over HTTP(S): whole files, or byte ranges with Range requests. Every answer is read
 * as a stream and cut off as soon as it passes the bytes expected (a range's length, a file's size in
 * the manifest, the manifest limit), so a compressed or lying answer cannot inflate past them; a
 * server that goes quiet is given up on; a server that ignores Range requests is noticed (once), and
 * its whole files are then kept and cut up here instead of being fetched again for every block.
 * Files must come from the origin the manifest came from: a redirect elsewhere is not followed.
 */
import { readCapped, silenceWatch } from './read-capped';
import { MANIFEST } from './corpus-format';
import { CORPUS_LIMITS, CorpusError } from './corpus-guard';

/** Where a corpus's files come from: a whole file, or `length` bytes from `offset`. */
export interface CorpusStore {
  /**
   * `size`: the file's size as the manifest lists it, when known: a whole file may not be larger.
   */
  get(
    path: string,
    range?: { readonly offset: number; readonly length: number },
    size?: number,
  ): Promise<Uint8Array>;
}

export interface FetchStoreOptions {
  /** How long the server may stay silent (before its answer, or between two parts of the body). */
  readonly stallMs?: number;
  /** Told once, when the server first answers a Range request with the whole file. */
  readonly onNoRange?: (path: string) => void;
}

export interface FetchStore extends CorpusStore {
  /** The origin the manifest really came from (after any redirect); null before it is fetched. */
  site(): string | null;
}

export const CORPUS_STALL_MS = 30_000;

/** A store over HTTP(S) at `base` (a directory URL ending in `/`). */
export function fetchStore(
  base: string,
  fetchImpl: typeof fetch = fetch,
  options: FetchStoreOptions = {},
): FetchStore {
  const stallMs = options.stallMs ?? CORPUS_STALL_MS;
  let dir = base;
  let origin: string | null = null;
  let noRange = false;
  const whole = new Map<string, Promise<Uint8Array>>();

  /** One request, its body read up to `limit` bytes. */
  async function request(
    path: string,
    limit: number,
    range?: { readonly offset: number; readonly length: number },
  ): Promise<{ status: number; bytes: Uint8Array }> {
    const url = new URL(path, dir).href;
    const headers: Record<string, string> = {};
    if (range !== undefined) headers['Range'] = `bytes=${range.offset}-${range.offset + range.length - 1}`;
    const watch = silenceWatch(stallMs);
    // What was over: the range asked for when the server honoured it, else the whole file.
    const tooLarge = (got: string, cap: number, ranged: boolean): CorpusError =>
      new CorpusError(
        path,
        'too-large',
        `${got}; ${ranged ? 'the range asked for' : 'the file'} is ${cap} bytes at most`,
      );
    try {
      watch.restart();
      const response = await fetchImpl(url, { headers, signal: watch.signal });
      if (!response.ok) throw new CorpusError(path, 'fetch', `HTTP ${response.status}`);
      const from = response.url === '' ? url : response.url;
      const at = new URL(from).origin;
      if (path === MANIFEST && origin === null) {
        // A redirected manifest: the corpus is where it landed, and is marked by that origin.
        origin = at;
        dir = new URL('.', from).href;
      } else if (origin !== null && at !== origin)
        throw new CorpusError(path, 'fetch', `redirected to another site (${at}); not followed`);
      const ranged = range !== undefined && response.status === 206;
      const cap = ranged ? range.length : limit;
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (response.headers.get('content-encoding') === null && Number.isFinite(declared) && declared > cap)
        throw tooLarge(`the server announces ${declared} bytes`, cap, ranged);
      const bytes = await readCapped(response.body, cap, { beforeRead: watch.restart });
      if (bytes === null) throw tooLarge(`more than ${cap} bytes arrived`, cap, ranged);
      return { status: response.status, bytes };
    } catch (e) {
      if (e instanceof CorpusError) throw e;
      if (watch.silent())
        throw new CorpusError(
          path,
          'timeout',
          `the server sent nothing for ${Math.round(stallMs / 1000)} s; the request was stopped`,
        );
      const foreign = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
      throw new CorpusError(
        path,
        'fetch',
        foreign
          ? `the server could not be reached, or did not allow this site to read it (CORS): ${String(e instanceof Error ? e.message : e)}`
          : String(e instanceof Error ? e.message : e),
      );
    } finally {
      watch.clear();
    }
  }

  /** A whole file, once, for a server that ignores Range requests. */
  const wholeFile = (path: string, size: number | undefined): Promise<Uint8Array> => {
    let p = whole.get(path);
    if (p === undefined) {
      if (size === undefined || size > CORPUS_LIMITS.wholeFileBytes)
        return Promise.reject(
          new CorpusError(
            path,
            'too-large',
            `the server ignores Range requests, and this file is too large to fetch whole (at most ${CORPUS_LIMITS.wholeFileBytes} bytes)`,
          ),
        );
      p = request(path, size).then((r) => r.bytes);
      whole.set(path, p);
      p.catch(() => whole.delete(path));
    }
    return p;
  };
  const cut = (bytes: Uint8Array, range: { offset: number; length: number }): Uint8Array =>
    bytes.subarray(range.offset, range.offset + range.length);

  return {
    site: () => origin,
    async get(path, range, size) {
      if (range === undefined) {
        const limit = path === MANIFEST ? CORPUS_LIMITS.manifestBytes : size;
        if (limit === undefined) throw new CorpusError(path, 'format', 'not listed in the manifest');
        return (await request(path, limit)).bytes;
      }
      if (noRange) return cut(await wholeFile(path, size), range);
      const first = await request(path, size ?? range.length, range);
      if (first.status === 206) return first.bytes;
      // The server ignores Range and sent the whole file (up to the file's size in the manifest).
      if (!noRange) {
        noRange = true;
        options.onNoRange?.(path);
      }
      if (size !== undefined && !whole.has(path)) whole.set(path, Promise.resolve(first.bytes));
      return cut(first.bytes, range);
    },
  };
}
