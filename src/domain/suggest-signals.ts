/**
 * The plain signals the suggestions weigh beside a passage's own wording, dates and names
 * (`suggest.ts`): how recent an event is when the article appears, the share of an event's actors
 * named, the two best of a row of likenesses (for how much better a passage fits one event), how
 * much of a passage a matched quote covers, and whether a passage can be ticked at all.
 */
import { interval } from './dates';

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
