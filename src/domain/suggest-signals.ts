/**
 * The plain signals the suggestions weigh beside a passage's own wording, dates and names
 * (`suggest.ts`): how recent an event is when the article appears, the share of an event's actors
 * named, the two best of a row of likenesses (for how much better a passage fits one event), how
 * much of a passage a matched quote covers, whether a passage can be ticked at all, and how much of
 * a passage's rarer words a quote shares by their stems.
 */
import { interval } from './dates';
import { tokenize, withoutProclitic } from './arabic';
import { copyStem, sentences } from './shared-copy';

const DAY = 86_400_000;

/**
 * How recent the event is when the article is published, 0–1: 1 when it ends on the publication day or
 * the day before, falling to 0 over `days` more days; 0 for an event that begins after the day, or
 * when the publication date is not known.
 */
export function recencyOf(
  span: { readonly start: number; readonly end: number } | null,
  published: string | null,
  days: number,
): number {
  const day = published === null ? null : interval(published);
  if (day === null || span === null || span.start >= day.end) return 0;
  const ago = Math.max(0, Math.round((day.start - span.end) / DAY));
  return Math.max(0, 1 - ago / days);
}

/** The largest and the second largest of `values` (equal when the largest is there twice); 0 for none. */
export function topTwo(values: readonly number[]): [number, number] {
  let first = 0;
  let second = 0;
  for (const v of values)
    if (v > first) [first, second] = [v, first];
    else if (v > second) second = v;
  return [first, second];
}

/** The share of an event's actors (at most 3 needed) among `named`. */
export function actorShare(actors: ReadonlySet<string>, named: ReadonlySet<string>): number {
  if (actors.size === 0) return 0;
  let n = 0;
  for (const a of actors) if (named.has(a)) n++;
  return Math.min(1, n / Math.min(3, actors.size));
}

/**
 * How much of a passage a quote it contains stands for, 0–1: 1 when the quote is at least `share` of
 * the passage's size, less in proportion below that. A clause-sized quote of one event inside a long
 * sentence («…شبه جزيرة القرم التي ضمتها روسيا 2014») says the sentence mentions that event, not that
 * it reports it.
 */
export function coverage(quoteSize: number, passageSize: number, share: number): number {
  if (passageSize <= 0 || quoteSize >= passageSize || share <= 0) return 1;
  return Math.min(1, quoteSize / (share * passageSize));
}

/**
 * Whether a passage may come ticked: not a line that only leads into what follows (a subheading or
 * «وقال البيان:» ending with a colon), which cannot stand as a quote by itself.
 */
export function tickable(text: string): boolean {
  return !/[:：]\s*$/u.test(text);
}

/** A comma or semicolon, Arabic or Latin: where a sentence's clauses meet. */
const CLAUSE_BREAK = /[،,؛;]/gu;

/**
 * Where the lead of a passage ends: after its first clause (at a comma or semicolon) once that holds
 * at least `words` words, or the passage's end when no such clause ends before it. A sentence
 * reports what its head says; what follows a comma is often context («…، وسط تصاعد التوتر…، على إثر
 * هجوم…»), another event named, not reported.
 */
export function leadEnd(text: string, words: number): number {
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // A comma between two digits is a number's («1,4 مليار»).
    if (/\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[m.index + 1] ?? '')) continue;
    const head = text.slice(0, m.index);
    if ((head.match(/[\p{L}\p{N}]+/gu) ?? []).length >= words) return m.index;
  }
  return text.length;
}

/** A text's words by their stems: each word's possible stems, and all of them together. */
export interface Stemmed {
  /** One entry a distinct word: its stems (`copyStem`), with and without a leading proclitic. */
  readonly words: readonly (readonly string[])[];
  readonly all: ReadonlySet<string>;
}

/**
 * The stems of a text's words (`tokenize`'s folding, then `copyStem`: no article, plural or pronoun
 * ending). A word that may open with a one-letter proclitic keeps both readings, since «كنيسة» opens
 * with ك as «كرادلة» does not: «الكرادلة», «للكرادلة» and «كرادلة» meet on one stem, «الكنيسة» and
 * «كنيسة» on another. The one place the suggestions read words at the level of their stems.
 */
export function stemsOf(text: string): Stemmed {
  const all = new Set<string>();
  const words: string[][] = [];
  const seen = new Set<string>();
  for (const { key } of tokenize(text)) {
    if (seen.has(key)) continue;
    seen.add(key);
    const bare = withoutProclitic(key, 3);
    const stems = bare === null ? [copyStem(key)] : [copyStem(key), copyStem(bare)];
    words.push(stems);
    for (const stem of stems) all.add(stem);
  }
  return { words, all };
}

/**
 * How rare each stem is among the sentences of `texts` (the articles the dataset has): the log of
 * (sentences + 1) / (sentences holding it + 1), so a stem of nearly every sentence («أن», «في») weighs
 * about nothing, and one no sentence holds the most.
 */
export function stemRarity(texts: readonly string[]): (stem: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of texts)
    for (const s of sentences(text)) {
      n++;
      for (const stem of stemsOf(text.slice(s.start, s.end)).all) df.set(stem, (df.get(stem) ?? 0) + 1);
    }
  return (stem) => Math.max(0, Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)));
}

/**
 * How much of a passage one quote holds by stems, 0–1: the share of the passage's words, each
 * weighed by its commoner stem's rarity, of which the quote has a stem. An outlet that words an event
 * its own way still names its rarer things («كنيسة سيستين», «الكرادلة», «المدخنة»), often with another
 * article, ending or proclitic than the quote, which character 4-grams of whole phrases miss.
 */
export function stemShare(passage: Stemmed, quote: Stemmed, rarity: (stem: string) => number): number {
  let all = 0;
  let held = 0;
  for (const stems of passage.words) {
    const r = Math.min(...stems.map(rarity));
    all += r;
    if (stems.some((stem) => quote.all.has(stem))) held += r;
  }
  return all === 0 ? 0 : held / all;
}
