/**
 * Finds date expressions in Arabic (and English) news text and says what each one literally gives:
 * a day, month or year, a weekday, a count of units before or after, a period and its qualifier.
 * Nothing here knows the publication date; `date-resolver.ts` turns the parts into calendar values.
 * Matching runs on folded text (`date-lexicon.ts`), so regional spellings, missing hamzas, ه for ة,
 * diacritics, tatweel and Arabic-Indic digits all match; offsets are the original text's.
 */
import { CONJUNCTIONS, DATE_PROCLITICS, PROCLITICS } from './arabic';
import { foldForDates, type Unit } from './date-lexicon';
import { MATCHERS } from './date-matchers';
import { DAY_MATCHERS } from './date-matchers-days';
import { PERIOD_MATCHERS } from './date-matchers-periods';
import {
  EVENT_NAME_BEFORE,
  PLACE_NAME_BEFORE,
  SCORE_BEFORE,
  UNTIL,
  WD_AR,
  WEEKDAY,
  weekdayOf,
  type Raw,
} from './date-patterns';

export type DateKind =
  'date' | 'numeric' | 'month' | 'year' | 'weekday' | 'deictic' | 'relative' | 'hijri' | 'holiday' | 'name';

export type Qualifier = 'past' | 'next' | 'current' | 'same';

/** What an expression says, before any reference date is applied. */
export interface ExpressionParts {
  calendar?: 'gregory' | 'islamic';
  day?: number;
  month?: number;
  year?: number;
  /** The text's own weekday (0 = Sunday), to check against the day it gives. */
  weekday?: number;
  qualifier?: Qualifier;
  /** Days from the reference: 0 today, −1 yesterday, +1 tomorrow. */
  dayOffset?: number;
  /** «قبل يومين», «منذ ثلاثة أشهر», «بعد أسبوع»; `n` null for «قبل أيام». */
  /** `days`: the finer units after «و» («منذ شهرين ويوم واحد»), in days, counted the same way. */
  offset?: { n: number | null; unit: Unit; dir: -1 | 1; approximate?: boolean; days?: number };
  /** «الأسبوع الماضي», «مطلع الأسبوع», «خلال الـ24 ساعة الماضية»: a period counted from the reference. */
  period?: {
    unit: Unit;
    /** −1 before, 0 of, +1 after publication; ±2 for «قبل الماضي» / «بعد المقبل». */
    shift: number;
    /** «بمنتصف الشهر» with no qualifier: the month just named, if any. */
    bare?: true;
    part?: 'start' | 'middle' | 'end' | 'weekend' | 'rest';
    n?: number;
    vague?: boolean;
    night?: boolean;
  };
  holiday?:
    | 'fitr'
    | 'adha'
    | 'arafa'
    | 'ashura'
    | 'isra-miraj'
    | 'new-year'
    | 'new-year-eve'
    | 'hijri-new-year'
    | 'easter';
  /** A day with no month at all («سأعود في 15», «عدت للثلاثين»): its month follows the tense. */
  dayAlone?: true;
  /** «أول جمعة من يوليو»: the nth such weekday of the month (−1 the last). */
  nth?: number;
  /** «الأسبوع المقبل من الأربعاء إلى الجمعة»: the weekdays are of the week this far from publication's. */
  weekShift?: number;
  /** «أول أيام السنة الجديدة»: 1 January after the date before it, or after publication. */
  firstOfNewYear?: true;
  /** A Gregorian year given with a Hijri month or feast («رمضان 2019», «يوم عرفة لعام 2024»). */
  gregorianYear?: number;
  /** «الأسبوع الثالث من هذا الشهر»: the nth week of the month the other parts name (0 the last). */
  weekOfMonth?: number;
  /** «مطلع», «منتصف», «أواخر» of a named month, year, Hijri month or quarter. */
  part?: 'start' | 'middle' | 'end';
  /** «الربع الأول», «النصف الثاني», «الثلث الأخير»: share `n` of a year cut in `of`. */
  /** `of` 12 for a count of months («الأشهر الثمانية الأولى»: months 1 to 8). */
  share?: { n: number; of: 2 | 3 | 4 | 12; count?: number };
  /** A year counted from publication («من العام الجاري» 0, «العام الماضي» −1). */
  yearShift?: number;
  /** «هذا الصيف», «الخريف المقبل». */
  season?: 'winter' | 'spring' | 'summer' | 'autumn';
  /** «قبل الماضي», «بعد المقبل»: a qualifier taken twice. */
  step?: 2;
  /** «في اليوم التالي», «بعد ذلك بيومين»: counted from the date before it. */
  after?: { n: number; unit: Unit };
  /** «في وقت سابق», «منذ قليل»: a time without a date of its own (`now` for «منذ قليل»). */
  vague?: 'now' | 'earlier' | 'later';
  /** «اليوم نفسه»: the day (month, year) of the date before it; `period` the whole of it. */
  anaphor?: Unit | 'period';
  /** A named event («ثورة 25 يناير», «حرب أكتوبر»). */
  name?: true;
  /** «أول أيام العيد»: day n of the feast the text named before it (`eidOf`). */
  eidDay?: number;
  /** A country's national day or «ليلة القدر»: a named day with no value. */
  nationalDay?: boolean;
  /** Both readings of a numeric day/month are possible (05/04). */
  swappable?: true;
  /**
   * «منتصف ليل الأحد/الاثنين», «ليلة الأحد إلى الاثنين»: the night from `weekday` into this one, the
   * day after; it is dated by the day it begins on, `weekday`.
   */
  nightInto?: number;
  /** The inclusive end of a range. */
  to?: ExpressionParts;
  /** A Gregorian equivalent was printed beside a Hijri date (الموافق). */
  hijriAlso?: ExpressionParts;
}

