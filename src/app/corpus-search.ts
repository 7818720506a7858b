/**
 * Search across a corpus, behind one function: the corpus's prebuilt word index (`Corpus.search`:
 * titles in both languages and quotes, Arabic folded as the dataset search folds it) names the events;
 * their titles are highlighted at once, and the events found by a quote alone are then fetched one by
 * one, with progress, so that the list can show the quote that matched.
 */
import type { Corpus } from '../data';
import { hitsOf, queryTerms, type Entity, type SearchResult } from '../domain';
import { rowHead } from './corpus-rows';
import type { CorpusSearchState } from './corpus-source';

/** The results listed (the list shows at most this many, see SearchResults). */
export const LIMIT = 200;
/** Events found by a quote alone whose details are fetched to show that quote. */
const DETAILED = 20;

export interface CorpusSearch {
  /** Starts searching for `query` (an empty one clears); a newer call supersedes an older one. */
  run(query: string): void;
  dispose(): void;
}

export function createCorpusSearch(
  corpus: Corpus,
  entities: () => Promise<readonly Entity[]>,
  onState: (s: CorpusSearchState | null) => void,
  onError: (e: unknown) => void,
): CorpusSearch {
  let request: AbortController | null = null;
  async function search(q: string, signal: AbortSignal): Promise<void> {
    const [answer, known] = await Promise.all([corpus.search(q, { limit: LIMIT, signal }), entities()]);
    const terms = queryTerms(q, known);
    const results: SearchResult[] = answer.rows.map((row) => {
      const event = rowHead(row);
      return { event, hits: hitsOf(event, terms, known) };
    });
    const pending = results.flatMap((r, i) => (r.hits.length === 0 ? [i] : [])).slice(0, DETAILED);
    const report = (done: number): void =>
      onState({
        query: q,
        results: results.slice(),
        busy: done < pending.length,
        done,
        total: pending.length,
        capped: !answer.complete || answer.total > answer.rows.length,
      });
    report(0);
    for (const [n, i] of pending.entries()) {
      const r = results[i] as SearchResult;
      const row = answer.rows[i];
      if (row === undefined) continue;
      try {
        const event = await corpus.event(row);
        if (signal.aborted) return;
        results[i] = { event: r.event, hits: hitsOf(event, terms, known) };
      } catch (e) {
        if (signal.aborted) return;
        onError(e);
      }
      report(n + 1);
    }
  }
  return {
    run(query) {
      request?.abort();
      request = null;
      const q = query.trim();
      if (q === '') return onState(null);
      const mine = new AbortController();
      request = mine;
      onState({ query: q, results: [], busy: true, done: 0, total: 0, capped: false });
      search(q, mine.signal).catch((e: unknown) => {
        if (!mine.signal.aborted) {
          onError(e);
          onState({ query: q, results: [], busy: false, done: 0, total: 0, capped: false });
        }
      });
    },
    dispose() {
      request?.abort();
    },
  };
}
