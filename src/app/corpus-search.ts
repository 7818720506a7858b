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
import { latestLoad } from './last-load';

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
  // A newer search aborts the one under way (the last asked for wins).
  const searches = latestLoad();
  async function search(q: string, signal: AbortSignal): Promise<void> {
    const [answer, known] = await Promise.all([corpus.search(q, { limit: LIMIT, signal }), entities()]);
    // A newer search has begun: this answer is dropped here, whether or not the corpus honoured the signal.
    if (signal.aborted) return;
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
      const q = query.trim();
      if (q === '') {
        searches.cancel();
        return onState(null);
      }
      const { signal } = searches.begin();
      onState({ query: q, results: [], busy: true, done: 0, total: 0, capped: false });
      search(q, signal).catch((e: unknown) => {
        if (!signal.aborted) {
          onError(e);
          onState({ query: q, results: [], busy: false, done: 0, total: 0, capped: false });
        }
      });
    },
    dispose() {
      searches.cancel();
    },
  };
}