export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateKind;
  readonly parts: ExpressionParts;
}

// ---------------------------------------------------------------------------------------------

// «كل يوم اثنين», «كل 4/15», and before a weekday «أيام الأحد» (on Sundays).
const FREQUENCY_BEFORE = /(?<![\p{L}])كل\s+(?:يوم\s+)?$/u;
const FREQUENCY_BEFORE_WEEKDAY = /(?<![\p{L}])(?:كل|ايام)\s+(?:يوم\s+)?$/u;
// «الموافق» or, in Lebanese notices, «الواقع فيه» («يوم الإثنين الواقع فيه 19 تشرين الأول»).
const GAP_SAME_DAY = /^[\s،,()]*(?:(?:ال)?موافق\s*(?:ل\s*)?|(?:ال)?واقع\s+فيه?\s*)?[\s،,()]*$/u;
const GAP_RANGE = new RegExp(`^\\s*(?:و?${UNTIL}|و|-)\\s*$`, 'u');
// «من يوليو 2018، وحتى يونيو 2019»: a comma may come before «وحتى».
const GAP_UNTIL = new RegExp(`^\\s*(?:[،,]\\s*)?(?:و?${UNTIL}|-)\\s*$`, 'u');
// Between two days a range needs «حتى» or «إلى» («اليوم حتى الغد»): «الجمعة والأحد» are two days.
// A time of day on either side of the «حتى» belongs to its day («اليوم الساعة 4 إلى يوم الأربعاء
// القادم الساعة 5», «الساعة 4 مساءً اليوم حتى 5 مساءً غدًا»).
const GAP_TIME =
  '(?:[،,]?\\s*(?:في\\s+)?(?:ال)?(?:ساعه\\s*)?\\d{1,2}(?::\\d\\d)?\\s*(?:صباحا|مسا|ظهرا)?\\s*[،,]?\\s*)?';
const GAP_DAY_RANGE = new RegExp(`^\\s*${GAP_TIME}(?:و?${UNTIL}|-)\\s*${GAP_TIME}$`, 'u');

/**
 * Whether an expression names one day by itself or counted from the publication date: a weekday, a
 * deictic word, a day of a month. The two ends of «من اليوم حتى الأحد المقبل».
 */
function dayLike(x: Raw): boolean {
  const p = x.parts;
  if (p.to !== undefined || p.period !== undefined || p.offset !== undefined || p.name === true) return false;
  if (x.kind === 'weekday' || x.kind === 'deictic') return true;
  // «… إلى يوم الأحد 22 من نفس الشهر», «… وحتى الثلاثاء 7 منه»: a day of the month just named.
  if (x.kind === 'relative' && p.qualifier === 'same' && p.day !== undefined) return true;
  return (x.kind === 'date' || x.kind === 'numeric') && p.day !== undefined && p.calendar === 'gregory';
}

