/**
 * The corpus's word index: which events hold a word in a title (either language) or a quote, with
 * Arabic folded as the app's search folds it (domain/arabic.ts). Words are indexed as written and,
 * for Arabic, also without the article ال (and a proclitic before it), so that وزير finds الوزير.
 * A word's postings are the rows of its events in time order, stored as gaps; a word in more than
 * `POSTINGS_CAP` events keeps its count and only its first `POSTINGS_CAP` rows.
 */
import { normalizeForMatch, tokenize, withoutProclitic, type TimelineEvent } from '../domain';
import { forEachWord } from './corpus-words';

export const POSTINGS_CAP = 2000;

/** One word of the index: the word, how many events hold it, and the gaps between their rows. */
export type Postings = readonly [word: string, total: number, gaps: readonly number[]];

/** The forms a folded word is indexed under. */
export function wordForms(key: string): string[] {
  const out = [key];
  let k = key;
  const bare = withoutProclitic(k, 4);
  if (bare?.startsWith('ال') === true) out.push((k = bare));
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

/** A folded form, and the last event (by number) it was gathered for. */
interface Form {
  readonly text: string;
  seen: number;
}

/**
 * What a build remembers of the words it met: each word as written → its folded forms, each form
 * one object for all the words that fold to it, so that an event's forms are told apart by a number
 * instead of a set of strings. Holds about `WORD_MEMO` words, then starts again
 * before the next event.
 */
export class WordMemo {
  private readonly words = new Map<string, readonly Form[]>();
  private readonly forms = new Map<string, Form>();
  private event = 0;

  /** The folded forms of every word of `texts`, each once, in the order first met. */
  gather(texts: Iterable<string>): string[] {
    // Started again between events only: a form met again within one event must stay one object.
    if (this.words.size >= WORD_MEMO) {
      this.words.clear();
      this.forms.clear();
    }
    const out: string[] = [];
    const event = ++this.event;
    const add = (word: string): void => {
      let forms = this.words.get(word);
      if (forms === undefined) forms = this.learn(word);
      for (const f of forms)
        if (f.seen !== event) {
          f.seen = event;
          out.push(f.text);
        }
    };
    for (const text of texts) forEachWord(text, add);
    return out;
  }

  private learn(word: string): readonly Form[] {
    const key = normalizeForMatch(word);
    const forms = (key === '' ? [] : wordForms(key)).map((text) => {
      let f = this.forms.get(text);
      if (f === undefined) this.forms.set(text, (f = { text, seen: 0 }));
      return f;
    });
    this.words.set(word, forms);
    return forms;
  }
}

/** The texts an event is found by: its titles and its quotes. */
function* searchedTexts(e: Pick<TimelineEvent, 'title' | 'accounts'>): Generator<string> {
  yield e.title.ar;
  yield e.title.en;
  for (const a of e.accounts) for (const q of a.quotes) yield q.text;
}

/**
 * The folded words an event is found by: its titles and its quotes, each once, in the order first
 * met. A build passes its `memo` (see `WordMemo`): it meets the same words millions of times.
 */
export function eventWords(e: Pick<TimelineEvent, 'title' | 'accounts'>, memo?: WordMemo): string[] {
  if (memo !== undefined) return memo.gather(searchedTexts(e));
  const words = new Set<string>();
  for (const text of searchedTexts(e))
    for (const t of tokenize(text)) for (const f of wordForms(t.key)) words.add(f);
  return [...words];
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
