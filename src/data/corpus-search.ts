/**
 * The corpus's word index: which events hold a word in a title (either language) or a quote, with
 * Arabic folded as the app's search folds it (domain/arabic.ts). Words are indexed as written and,
 * for Arabic, also without the article ال (and a proclitic before it), so that وزير finds الوزير.
 * A word's postings are the rows of its events in time order, stored as gaps; a word in more than
 * `POSTINGS_CAP` events keeps its count and only its first `POSTINGS_CAP` rows.
 */
import { normalizeForMatch, tokenize, WORD, type TimelineEvent } from '../domain';

export const POSTINGS_CAP = 2000;

/** One word of the index: the word, how many events hold it, and the gaps between their rows. */
export type Postings = readonly [word: string, total: number, gaps: readonly number[]];

/** The forms a folded word is indexed under. */
export function wordForms(key: string): string[] {
  const out = [key];
  let k = key;
  if (k.length > 4 && /^[وفبلك]ال/.test(k)) out.push((k = k.slice(1)));
  if (k.length > 3 && k.startsWith('ال')) out.push(k.slice(2));
  return out;
}

/**
 * Words as written whose forms `memo` holds before it starts again: a bound on each thread's memory.
 * At 100,000 events of `bench/corpus-input.ts` (5.8 million words, 100,030 distinct) this many folds
 * each distinct word once; a memo of 1,000 to 1,000,000 words cost the same CPU there, the folding
 * being a small part of the words' cost (finding them and gathering an event's set).
 */
export const WORD_MEMO = 100_000;

/**
 * The folded words an event is found by: its titles and its quotes. `memo` (word as written → its
 * forms) saves folding a word again: a build meets the same words millions of times.
 */
export function eventWords(
  e: Pick<TimelineEvent, 'title' | 'accounts'>,
  memo?: Map<string, readonly string[]>,
): Set<string> {
  const words = new Set<string>();
  const add =
    memo === undefined
      ? (text: string) => {
          for (const t of tokenize(text)) for (const f of wordForms(t.key)) words.add(f);
        }
      : (text: string) => {
          for (const [word] of text.matchAll(WORD)) {
            let forms = memo.get(word);
            if (forms === undefined) {
              const key = normalizeForMatch(word);
              forms = key === '' ? [] : wordForms(key);
              if (memo.size >= WORD_MEMO) memo.clear();
              memo.set(word, forms);
            }
            for (const f of forms) words.add(f);
          }
        };
  add(e.title.ar);
  add(e.title.en);
  for (const a of e.accounts) for (const q of a.quotes) add(q.text);
  return words;
}

/** The folded words of a query (each matched as a prefix of an indexed word). */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(normalizeForMatch(query)).map((t) => t.key))];
}

export const gaps = (rows: readonly number[]): number[] =>
  rows.map((r, i) => (i === 0 ? r : r - (rows[i - 1] as number)));
export function ungap(g: readonly number[]): number[] {
  const rows: number[] = [];
  let r = 0;
  for (const d of g) rows.push((r += d));
  return rows;
}

/** Rows in every list (each sorted ascending). */
export function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = [...(sorted[0] as number[])];
  for (const list of sorted.slice(1)) {
    const set = new Set(list);
    out = out.filter((r) => set.has(r));
  }
  return out;
}

/** Rows in any list, ascending, without repeats. */
export function union(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