const RUN_NEXT = new RegExp(`^\\s+(?:يوم\\s+)?(${WEEKDAY})`, 'u');

/** Whether the weekday after `at` («… والسبت») is the day after `weekday`: the run goes on. */
function nextInRun(f: string, at: number, weekday: number | undefined): boolean {
  const m = RUN_NEXT.exec(f.slice(at, at + 24));
  const next = m === null ? undefined : weekdayOf(m[1]);
  return (
    weekday !== undefined &&
    next !== undefined &&
    m?.[1]?.startsWith('و') === true &&
    next === (weekday + 1) % 7
  );
}

/**
 * «يومي الجمعة والسبت», «يوم الجمعة والسبت», «أيام الخميس والجمعة والسبت المقبلة»: weekdays named
 * together after «يومي», «يوم» or «أيام», each the day after the one before, are one span from the first to the last; a qualifier
 * after the last («المقبلة») qualifies the first.
 */
function weekdayRun(prev: Raw, r: Raw, f: string): Raw | null {
  if (prev.kind !== 'weekday' || r.kind !== 'weekday') return null;
  const last = prev.parts.to?.weekday ?? prev.parts.weekday;
  const next = r.parts.weekday;
  if (last === undefined || next === undefined || next !== (last + 1) % 7) return null;
  if (f.slice(prev.fe, r.fs).trim() !== '' || f[r.fs] !== 'و') return null;
  const named =
    prev.parts.to !== undefined ||
    /^يومي?\s/u.test(f.slice(prev.fs)) ||
    /ايام\s+$/u.test(f.slice(Math.max(0, prev.fs - 6), prev.fs));
  if (!named) return null;
  const parts: ExpressionParts = { ...prev.parts, to: { weekday: next } };
  if (parts.qualifier === undefined && r.parts.qualifier !== undefined) parts.qualifier = r.parts.qualifier;
  return { fs: prev.fs, fe: r.fe, kind: 'weekday', parts };
}

// «أيام الأحد والأربعاء», «كل سبت، وثلاثاء»: a weekday joined by «و» or a comma to weekdays said as a
// frequency after «أيام» or «كل» is one too (days that follow each other after «أيام» are a span,
// found by the run rule, and are not a frequency).
const FREQUENCY_LIST = new RegExp(
  `(?<![\\p{L}])(?:كل|ايام)\\s+(?:يوم\\s+)?(?:ال)?(?<first>${WD_AR})(?:\\s*[،,]?\\s*و?(?:ال)?${WD_AR})*\\s*[،,]?\\s*$`,
  'u',
);

function inFrequencyList(f: string, at: number): boolean {
  if (f[at] !== 'و' && !/[،,]\s*$/u.test(f.slice(Math.max(0, at - 3), at))) return false;
  const from = Math.max(0, at - 80);
  const m = FREQUENCY_LIST.exec(f.slice(from, at));
  const first = m?.groups?.first;
  if (m === null || first === undefined) return false;
  const firstEnd = from + m.index + m[0].indexOf(first) + first.length;
  return !(m[0].startsWith('ايام') && nextInRun(f, firstEnd, weekdayOf(`ال${first}`)));
}

/**
 * «حدد … اليوم الأربعاء، غرة شهر ذي الحجة»: after today (or tomorrow) and a comma, «غرة» is the first of
 * the month an announcement declares, a day of its own, not another name of that day: the month's
 * first day hangs on a sighting that the day of the announcement precedes.
 */
const FIRST_OF_MONTH = new RegExp(`^[${DATE_PROCLITICS}]?غره\\s`, 'u');
function declaredFirst(prev: Raw, r: Raw, f: string, gap: string): boolean {
  return (
    prev.kind === 'deictic' && r.kind === 'hijri' && /[،,]/u.test(gap) && FIRST_OF_MONTH.test(f.slice(r.fs))
  );
}

