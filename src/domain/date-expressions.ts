/**
 * Date expressions in a news text and their calendar values: `findDateExpressions` (what the
 * checker's coverage rule needs) and `analyseDates` (each expression resolved against the publication
 * date, with its rule and a bilingual note). The pieces: `date-lexicon.ts` (words and folding),
 * `date-finder.ts` (spans and what they say), `date-resolver.ts` (values and reasons).
 */
import { CONJUNCTIONS, SUBJUNCTIVE_PROCLITICS } from './arabic';
import { weekdayNearStated, weekdayOfFeast } from './date-equated';
import { findDates, type DateKind, type FoundDate } from './date-finder';
import { foldForDates } from './date-lexicon';
import { resolveDate, type DateReading } from './date-resolver';
import { clauseIndex, type ClauseIndex } from './text-clauses';
import { parsePartialDate } from './dates';

export type DateExpressionKind = DateKind;

export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateExpressionKind;
}

export interface ResolvedDateExpression extends DateExpression, DateReading {}

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

// A future verb (سيعقد، ستجرى، سأعود، سوف، وستختتم، فسيكون), or words that announce what is planned
// («من المقرر»، «على أن»).
// The exclusions are common nouns that begin like a future verb (سيارة، سياسة، سيطرة، سنة، ساعة، ستة،
// وسيلة، وسائل، وسيط، لا سيما، …).
const FUTURE_VERB = new RegExp(
  `[${CONJUNCTIONS}]?(?:سوف|س(?!يار|ياس|يطر|يد|ين|يول|يف|ير|يله(?![\\p{L}])|يط|يما(?![\\p{L}])|تين|ته|تار|تا|تر|نو|نه|نين|نت|نا|اع(?:ه|ات|تي)|اح|اب|ال|ام|اد|اي)[يتنا]\\p{L}{2,}|من\\s+المقرر|من\\s+المتوقع|من\\s+المنتظر|[يت]عتزم|مرتقب|علي\\s+ان|will|shall)`,
  'u',
);
// The words are as folded for dates, without the hamza («رجاء» is «رجا»).
// A request or an instruction asks for what is to come: «دعونا نجتمع الثلاثاء», «يرجى تحديد موعد
// … يوم الجمعة», «حدد موعدًا ليوم الغد», «أضف الغداء … يوم الجمعة», «هل يمكنك …», «يمكن أن يرتب لنا
// لقاء …», «تجد لنا الوقت …», «أحتاج إلى اجتماع».
const REQUEST = new RegExp(
  `(?:دعونا|دعنا|[${CONJUNCTIONS}]?يرجي|[${CONJUNCTIONS}]?رجا|حدد|حددي|تحديد\\s+موعد|اضف|ضع|جدوله|هل\\s+يمكنك|(?<!كان\\s+)يمكن\\s+ان|[تن]?جد\\s+لنا|احتاج\\s+الي|متاحا)`,
  'u',
);
// Who goes on or is resolved to do something speaks of what is to come: «مستمر في التظاهر يومي السبت
// والأحد», «عازمون على السفر الخميس».
const CONTINUING = new RegExp(
  `[${CONJUNCTIONS}]?(?:مستمر|مستمرون|مستمرين|مستمره|عازم|عازمون|عازمين|عازمه)\\s+(?:في|علي)`,
  'u',
);
// A forecast's present tense speaks of the days ahead: «وفي يوم الخميس يطرأ ارتفاع»، «يسود … الجمعة».
const FORECAST = new RegExp(
  `[${CONJUNCTIONS}]?(?:[يت]طرا|[يت]توقع|[يت]سود|[يت]ستمر\\s+(?:الجو|الطقس|الاجوا))`,
  'u',
);
// A present-tense verb whose subject is the weather is a forecast's: «تبلغ ذروة المنخفض مساء الجمعة»,
// «قبل أن تعود الأمطار ظهر السبت» (not a verbal noun of the form «تفاعل»: «أدى تساقط الأمطار الخميس»;
// not after «كان»).
const WEATHER = new RegExp(
  `(?<!(?:كان|كانت)\\s+)[${CONJUNCTIONS}]?(?![يت]\\p{L}ا\\p{L}{2}(?![\\p{L}]))[يت]\\p{L}{2,}\\s+(?:\\p{L}+\\s+){0,2}(?:ال)?(?:امطار|منخفض|رياح|حراره|طقس|اجوا|ثلوج|غيوم|عاصفه|زخات)`,
  'u',
);
// An announcement's present tense of what is scheduled: «تنطلق … السبت», «يزور … الأربعاء», «تقام … الخميس»
// (not after «كان», which makes it past: «كان يزور … الأربعاء»).
const SCHEDULED = new RegExp(
  `(?<!(?:كان|كانت|كانوا)\\s+)[${CONJUNCTIONS}]?(?:[يت]نطلق|[يت]بدا|[يت]قام|[يت]عقد|[يت]ستضيف|[يت]ختتم|[يت]فتتح|يزور|تزور|يصل|تصل)`,
  'u',
);
// «أن» (or «لن», «كي») before a verb in the present tense speaks of what is to come: «توقعت الأرصاد أن يكون
// الطقس حارًا يوم الجمعة», «من المقرر أن يصل الوفد الأربعاء». Not after «قبل» or «منذ» («التقى … قبل أن
// يغادر الأربعاء» is told of the past), nor after «كان» («كان يمكن أن يلتقيا منتصف مارس»). A noun after «إن» is no verb: the month and weekday names, a
// country («تونس»، «تركيا») and a verbal noun of the form «تفعيل» («تنظيم»، «تقرير»، «تحقيقات») are left out.
const SUBJUNCTIVE = new RegExp(
  `(?<!(?:قبل|منذ)\\s+|(?:كان|كانت|كانوا)\\s+(?:\\p{L}+\\s+){0,2})(?:[${SUBJUNCTIVE_PROCLITICS}]?ان|لن|[ل]?كي)\\s+(?!(?:يوم|يوميا|يونيو|يوليو|يناير|تموز|تشرين|تونس|تركيا|تل)(?![\\p{L}]))(?![يت]\\p{L}{2}ي\\p{L}(?:ات|ه)?(?![\\p{L}]))(?!تم(?:ت)?(?![\\p{L}]))[يت]\\p{L}{2,}`,
  'u',
);
const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:${FUTURE_VERB.source}|${REQUEST.source}|${FORECAST.source}|${WEATHER.source}|${SCHEDULED.source}|${CONTINUING.source}|${SUBJUNCTIVE.source})(?![\\p{L}])`,
  'u',
);
// Words that open a clause of their own inside a sentence: «أن»/«إن» and their forms, a relative
// pronoun, «بعد أن», «قبل أن». The tense of an expression is read inside the one it stands in: «قال الوزير
// الأربعاء إنه سيزور القاهرة» (the visit is to come, the saying was on Wednesday), «أعلنت أن الوفد وصل
// الخميس».
const SUBORDINATOR = new RegExp(
  `(?<![\\p{L}])[${CONJUNCTIONS}]?(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|لان|لانه|الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?![\\p{L}])`,
  'gu',
);
const CONJUNCTION_FIRST = new RegExp(`^[${CONJUNCTIONS}]`, 'u');
// The future's «سأ» folded, with «و» or «ف» before it.
const FUTURE_SA = new RegExp(`^[${CONJUNCTIONS}]?سا`, 'u');
const CLAUSE_END = /[.!?؟؛\n]/u;

const CLAUSE_OR_COMMA = /[.!?؟؛\n،,]/u;

/**
 * Where the tense of an expression is read: its sentence up to the end of its own comma clause. A
 * verb before it in the sentence governs it («سيزور … الأربعاء»); a verb in a later clause does not
 * («جرت بينهما يوم الخميس، … وقالا إنهما سيتحدثان»). Found from every future word's place in the
 * text, found once, so a long text stays linear.
 */
function futureWords(
  folded: string,
  text: string,
  map: readonly number[],
): (from: number, to: number, after?: number) => boolean {
  const ends: number[] = [];
  const starts: number[] = [];
  for (const m of folded.matchAll(new RegExp(FUTURE.source, 'gu'))) {
    if (pastOfFaala(m[0], m.index, text, map)) continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return (from, to, after = Infinity) => {
    // The future words ending after `from` (one may hold the word that opens the clause: «يمكن أن»)
    // and by `to`; one that starts at or after `after` (the expression's end) counts only when no «و»
    // or «ف» joins it as a clause of its own («التقى … الأربعاء وسيزور …»), as one before the
    // expression always does («وسيزور … الأربعاء»).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] ?? 0) <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && (ends[k] ?? Infinity) <= to; k++) {
      const at = starts[k] ?? 0;
      if (at < after || !CONJUNCTION_FIRST.test(folded.slice(at, at + 1))) return true;
    }
    return false;
  };
}

/**
 * «ساهم»، «سافر»، «ساند»: a verb of the form «فاعَل» in the past, whose «سا» folds as the first person's
 * future «سأ» does («سأعود»). Told apart by the original text: the future's alif carries a hamza.
 */
function pastOfFaala(word: string, at: number, text: string, map: readonly number[]): boolean {
  const k = FUTURE_SA.exec(word)?.[0].length;
  return k !== undefined && text[map[at + k - 1] ?? -1] === '\u0627';
}

/** Where the subordinators of `folded` start and end, in order. */
function subordinators(folded: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of folded.matchAll(SUBORDINATOR)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/**
 * The part of `from`–`to` that is the expression's own clause (folded `start`–`end`): from the last
 * subordinator before it (the clause it opens holds the expression) to the first one after it.
 */
function ownClause(
  subs: { starts: readonly number[]; ends: readonly number[] },
  from: number,
  to: number,
  start: number,
  end: number,
): { from: number; to: number } {
  let lo = 0;
  let hi = subs.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((subs.starts[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const before = lo - 1;
  const opens = subs.starts[before];
  const ownFrom = opens !== undefined && opens >= from && (subs.ends[before] ?? 0) <= start ? opens : from;
  let k = lo;
  while (k < subs.starts.length && (subs.starts[k] ?? 0) < end) k++;
  const closes = subs.starts[k];
  return { from: ownFrom, to: closes !== undefined && closes < to ? closes : to };
}

/**
 * «أما يوم السبت، فيتوقع أن …»: «أما» names a topic and the «فـ» clause after its comma says what is
 * told of it, so both are one clause for the tense.
 */
export const ammaComment = (folded: string, from: number, to: number): boolean =>
  /(?<![\p{L}])اما\s/u.test(folded.slice(from, to)) && /^[،,]\s*ف\p{L}/u.test(folded.slice(to, to + 8));

/**
 * Every date expression in `text` with its value counted from `publishedAt` (`YYYY-MM-DD`, an RFC 3339
 * date-time counted on the day it names, or null): the rule, reference, assumptions, alternatives and a
 * note in Arabic and English.
 */
export function analyseDates(text: string, publishedAt: string | null): ResolvedDateExpression[] {
  const published = publishedAt === null ? null : (publicationDay(publishedAt) ?? publishedAt);
  const found = findDates(text);
  const { text: folded, map } = foldForDates(text);
  const index = clauseIndex(folded, map, CLAUSE_END);
  const clauseOf = (e: FoundDate) => index.clause(index.at(e.start), index.at(e.end));
  // The comma clause's end bounds the tense's scope, the sentence's start begins it, and within them
  // the expression's own clause (`ownClause`).
  const commas = clauseIndex(folded, map, CLAUSE_OR_COMMA);
  const hasFuture = futureWords(folded, text, map);
  const subs = subordinators(folded);
  const future = new Map<string, boolean>();
  // Whether a comma clause opens with «أما» and a «فـ» clause follows it: asked once a clause.
  const ammaAt = new Map<number, boolean>();
  const years = published === null ? sentenceYears(found, clauseOf) : null;
  // Without a publication date, the Gregorian year printed last before the expression (`textYear`).
  let textYear: number | undefined;
  const earlier: string[] = [];
  let earlierMonths: string | undefined;
  const out: ResolvedDateExpression[] = [];
  found.forEach((e: FoundDate, i) => {
    const clause = clauseOf(e);
    let comma = commas.clause(index.at(e.start), index.at(e.end));
    const commaEnd = comma.from + comma.text.length;
    let amma = ammaAt.get(comma.from);
    if (amma === undefined) ammaAt.set(comma.from, (amma = ammaComment(folded, comma.from, commaEnd)));
    if (amma) comma = commas.clause(commaEnd + 1, commaEnd + 1);
    const [fs, fe] = [index.at(e.start), index.at(e.end)];
    const own = ownClause(subs, clause.from, comma.from + comma.text.length, fs, fe);
    // After «أما … ،» the «فـ» clause is what is told of the expression, «فـ» and all.
    const after = amma ? Infinity : fe;
    const scope = `${own.from}:${own.to}:${after}`;
    let isFuture = future.get(scope);
    if (isFuture === undefined) future.set(scope, (isFuture = hasFuture(own.from, own.to, after)));
    const sentenceYear = years?.(e, clause);
    const narratedYear = isFuture ? undefined : yearBefore(found, i, clauseOf, folded, map, published);
    const reading = resolveDate(e, {
      published,
      earlier,
      future: isFuture,
      ...(sentenceYear === undefined ? {} : { sentenceYear }),
      ...(textYear === undefined ? {} : { textYear }),
      ...(narratedYear === undefined ? {} : { narratedYear }),
      ...(earlierMonths === undefined ? {} : { earlierMonths }),
    });
    if (published === null) textYear = yearOf(e) ?? textYear;
    if (reading.value !== null) earlier.push(reading.value);
    else if (published === null) earlierMonths = monthsWithoutYear(e, isFuture) ?? earlierMonths;
    out.push({ start: e.start, end: e.end, text: e.text, kind: e.kind, ...reading });
  });
  // «اول ايام رمضان هو يوم الخميس»: a weekday said to be a feast's day is the one nearest it.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b, ra, rb] = [found[i], found[i + 1], out[i], out[i + 1]];
    if (a === undefined || b === undefined || ra === undefined || rb === undefined) continue;
    const linked = weekdayOfFeast(
      { found: a, reading: ra },
      { found: b, reading: rb },
      text.slice(a.end, b.start),
    );
    if (linked === null) continue;
    const at = a.kind === 'weekday' ? i : i + 1;
    const e = at === i ? a : b;
    out[at] = { start: e.start, end: e.end, text: e.text, kind: e.kind, ...linked };
  }
  // «لتصبح يوم 19 سبتمبر 2024 لتنضم إلى يوم الجمعة والسبت»: a bare weekday after a stated day in its
  // comma clause is that day's neighbour.
  // Without a publication date, a bare weekday that has no value is told of the day stated just before
  // it, in an earlier sentence too («… أيام الجمعة والسبت والأحد 3-4-5 أبريل 2026.» then «… يوم الأحد»).
  const commaOf = (e: FoundDate) => commas.clause(index.at(e.start), index.at(e.end)).from;
  for (let i = 1; i < out.length; i++) {
    const [b, rb] = [found[i], out[i]];
    if (b === undefined || rb === undefined || b.kind !== 'weekday' || rb.rule === 'weekday-of-feast')
      continue;
    const j = i - 1;
    const [a, ra] = [found[j], out[j]];
    const undated = published === null && rb.value === null;
    if (a === undefined || ra === undefined || (commaOf(a) !== commaOf(b) && !undated)) continue;
    const near = weekdayNearStated({ found: a, reading: ra }, { found: b, reading: rb });
    if (near !== null) out[i] = { start: b.start, end: b.end, text: b.text, kind: b.kind, ...near };
  }
  return out;
}

type Clause = ReturnType<ClauseIndex['clause']>;

/**
 * The months an expression names when it has no value only for want of a publication date («آب
 * الماضي», «من يناير إلى مارس», «الأشهر الثمانية الأولى من هذا العام»): read as if published on the
 * last day of 2000, kept when that gives whole months. A later «الفترة نفسها من عام 2019» takes them.
 */
function monthsWithoutYear(e: FoundDate, future: boolean): string | undefined {
  const v = resolveDate(e, { published: '2000-12-31', future }).value;
  return v !== null && /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/u.test(v) ? v : undefined;
}

/**
 * «قررت الحكومة في العام 2012 نقل العطلة إلى يوم 29 نيسان»: a day or month without a year or a
 * qualifier, told without a future verb, is in the earlier year its sentence printed just before it
 * (one of the three expressions before it in its clause), not in the year of publication. A year after
 * «منذ» starts a stretch of time and lends it no year.
 */
function yearBefore(
  found: readonly FoundDate[],
  i: number,
  clauseOf: (e: FoundDate) => Clause,
  folded: string,
  map: readonly number[],
  published: string | null,
): number | undefined {
  const e = found[i];
  const p = e?.parts;
  if (e === undefined || p === undefined || published === null) return undefined;
  if (p.calendar !== 'gregory' || p.month === undefined || p.year !== undefined) return undefined;
  if (p.qualifier !== undefined || p.to !== undefined || p.weekday !== undefined) return undefined;
  const clause = clauseOf(e);
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const o = found[j];
    if (o === undefined || clauseOf(o) !== clause) return undefined;
    const y = o.parts.calendar === 'gregory' ? o.parts.year : undefined;
    if (y === undefined || o.parts.to !== undefined) continue;
    // The folded offset of its start: `map` rises with the text, so a binary search keeps it linear.
    let lo = 0;
    let hi = map.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((map[mid] ?? 0) < o.start) lo = mid + 1;
      else hi = mid;
    }
    const at = lo;
    if (/منذ\s*(?:عام|سنه|العام)?\s*$/u.test(folded.slice(Math.max(0, at - 12), at))) return undefined;
    return y < Number(published.slice(0, 4)) ? y : undefined;
  }
  return undefined;
}

/**
 * Without a publication date, an expression takes its year from another expression printing a
 * Gregorian year in its clause: the first such expression (in the text's order) whose words the clause holds.
 * Only the words of expressions found inside the clause are looked for, so the work stays linear.
 */
function sentenceYears(
  found: readonly FoundDate[],
  clauseOf: (e: FoundDate) => Clause,
): (e: FoundDate, clause: Clause) => number | undefined {
  const yearly = found.filter((o) => yearOf(o) !== undefined);
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
    return best === undefined ? undefined : yearOf(best);
  };
}

/**
 * The Gregorian year an expression prints, for the others of its sentence: a date's, a range's end,
 * or a Hijri month's or feast's («يوم عرفة لعام 2024»).
 */
function yearOf(o: FoundDate): number | undefined {
  return o.parts.calendar === 'gregory' ? (o.parts.to?.year ?? o.parts.year) : o.parts.gregorianYear;
}
