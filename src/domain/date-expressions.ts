/**
 * Date expressions in a news text and their calendar values: `findDateExpressions` (what the
 * checker's coverage rule needs) and `analyseDates` (each expression resolved against the publication
 * date, with its rule and a bilingual note). The pieces: `date-lexicon.ts` (words and folding),
 * `date-finder.ts` (spans and what they say), `date-resolver.ts` (values and reasons).
 */
import { findDates, type DateKind, type FoundDate } from './date-finder';
import { foldForDates } from './date-lexicon';
import { resolveDate, type DateReading } from './date-resolver';
import { clauseIndex, type ClauseIndex } from './text-clauses';

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

// A future verb (سيعقد، ستجرى، سأعود، سوف), or words that announce what is planned. The exclusions are
// common nouns that begin like a future verb (سيارة، سياسة، سيطرة، سنة، ساعة، ستة، …).
const FUTURE =
  /(?<![\p{L}])(?:سوف|س(?!يار|ياس|يطر|يد|ين|يول|يف|ير|تين|ته|تار|تا|نو|نه|نين|نت|نا|اع(?:ه|ات|تي)|اح|اب|ال|ام|اد)[يتنا]\p{L}{2,}|من\s+المقرر|من\s+المتوقع|من\s+المنتظر|[يت]عتزم|مرتقب|will|shall)(?![\p{L}])/u;
const CLAUSE_END = /[.!?؟؛\n]/u;

/**
 * Every date expression in `text` with its value counted from `published` (`YYYY-MM-DD` or null):
 * the rule, reference, assumptions, alternatives and a note in Arabic and English.
 */
export function analyseDates(text: string, published: string | null): ResolvedDateExpression[] {
  const found = findDates(text);
  const { text: folded, map } = foldForDates(text);
  const index = clauseIndex(folded, map, CLAUSE_END);
  const clauseOf = (e: FoundDate) => index.clause(index.at(e.start), index.at(e.end));
  const future = new Map<object, boolean>();
  const years = published === null ? sentenceYears(found, clauseOf) : null;
  const earlier: string[] = [];
  const out: ResolvedDateExpression[] = [];
  found.forEach((e: FoundDate) => {
    const clause = clauseOf(e);
    let isFuture = future.get(clause);
    if (isFuture === undefined) future.set(clause, (isFuture = FUTURE.test(clause.text)));
    const sentenceYear = years?.(e, clause);
    const reading = resolveDate(e, {
      published,
      earlier,
      future: isFuture,
      ...(sentenceYear === undefined ? {} : { sentenceYear }),
    });
    if (reading.value !== null) earlier.push(reading.value);
    out.push({ start: e.start, end: e.end, text: e.text, kind: e.kind, ...reading });
  });
  return out;
}

type Clause = ReturnType<ClauseIndex['clause']>;

/**
 * Without a publication date, an expression takes its year from another Gregorian expression with a
 * year in its clause: the first such expression (in the text's order) whose words the clause holds.
 * Only the words of expressions found inside the clause are looked for, so the work stays linear.
 */
function sentenceYears(
  found: readonly FoundDate[],
  clauseOf: (e: FoundDate) => Clause,
): (e: FoundDate, clause: Clause) => number | undefined {
  const yearly = found.filter((o) => o.parts.year !== undefined && o.parts.calendar === 'gregory');
  const byText = new Map<string, FoundDate[]>();
  const inClause = new Map<Clause, Set<string>>();
  for (const o of yearly) {
    const key = foldForDates(o.text).text;
    const same = byText.get(key) ?? [];
    if (same.length < 2) same.push(o);
    byText.set(key, same);
    const c = clauseOf(o);
    inClause.set(c, (inClause.get(c) ?? new Set<string>()).add(key));
  }
  const order = new Map(found.map((o, i) => [o, i]));
  return (e, clause) => {
    let best: FoundDate | undefined;
    for (const key of inClause.get(clause) ?? [])
      for (const o of byText.get(key) ?? [])
        if (o !== e && (best === undefined || (order.get(o) ?? 0) < (order.get(best) ?? 0))) best = o;
    return best?.parts.to?.year ?? best?.parts.year;
  };
}