/**
 * «الغد وبعد الغد», «غدًا وبعد غد», «اليوم وغدًا»: two days counted from publication, the second the day
 * after the first, joined by «و», are one span, as «يومي الجمعة والسبت» are (each with its weekday, they
 * are a list).
 */
function deicticPair(prev: Raw, r: Raw, f: string): boolean {
  const day = (x: Raw): number | undefined =>
    x.kind === 'deictic' &&
    x.parts.period === undefined &&
    x.parts.weekday === undefined &&
    x.parts.to === undefined
      ? x.parts.dayOffset
      : undefined;
  const a = day(prev);
  const b = day(r);
  // «بعد غد» is found without the «و» glued to it.
  const gap = f.slice(prev.fe, r.fs);
  return a !== undefined && b === a + 1 && (/^\s*و$/u.test(gap) || (/^\s*$/u.test(gap) && f[r.fs] === 'و'));
}

// «الأحد/الاثنين», «ليلة الأحد - الاثنين»; after a word of the night also «إلى» or «على».
const PAIR_GAP = /^\s*[/\-–]\s*$/u;
const NIGHT_GAP = /^\s*(?:[/\-–]|الي|علي)\s*$/u;
const NIGHT_START = new RegExp(`^[${CONJUNCTIONS}]?(?:ليله|منتصف\\s+ليل)\\s`, 'u');
// «ليل الأحد/الاثنين»: «ليل» is no time of day the weekday matcher takes in.
const NIGHT_BEFORE = /(?<![\p{L}])ليل\s+$/u;

/**
 * «منتصف ليل الأحد/الاثنين», «ليلة الأحد إلى الاثنين», «ليل السبت - الأحد»: a night named by the two
 * days it lies between is one expression, dated by the day it begins on (the day before midnight);
 * «الأحد/الاثنين» without a word of the night is the two days. Only a weekday and the day after it.
 */
function dayPair(prev: Raw, r: Raw, f: string): Raw | null {
  if (prev.kind !== 'weekday' || r.kind !== 'weekday' || prev.parts.to !== undefined) return null;
  const first = prev.parts.weekday;
  const next = r.parts.weekday;
  if (first === undefined || next !== (first + 1) % 7) return null;
  const gap = f.slice(prev.fe, r.fs);
  const before = NIGHT_BEFORE.exec(f.slice(Math.max(0, prev.fs - 8), prev.fs));
  const night = before !== null || NIGHT_START.test(f.slice(prev.fs, prev.fs + 12));
  if (!(night ? NIGHT_GAP : PAIR_GAP).test(gap)) return null;
  const parts: ExpressionParts = night
    ? { ...prev.parts, nightInto: next }
    : { ...prev.parts, to: { weekday: next } };
  if (parts.qualifier === undefined && r.parts.qualifier !== undefined) parts.qualifier = r.parts.qualifier;
  return { fs: prev.fs - (before?.[0].length ?? 0), fe: r.fe, kind: 'weekday', parts };
}

/** One expression from `prev` to `r`'s end, read as `prev` with `to` as its range's end. */
function rangeOf(prev: Raw, r: Raw, to: Raw['parts']): Raw {
  return { fs: prev.fs, fe: r.fe, kind: prev.kind, parts: { ...prev.parts, to } };
}

