/**
 * The page's side of the corpus worker: a `Corpus` whose every call is answered by the worker
 * (`corpus.worker.ts`), so that nothing a corpus holds is fetched, decoded or checked on the page's
 * thread; the page receives checked values only.
 *
 * A watchdog stops a worker that stays busy in one piece of work (no beat) for `watchdogMs` while a
 * call waits: every call in flight fails with a `too-slow` error naming the file the worker was last
 * given, and the next call starts a new worker on the same corpus (its manifest must not have changed).
 * A worker that dies fails its calls the same way. Waiting on the network is not work: the fetch store
 * has its own timeout.
 */
import type { CorpusManifest } from '../data/corpus-format';
import { MANIFEST } from '../data/corpus-format';
import { CorpusError } from '../data/corpus-guard';
import type { Corpus } from '../data/corpus-read';
import type { CorpusMethod, ErrorData, FromHost, ToHost } from './corpus-host';

/** How long a worker may stay in one piece of work while a call waits before it is stopped. */
export const CORPUS_WATCHDOG_MS = 10_000;

/** What the client needs of a worker (a test may give one of its own). */
export interface WorkerPort {
  postMessage(m: ToHost): void;
  onmessage: ((e: MessageEvent<FromHost>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface ClientOptions {
  /** Told when the server answers a Range request with the whole file. */
  readonly onNoRange?: (path: string) => void;
  readonly spawn?: () => WorkerPort;
  readonly watchdogMs?: number;
}

/** An open corpus read in a worker; `close` stops the worker. */
export interface WorkerCorpus {
  readonly corpus: Corpus & { close(): void };
  /** The origin the manifest really came from (after any redirect). */
  readonly site: string | null;
}

const spawnWorker = (): WorkerPort =>
  new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module' });

const toError = (e: ErrorData): Error =>
  e.corpus ? new CorpusError(e.place, e.code, stripPlace(e)) : new Error(e.message);

/** A `CorpusError`'s message starts with its place, which its constructor adds again. */
const stripPlace = (e: ErrorData): string =>
  e.message.startsWith(`${e.place}: `) ? e.message.slice(e.place.length + 2) : e.message;

interface Session {
  readonly port: WorkerPort;
  readonly opened: Promise<{ manifest: CorpusManifest; site: string | null }>;
  readonly calls: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  /** When the worker last said anything; the file it was last given. */
  heard: number;
  file: string;
  opening: boolean;
}

/** Opens the corpus at `base` (a directory URL) in a worker: resolves once its manifest is checked. */
export async function openCorpusInWorker(base: string, options: ClientOptions = {}): Promise<WorkerCorpus> {
  const spawn = options.spawn ?? spawnWorker;
  const limit = options.watchdogMs ?? CORPUS_WATCHDOG_MS;
  let session: Session | null = null;
  let first: string | null = null;
  let next = 0;
  let closed = false;

  const stop = (s: Session, error: Error): void => {
    if (session === s) session = null;
    s.port.terminate();
    for (const c of s.calls.values()) c.reject(error);
    s.calls.clear();
  };
  const tooSlow = (s: Session): CorpusError =>
    new CorpusError(
      s.file,
      'too-slow',
      `reading it kept the corpus reader busy for more than ${Math.round(limit / 1000)} s without a pause; it was stopped`,
    );

  const start = (): Session => {
    const port = spawn();
    let settle: {
      resolve: (v: { manifest: CorpusManifest; site: string | null }) => void;
      reject: (e: unknown) => void;
    };
    const opened = new Promise<{ manifest: CorpusManifest; site: string | null }>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const s: Session = {
      port,
      opened,
      calls: new Map(),
      heard: performance.now(),
      file: MANIFEST,
      opening: true,
    };
    const fail = (error: Error): void => {
      settle.reject(error);
      stop(s, error);
    };
    port.onmessage = ({ data }) => {
      s.heard = performance.now();
      if ('reading' in data) s.file = data.reading;
      else if ('noRange' in data) options.onNoRange?.(data.noRange);
      else if ('opened' in data) {
        s.opening = false;
        settle.resolve({ manifest: data.opened, site: data.site });
      } else if ('failed' in data) {
        s.opening = false;
        fail(toError(data.failed));
      } else if ('id' in data) {
        const call = s.calls.get(data.id);
        s.calls.delete(data.id);
        if ('error' in data) call?.reject(toError(data.error));
        else call?.resolve(data.value);
      }
    };
    port.onerror = (e) =>
      fail(
        new CorpusError(
          s.file,
          'fetch',
          `the corpus reader stopped (${e.message || 'an error in the worker'})`,
        ),
      );
    const every = Math.min(1000, limit / 4);
    let ticked = performance.now();
    const watch = setInterval(() => {
      if (session !== s && !s.opening) return clearInterval(watch);
      const now = performance.now();
      // A page that was itself busy heard nothing either: that is not the worker's silence.
      if (now - ticked > 2 * every) s.heard = now;
      ticked = now;
      if ((s.opening || s.calls.size > 0) && now - s.heard > limit) {
        clearInterval(watch);
        fail(tooSlow(s));
      }
    }, every);
    port.postMessage({ open: base });
    return s;
  };

  /** The live session, started again (on the same manifest) after a stop. */
  const live = async (): Promise<Session> => {
    if (closed) throw new CorpusError(MANIFEST, 'fetch', 'the corpus was closed');
    const s = (session ??= start());
    const { manifest } = await s.opened;
    if (first !== null && JSON.stringify(manifest) !== first) {
      stop(s, new Error('changed'));
      throw new CorpusError(
        MANIFEST,
        'invalid',
        'the corpus changed on the server since it was opened; open it again',
      );
    }
    return s;
  };

  const call =
    (method: CorpusMethod) =>
    async (...args: unknown[]): Promise<never> => {
      let s = await live();
      // Stopped while it was being waited for: the call goes to the next one.
      while (session !== s) s = await live();
      const id = next++;
      s.heard = performance.now();
      return new Promise<never>((resolve, reject) => {
        s.calls.set(id, { resolve: resolve as (v: unknown) => void, reject });
        s.port.postMessage({ id, method, args });
      });
    };

  session = start();
  const { manifest, site } = await session.opened;
  first = JSON.stringify(manifest);
  const corpus: Corpus & { close(): void } = {
    manifest,
    density: call('density'),
    window: call('window'),
    find: call('find'),
    event: call('event'),
    article: call('article'),
    sources: call('sources'),
    entities: call('entities'),
    async search(query, opts = {}) {
      opts.signal?.throwIfAborted();
      const answer = (await call('search')(query, { limit: opts.limit })) as Awaited<
        ReturnType<Corpus['search']>
      >;
      opts.signal?.throwIfAborted();
      return answer;
    },
    close() {
      closed = true;
      if (session !== null) stop(session, new CorpusError(MANIFEST, 'fetch', 'the corpus was closed'));
    },
  };
  return { corpus, site };
}
