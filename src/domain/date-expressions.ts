/**
 * Date expressions in a news text and their calendar values: `findDateExpressions` (what the
 * checker's coverage rule needs) and `analyseDates` (each expression resolved against the publication
 * date, with its rule and a bilingual note). The pieces: `date-lexicon.ts` (words and folding),
 * `date-finder.ts` (spans and what they say), `date-resolver.ts` (values and reasons).
 */
import { findDates, type DateKind, type FoundDate } from './date-finder';
import { foldForDates } from './date-lexicon';
import { resolveDate, type DateReading } from './date-resolver';
import { parsePartialDate } from './dates';

export type DateExpressionKind = DateKind;

export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateExpressionKind;
}

export interface ResolvedDateExpression extends DateExpression, DateReading {}

/** Weekday names as the dataset rules match them, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'الأحد|الاحد',
  'الاثنين|الإثنين',
  'الثلاثاء',
  'الأربعاء|الاربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
];

const RFC3339 =
  /^(\d{4}-\d{2}-\d{2})(?:[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d+)?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * The publication day of a `published` field: a day (`2024-06-26`) or an RFC 3339 date-time
 * (`2024-06-26T09:15:00+03:00`, `2024-06-26T06:15Z`). A date-time counts on the day it names, in the
 * offset it was written in (the publisher's day, which is what the text's «اليوم» means), not
 * converted to UTC. Null when it is neither, or names no real day.
 */
export function publicationDay(published: string): string | null {
  const m = RFC3339.exec(published);
  const day = m?.[1];
  return day === undefined || parsePartialDate(day) === null ? null : day;
}

// Validation asks again for the same quotes (every parse of a dataset): short texts are answered once.
const cache = new Map<string, readonly DateExpression[]>();

/** Every date expression in `text`, in order of position, none overlapping another. */
export function findDateExpressions(text: string): DateExpression[] {
  const known = cache.get(text);
  if (known !== undefined) return [...known];
  const found = findDates(text).map(({ start, end, text: t, kind }) =>
    Object.freeze({ start, end, text: t, kind }),
  );
  if (text.length <= 2000) {
    if (cache.size >= 5000) cache.clear();
    cache.set(text, found);
  }
  return [...found];
}

// A future verb (سيعقد، ستجرى، سأعود، سوف، وستختتم، فسيكون), or words that announce what is planned.
// The exclusions are common nouns that begin like a future verb (سيارة، سياسة، سيطرة، سنة، ساعة، ستة،
// وسيلة، وسائل، وسيط، لا سيما، …).
const FUTURE =
  /(?<![\p{L}])[وف]?(?:سوف|س(?!يار|ياس|يطر|يد|ين|يول|يف|ير|يله(?![\p{L}])|يط|يما(?![\p{L}])|تين|ته|تار|تا|تر|نو|نه|نين|نت|نا|اع(?:ه|ات|تي)|اح|اب|ال|ام|اد|اي)[يتنا]\p{L}{2,}|من\s+المقرر|من\s+المتوقع|من\s+المنتظر|[يت]عتزم|مرتقب|will|shall)(?![\p{L}])/u;
const COMMA = /[،,]/u;
const CLAUSE_END = /[.!?؟؛\n]/u;

function clauseAround(folded: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(folded[a - 1] ?? '')) a--;
  let b = end;
  while (b < folded.length && !CLAUSE_END.test(folded[b] ?? '')) b++;
  return folded.slice(a, b);
}

/**
 * Where the tense of an expression is read: its sentence up to the end of its own comma clause. A
 * verb before it in the sentence governs it («سيزور … الأربعاء»); a verb in a later clause does not
 * («جرت بينهما يوم الخميس، … وقالا إنهما سيتحدثان»).
 */
function tenseScope(folded: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(folded[a - 1] ?? '')) a--;
  let b = end;
  while (b < folded.length && !CLAUSE_END.test(folded[b] ?? '') && !COMMA.test(folded[b] ?? '')) b++;
  return folded.slice(a, b);
}

/**
 * Every date expression in `text` with its value counted from `published` (`YYYY-MM-DD` or null):
 * the rule, reference, assumptions, alternatives and a note in Arabic and English.
 */
export function analyseDates(text: string, published: string | null): ResolvedDateExpression[] {
  const found = findDates(text);
  const { text: folded, map } = foldForDates(text);
  const foldedAt = (i: number): number => {
    let k = 0;
    while (k < map.length - 1 && (map[k] ?? 0) < i) k++;
    return k;
  };
  const earlier: string[] = [];
  const out: ResolvedDateExpression[] = [];
  found.forEach((e: FoundDate) => {
    const clause = clauseAround(folded, foldedAt(e.start), foldedAt(e.end));
    const future = FUTURE.test(tenseScope(folded, foldedAt(e.start), foldedAt(e.end)));
    let sentenceYear: number | undefined;
    if (published === null) {
      // A Gregorian year printed in the sentence: a date's, a range's end, or a Hijri month's or
      // feast's («يوم عرفة لعام 2024»).
      const yearOf = (o: FoundDate): number | undefined =>
        o.parts.calendar === 'gregory' ? (o.parts.to?.year ?? o.parts.year) : o.parts.gregorianYear;
      const other = found.find(
        (o) => o !== e && yearOf(o) !== undefined && clause.includes(foldForDates(o.text).text),
      );
      sentenceYear = other === undefined ? undefined : yearOf(other);
    }
    const reading = resolveDate(e, {
      published,
      earlier,
      future,
      ...(sentenceYear === undefined ? {} : { sentenceYear }),
    });
    if (reading.value !== null) earlier.push(reading.value);
    out.push({ start: e.start, end: e.end, text: e.text, kind: e.kind, ...reading });
  });
  return out;
}
