/**
 * The corpus reader's side of the corpus worker: opens a corpus at an address and answers calls on
 * it. Everything a corpus holds is fetched, decoded and checked here, off the page's thread; the page
 * gets back only checked values (`corpus-client.ts`). Kept apart from the worker's entry so that tests
 * can wire a client to it on one thread.
 */
import type { CorpusManifest } from '../data/corpus-format';
import { fetchStore, type FetchStore } from '../data/corpus-fetch';
import { CorpusError, type CorpusErrorCode } from '../data/corpus-guard';
import { openCorpus, type Corpus } from '../data/corpus-read';

/** The calls a page may make on an open corpus: `Corpus`'s methods, without the abort signal. */
export type CorpusMethod =
  'density' | 'window' | 'find' | 'event' | 'article' | 'sources' | 'entities' | 'search';

/** An error as it crosses to the page: a `CorpusError`'s place and code, or a plain message. */
export interface ErrorData {
  readonly corpus: boolean;
  readonly place: string;
  readonly code: CorpusErrorCode;
  readonly message: string;
}

/** How often the worker says it is alive; a worker that falls silent is stuck in one piece of work. */
export const BEAT_MS = 250;

export type ToHost =
  | { readonly open: string }
  | { readonly id: number; readonly method: CorpusMethod; readonly args: readonly unknown[] };

export type FromHost =
  | { readonly opened: CorpusManifest; readonly site: string | null }
  | { readonly failed: ErrorData }
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: ErrorData }
  /** A file has arrived and is about to be checked and decoded (the watchdog names it). */
  | { readonly reading: string }
  | { readonly noRange: string }
  | { readonly beat: true };

export const errorData = (e: unknown): ErrorData =>
  e instanceof CorpusError
    ? { corpus: true, place: e.place, code: e.code, message: e.message }
    : { corpus: false, place: '', code: 'fetch', message: e instanceof Error ? e.message : String(e) };

/** Answers `ToHost` messages through `post`; `makeStore` is the fetch store (a test may give its own). */
export function corpusHost(
  post: (m: FromHost) => void,
  makeStore: (base: string, onNoRange: (path: string) => void) => FetchStore = (base, onNoRange) =>
    fetchStore(base, fetch, { onNoRange }),
): (m: ToHost) => Promise<void> {
  let corpus: Promise<Corpus> | null = null;
  return async (m) => {
    if ('open' in m) {
      const inner = makeStore(m.open, (path) => post({ noRange: path }));
      const store: FetchStore = {
        site: () => inner.site(),
        async get(path, range, size) {
          const bytes = await inner.get(path, range, size);
          post({ reading: path });
          return bytes;
        },
      };
      corpus = openCorpus(store);
      try {
        post({ opened: (await corpus).manifest, site: store.site() });
      } catch (e) {
        post({ failed: errorData(e) });
      }
      return;
    }
    try {
      if (corpus === null) throw new Error('no corpus is open');
      const c = await corpus;
      const call = c[m.method] as (...args: readonly unknown[]) => Promise<unknown>;
      post({ id: m.id, value: await call(...m.args) });
    } catch (e) {
      post({ id: m.id, error: errorData(e) });
    }
  };
}
