/**
 * Search in a corpus: each query word's postings from the word index (a few blocks of the search tree,
 * the word and the longer words it starts), intersected, and the first rows placed from the rows tree.
 */
import type { CorpusFiles } from './corpus-files';
import { CorpusError, isCount } from './corpus-guard';
import { intersect, queryWords, ungap, union, type Postings } from './corpus-search';
import { placedRow, type PlacedRow } from './corpus-skeleton';
import { treeRange } from './corpus-tree';

/** How many index blocks one query word may read for its prefix matches. */
const PREFIX_BLOCKS = 8;

export interface SearchAnswer {
  readonly rows: PlacedRow[];
  readonly total: number;
  readonly complete: boolean;
}

/** The first rows of a word's postings that start with `prefix`: exact and longer words. */
async function wordRows(
  files: CorpusFiles,
  prefix: string,
): Promise<{ rows: number[]; total: number; complete: boolean }> {
  const { blocks, complete } = await files.inTree(() =>
    treeRange(
      files.block,
      files.manifest.trees.search,
      prefix,
      `${prefix}\uffff`,
      PREFIX_BLOCKS,
      'search tree',
    ),
  );
  const lists: number[][] = [];
  let total = 0;
  let whole = complete;
  for (const b of blocks) {
    if (!Array.isArray(b)) throw new CorpusError('search tree', 'format', 'a block is not a list');
    for (const p of b as Postings[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'string' || !isCount(p[1]) || !Array.isArray(p[2]))
        throw new CorpusError('search tree', 'format', 'a word entry is malformed');
      if (!p[0].startsWith(prefix)) continue;
      const rows = ungap(p[2]);
      if (rows.length < p[1]) whole = false;
      total += p[1];
      lists.push(rows);
    }
  }
  const rows = union(lists);
  return { rows, total: lists.length === 1 ? total : rows.length, complete: whole };
}

/** Events holding every word of `query` (see `Corpus.search`). */
export async function searchRows(
  files: CorpusFiles,
  query: string,
  opts: { readonly limit?: number; readonly signal?: AbortSignal } = {},
): Promise<SearchAnswer> {
  const limit = opts.limit ?? 20;
  const words = queryWords(query);
  if (words.length === 0) return { rows: [], total: 0, complete: true };
  const found = await Promise.all(words.map((w) => wordRows(files, w)));
  opts.signal?.throwIfAborted();
  const rows = intersect(found.map((f) => f.rows));
  const complete = found.every((f) => f.complete);
  const total = words.length === 1 && found[0] !== undefined ? found[0].total : rows.length;
  const placed = await Promise.all(rows.slice(0, limit).map((r) => placedRow(files, r)));
  opts.signal?.throwIfAborted();
  return { rows: placed, total, complete };
}
