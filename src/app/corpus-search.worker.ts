/// <reference lib="webworker" />
/**
 * Searches a corpus off the page's thread: receives `{ base, query, id }`, reads the skeleton row group
 * by row group (each checked like any other block) and posts `{ id, results, done, total, capped }`
 * after each, so the page lists what is found while the scan goes on. A newer query makes an older
 * scan stop at its next row group. Matching is the dataset search's own (`searchEvents`, with its
 * Arabic folding), over what the skeleton holds: both titles and the actors' names.
 */
import { fetchStore, openCorpus, type Corpus } from '../data';
import { searchEvents, type SearchResult } from '../domain';
import { rowEvent } from './corpus-rows';
import { CAPPED_AT, type SearchReply, type SearchRequest } from './corpus-search';

let opened: { base: string; corpus: Promise<Corpus> } | null = null;
let latest = 0;

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const { base, query, id } = e.data;
  latest = id;
  const post = (reply: SearchReply): void => self.postMessage(reply);
  try {
    if (opened?.base !== base) opened = { base, corpus: openCorpus(fetchStore(base)) };
    const corpus = await opened.corpus;
    const entities = await corpus.entities();
    const total = corpus.manifest.skeleton.reduce((n, f) => n + f.rowGroups.length, 0);
    const results: SearchResult[] = [];
    for (let g = 0; g < total; g++) {
      if (latest !== id) return;
      const events = (await corpus.groupRows(g)).map(rowEvent);
      const found = searchEvents(
        {
          format: 'riwayat-dataset',
          version: 1,
          title: corpus.manifest.title,
          sources: [],
          entities,
          events,
        },
        query,
      );
      results.push(...found.slice(0, CAPPED_AT - results.length));
      const capped = results.length >= CAPPED_AT;
      post({ id, results: found.length > 0 ? results.slice() : null, done: g + 1, total, capped });
      if (capped) return;
    }
  } catch (error) {
    post({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
