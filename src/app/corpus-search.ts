/**
 * Search across a corpus, behind one function so that a prebuilt index can replace the scan: today a
 * worker (`corpus-search.worker.ts`) reads the skeleton and matches titles and actors with the
 * dataset search's Arabic folding, reporting what it has found after each row group.
 */
import type { SearchResult } from '../domain';
import type { CorpusSearchState } from './corpus-source';

/** The scan stops listing after this many results. */
export const CAPPED_AT = 500;

export interface SearchRequest {
  readonly base: string;
  readonly query: string;
  readonly id: number;
}

export type SearchReply =
  | {
      readonly id: number;
      /** Every result so far, or null when this row group added none. */
      readonly results: readonly SearchResult[] | null;
      readonly done: number;
      readonly total: number;
      readonly capped: boolean;
    }
  | { readonly id: number; readonly failure: string };

export interface CorpusSearch {
  /** Starts searching for `query` (an empty one clears); a newer call supersedes an older one. */
  run(query: string): void;
  dispose(): void;
}

export function createCorpusSearch(
  base: string,
  onState: (s: CorpusSearchState | null) => void,
  onFailure: (message: string) => void = () => {},
): CorpusSearch {
  let worker: Worker | null = null;
  let id = 0;
  let state: CorpusSearchState | null = null;
  const set = (s: CorpusSearchState | null): void => {
    state = s;
    onState(s);
  };
  return {
    run(query) {
      const q = query.trim();
      const mine = ++id;
      if (q === '') return set(null);
      worker ??= new Worker(new URL('./corpus-search.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<SearchReply>) => {
        const r = e.data;
        if (r.id !== id) return;
        if ('failure' in r) return onFailure(r.failure);
        set({
          query: q,
          results: r.results ?? state?.results ?? [],
          done: r.done,
          total: r.total,
          capped: r.capped,
        });
      };
      set({ query: q, results: [], done: 0, total: 0, capped: false });
      worker.postMessage({ base, query: q, id: mine } satisfies SearchRequest);
    },
    dispose() {
      id++;
      worker?.terminate();
      worker = null;
    },
  };
}