function chain(raws: Raw[], f: string): Raw[] {
  const out: Raw[] = [];
  for (const r of raws) {
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      const pair = dayPair(prev, r, f);
      if (pair !== null) {
        out[out.length - 1] = pair;
        continue;
      }
      const run = weekdayRun(prev, r, f);
      if (run !== null) {
        out[out.length - 1] = run;
        continue;
      }
      if (deicticPair(prev, r, f)) {
        out[out.length - 1] = rangeOf(prev, r, r.parts);
        continue;
      }
      const gap = f.slice(prev.fe, r.fs);
      const hasDay =
        r.parts.day !== undefined &&
        (r.parts.calendar !== undefined || r.parts.qualifier !== undefined) &&
        r.parts.to === undefined;
      // A Hijri month without its day («شهر رجب لعام 1446 يوم الثلاثاء 31 ديسمبر») is not that day.
      const sameDayBefore =
        prev.kind === 'weekday' ||
        prev.kind === 'deictic' ||
        (prev.kind === 'hijri' && prev.parts.day !== undefined);
      // «اليوم الجمعة الموافق 18/10/2024», «يوم الأحد 29 شعبان 1445هـ موافق 10 مارس 2024»
      // «… شعبان والخميس غرة شهر رمضان»: after «و» the next date is another day.
      const another = f[r.fs] === 'و';
      if (hasDay && sameDayBefore && !another && GAP_SAME_DAY.test(gap) && !declaredFirst(prev, r, f, gap)) {
        const parts: ExpressionParts = { ...r.parts };
        const wd = prev.parts.weekday;
        if (wd !== undefined && parts.weekday === undefined) parts.weekday = wd;
        if (prev.kind === 'hijri' && r.parts.calendar === 'gregory') parts.hijriAlso = prev.parts;
        if (prev.kind === 'hijri' && r.parts.calendar === 'islamic') continue;
        out[out.length - 1] = { fs: prev.fs, fe: r.fe, kind: r.kind, parts };
        continue;
      }
      // «في العاشر من سبتمبر ، ألفين», «يناير الثاني والعشرين، 2018», «من 2 إلى 7 فبراير ، ألفين»,
      // «06/06 ، 2015»: a year after a date or a span of dates without one.
      if (
        (prev.kind === 'date' ||
          prev.kind === 'month' ||
          (prev.kind === 'numeric' && prev.parts.day !== undefined)) &&
        prev.parts.calendar === 'gregory' &&
        prev.parts.year === undefined &&
        prev.parts.qualifier === undefined &&
        prev.parts.to?.year === undefined &&
        r.kind === 'year' &&
        r.parts.to === undefined &&
        r.parts.part === undefined &&
        r.parts.year !== undefined &&
        /^\s*[،,]?\s*(?:من\s+)?$/u.test(gap)
      ) {
        const parts: ExpressionParts = { ...prev.parts, year: r.parts.year };
        if (prev.parts.to !== undefined) parts.to = { ...prev.parts.to, year: r.parts.year };
        out[out.length - 1] = { fs: prev.fs, fe: r.fe, kind: prev.kind, parts };
        continue;
      }
      // «من يناير إلى مارس», «يوليو وأغسطس وسبتمبر 2017», «بين كانون الأول وشباط»
      const rangeable = (x: Raw): boolean =>
        (x.kind === 'month' || x.kind === 'date') &&
        x.parts.calendar === 'gregory' &&
        x.parts.qualifier === undefined;
      const joined = gap.trim() === '' && f[r.fs] === 'و' ? 'و' : gap;
      // «من يوليو 2018 إلى يونيو 2019», «من 19 أكتوبر 2020 حتى 26 أكتوبر 2020»: two months or two days
      // each with its year, joined by «إلى» or «حتى» (not «و», which lists them) and running forwards,
      // are one span.
      const dated = (x: Raw): boolean =>
        (x.kind === 'month' || x.kind === 'date') &&
        x.parts.year !== undefined &&
        (x.kind === 'month') === (x.parts.day === undefined) &&
        x.parts.to === undefined;
      const at = (x: Raw): number =>
        ((x.parts.year ?? 0) * 12 + (x.parts.month ?? 0)) * 32 + (x.parts.day ?? 0);
      if (
        rangeable(prev) &&
        rangeable(r) &&
        dated(prev) &&
        dated(r) &&
        prev.kind === r.kind &&
        at(r) > at(prev) &&
        GAP_UNTIL.test(gap)
      ) {
        out[out.length - 1] = rangeOf(prev, r, r.parts);
        continue;
      }
      const yearless = prev.parts.year === undefined;
      // «الاثنين 31 مارس والثلاثاء 1 أبريل»: days listed each with its weekday are a list, not a span.
      const listed = joined === 'و' && prev.parts.weekday !== undefined && r.parts.weekday !== undefined;
      if (
        rangeable(prev) &&
        rangeable(r) &&
        yearless &&
        !listed &&
        GAP_RANGE.test(joined) &&
        (prev.parts.day === undefined) === (r.parts.day === undefined)
      ) {
        const last = r.parts.to ?? r.parts;
        out[out.length - 1] = rangeOf(prev, r, last);
        continue;
      }
      // «اليوم حتى الغد», «يوم الجمعة حتى الأحد القادم», «2 أكتوبر حتى بعد غد»: a span of days whose
      // ends are each read on their own (the range rule resolves both).
      if (
        dayLike(prev) &&
        dayLike(r) &&
        !(rangeable(prev) && rangeable(r)) &&
        // «حتى بعد غد» is found with its «حتى».
        GAP_DAY_RANGE.test(gap.trim() === '' && /^و?حتي\s/u.test(f.slice(r.fs, r.fs + 6)) ? 'حتي' : gap)
      ) {
        out[out.length - 1] = rangeOf(prev, r, r.parts);
        continue;
      }
      // «بين عامي 2015 و2019», «من 2014 إلى 2018», «من سنة 2021 الى سنة 2022»
      const plainYear = (x: Raw): boolean =>
        x.kind === 'year' &&
        x.parts.month === undefined &&
        x.parts.to === undefined &&
        x.parts.part === undefined;
      if (
        plainYear(prev) &&
        plainYear(r) &&
        GAP_RANGE.test(joined) &&
        (r.parts.year ?? 0) > (prev.parts.year ?? 0)
      ) {
        out[out.length - 1] = { fs: prev.fs, fe: r.fe, kind: 'year', parts: { ...prev.parts, to: r.parts } };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

const isEid = (r: Raw | undefined): boolean => r?.parts.holiday === 'fitr' || r?.parts.holiday === 'adha';

/**
 * «عيد الأضحى المبارك … تعطل يوم الوقوف بعرفة وأول أيام العيد»: «أول أيام العيد» is the first day of
 * the feast named before it in the text, read as that feast is; with none before it, of the feast
 * named just after it («أول أيام العيد السعيد، عيد الأضحى»: at most two words and a comma between).
 * With no feast, or for a later day of the feast («ثاني أيام العيد»), it stays a named day with no value.
 */
function eidOf(raws: Raw[], f: string): Raw[] {
  let feast: ExpressionParts | undefined;
  return raws.map((r, i) => {
    if (isEid(r)) feast = r.parts;
    const next = raws[i + 1];
    const named =
      feast ??
      (next !== undefined && isEid(next) && /^[\s،,]*(?:\p{L}+[\s،,]+){0,2}$/u.test(f.slice(r.fe, next.fs))
        ? next.parts
        : undefined);
    if (r.parts.eidDay !== 1 || named?.holiday === undefined) return r;
    const parts: ExpressionParts = { calendar: 'islamic', holiday: named.holiday };
    if (named.year !== undefined) parts.year = named.year;
    if (named.gregorianYear !== undefined) parts.gregorianYear = named.gregorianYear;
    return { ...r, parts };
  });
}

// A conjunction, a preposition, or a conjunction and then a preposition: «و», «ب», «وب».
const LEADING = new RegExp(`^(?:[${CONJUNCTIONS}]?[${PROCLITICS}])`, 'u');
const STICKY = new Map<RegExp, RegExp>();

/**
 * Where a found expression's own words start: «والأحد» at «الأحد», «بالأمس» at «الأمس», «وعام 2020» at
 * «عام». A letter glued before the first word is left out when the same pattern, tried without it,
 * finds an expression ending where this one does; «لليوم», «بعد» and «فبراير» keep theirs, since
 * without it no date is left.
 */
function wordsStart(re: RegExp, f: string, fs: number, fe: number): number {
  const lead = LEADING.exec(f.slice(fs, fs + 2))?.[0] ?? '';
  let sticky = STICKY.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    STICKY.set(re, sticky);
  }
  for (let k = lead.length; k > 0; k--) {
    sticky.lastIndex = 0;
    const m = sticky.exec(f.slice(fs + k, fe + 64));
    if (m !== null && trimEnd(m[0]) === fe - fs - k) return fs + k;
  }
  return fs;
}

/** The length of `s` without the spaces, commas, dashes and brackets that end it. */
function trimEnd(s: string): number {
  let e = s.length;
  while (e > 0 && /[\s،,(-]/u.test(s[e - 1] ?? '')) e--;
  return e;
}

/** Every date expression in `text`, in order, with what it literally says. */
export function findDates(text: string): FoundDate[] {
  const { text: f, map } = foldForDates(text);
  const raws: Raw[] = [];
  // Spans named for a date («شارع 7 نوفمبر»): nothing inside them is a date, not the month alone either.
  const names: [number, number][] = [];
  const starts = new Map<Raw, number>();
  for (const m of [...MATCHERS, ...PERIOD_MATCHERS, ...DAY_MATCHERS]) {
    if (!m.gate.test(f)) continue;
    for (const x of f.matchAll(m.re)) {
      const fs = x.index;
      const fe = fs + trimEnd(x[0]);
      if (fe <= fs) continue;
      let parts = m.build(x.groups ?? {}, fs, f);
      if (parts === null) continue;
      let kind = m.kind;
      const before = f.slice(Math.max(0, fs - 16), fs);
      if ((kind === 'date' || kind === 'month' || kind === 'numeric') && PLACE_NAME_BEFORE.test(before)) {
        names.push([fs, fe]);
        continue;
      }
      if (kind === 'numeric' && SCORE_BEFORE.test(before)) continue;
      if ((kind === 'date' || kind === 'month') && EVENT_NAME_BEFORE.test(before)) {
        kind = 'name';
        parts = { ...parts, name: true };
      }
      // «كل يوم اثنين», «أيام الأحد», «كل 4/15»: a frequency, not a date; but «أيام الجمعة والسبت»,
      // consecutive days, are a span of days.
      if (
        kind !== 'relative' &&
        kind !== 'deictic' &&
        (kind === 'weekday' ? FREQUENCY_BEFORE_WEEKDAY : FREQUENCY_BEFORE).test(before) &&
        !(kind === 'weekday' && /ايام\s+$/u.test(before) && nextInRun(f, fe, parts.weekday))
      )
        continue;
      if (kind === 'weekday' && inFrequencyList(f, fs)) continue;
      // «في الأول من مايو من كل عام», «يوم 23 سبتمبر من كل سنة»: a yearly day, a frequency.
      if ((kind === 'date' || kind === 'month') && /^\s*من\s+كل\s+(?:عام|سنه)/u.test(f.slice(fe, fe + 16)))
        continue;
      // «أليوم نيانت»: with a hamza on its alif the word is a name, not «اليوم».
      if (kind === 'deictic') {
        const k = x[0].indexOf('اليوم');
        if (k >= 0 && /[أإ]/u.test(text[map[fs + k] ?? 0] ?? '')) continue;
      }
      // «أمسٍ» with tanwin is the noun "a yesterday", "the past", not the day before.
      if (kind === 'deictic' && /امس/.test(x[0]) && /امس$/.test(x[0].trimEnd())) {
        const after = text.slice(map[fe - 1] ?? 0, map[fe] ?? 0);
        if (/[\u064B-\u064D]/u.test(after)) continue;
      }
      const raw: Raw = { fs, fe, kind, parts };
      raws.push(raw);
      starts.set(raw, wordsStart(m.re, f, fs, fe));
    }
  }
  raws.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
  const kept: Raw[] = [];
  for (const r of raws) {
    if (names.some(([s, e]) => r.fs >= s && r.fe <= e)) continue;
    const last = kept[kept.length - 1];
    if (last !== undefined && r.fs < last.fe) {
      if (r.fe - r.fs > last.fe - last.fs) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  // Expressions joined into one start where their first does.
  const startOf = new Map(kept.map((r) => [r.fs, starts.get(r) ?? r.fs]));
  // «في نفس الفترة» with no year of its own refers to a date before it in the text; with none, to
  // something the text does not date («21 حالة خرجت من مراكز العزل في الفترة نفسها»), and is no date.
  const chained = chain(kept, f).filter(
    (r, i) =>
      i > 0 || r.parts.anaphor !== 'period' || r.parts.year !== undefined || r.parts.yearShift !== undefined,
  );
  return eidOf(chained, f).map((r) => {
    const start = map[startOf.get(r.fs) ?? r.fs] ?? 0;
    const end = map[r.fe] ?? text.length;
    return { start, end, text: text.slice(start, end), kind: r.kind, parts: r.parts };
  });
}
