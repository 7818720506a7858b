/**
 * Calendar arithmetic for the date resolver: values in words, the Umm al-Qura Hijri calendar
 * (through `Intl.DateTimeFormat` with `ca-islamic-umalqura`), weeks, and the parts of a month, a
 * year or a Hijri month that «مطلع», «منتصف» and «أواخر» name.
 */
import { addDays, daysInMonth, parsePartialDate, weekdayOf } from './dates';
import type { Unit } from './date-lexicon';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const ym = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const shiftMonth = (y: number, m: number, by: number): [number, number] => {
  const i = y * 12 + (m - 1) + by;
  return [Math.floor(i / 12), (i % 12) + 1];
};

/** «بشهر», «بشهرين», «بـ3 أشهر», «بـ15 شهرًا»: a count of a unit as Arabic counts it. */
const UNITS_AR: Record<Unit, readonly [string, string, string, string]> = {
  hour: ['ساعة', 'ساعتين', 'ساعات', 'ساعة'],
  day: ['يوم', 'يومين', 'أيام', 'يومًا'],
  week: ['أسبوع', 'أسبوعين', 'أسابيع', 'أسبوعًا'],
  month: ['شهر', 'شهرين', 'أشهر', 'شهرًا'],
  year: ['سنة', 'سنتين', 'سنوات', 'سنة'],
  decade: ['عقد', 'عقدين', 'عقود', 'عقدًا'],
};
export function countedUnitAr(n: number, unit: Unit): string {
  const [one, two, few, many] = UNITS_AR[unit];
  if (n === 1) return `ب${one}`;
  if (n === 2) return `ب${two}`;
  const r = n % 100;
  return `بـ${n} ${r >= 3 && r <= 10 ? few : r === 0 ? one : many}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const AR_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيو',
  'تموز/يوليو',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
export const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const AR_DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** A value in words: «الثلاثاء 25 حزيران/يونيو 2024» / "Tuesday 25 June 2024"; ranges as "A to B". */
export function describeValue(value: string, lang: 'ar' | 'en'): string {
  const [a, b] = value.split('/');
  if (b !== undefined && a !== undefined)
    return lang === 'ar'
      ? `من ${describeValue(a, 'ar')} إلى ${describeValue(b, 'ar')}`
      : `${describeValue(a, 'en')} to ${describeValue(b, 'en')}`;
  const p = parsePartialDate(value);
  if (p === null) return value;
  if (p.month === undefined) return String(p.year);
  const month = (lang === 'ar' ? AR_MONTHS : EN_MONTHS)[p.month - 1] ?? '';
  if (p.day === undefined) return `${month} ${p.year}`;
  const wd = (lang === 'ar' ? AR_DAYS : EN_DAYS)[weekdayOf(value)] ?? '';
  return `${wd} ${p.day} ${month} ${p.year}`;
}

/** The first and last value of a value or range, at its own precision. */
export const ends = (value: string): [string, string] => {
  const [a, b] = value.split('/');
  return [a ?? value, b ?? a ?? value];
};

// --- Hijri through the Umm al-Qura calendar ------------------------------------------------------

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Umm al-Qura date of a Gregorian day. */
export function toHijri(day: string): { year: number; month: number; day: number } {
  const parts = hijriFormat.formatToParts(new Date(`${day}T12:00:00Z`));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The Gregorian day of an Umm al-Qura date, or null if the month has no such day. */
export function fromHijri(year: number, month: number, day: number): string | null {
  // The mean Hijri month is 29.53 days; search the few days around the estimate.
  const estimate = Math.round((year - 1) * 354.367 + (month - 1) * 29.5306 + (day - 1));
  const epoch = Date.UTC(622, 6, 19);
  for (let k = -6; k <= 6; k++) {
    const candidate = new Date(epoch + (estimate + k) * 86_400_000).toISOString().slice(0, 10);
    const h = toHijri(candidate);
    if (h.year === year && h.month === month && h.day === day) return candidate;
  }
  return null;
}

export function hijriMonthRange(year: number, month: number): string | null {
  const first = fromHijri(year, month, 1);
  if (first === null) return null;
  const last = fromHijri(year, month, 30) ?? fromHijri(year, month, 29);
  return last === null ? null : `${first}/${last}`;
}

export function hijriYearRange(year: number): string | null {
  const a = fromHijri(year, 1, 1);
  const b = fromHijri(year + 1, 1, 1);
  return a === null || b === null ? null : `${a}/${addDays(b, -1)}`;
}

/** The Hijri year in which the given Hijri month and day fall in the Gregorian year `gy` («رمضان 2019»). */
export function hijriYearInGregorian(gy: number, month: number, day = 1): number | null {
  const guess = toHijri(`${pad(gy, 4)}-07-01`).year;
  for (const h of [guess - 1, guess, guess + 1])
    if (fromHijri(h, month, day)?.startsWith(pad(gy, 4))) return h;
  return null;
}

// --- Parts of periods -----------------------------------------------------------------------------

export type Part = 'start' | 'middle' | 'end';

/** «مطلع/أوائل» days 1–10, «منتصف/أواسط» 11–20, «أواخر/نهاية» 21 to the end. */
export function partOfMonth(y: number, m: number, part: Part): string {
  if (part === 'start') return `${ymd(y, m, 1)}/${ymd(y, m, 10)}`;
  if (part === 'middle') return `${ymd(y, m, 11)}/${ymd(y, m, 20)}`;
  return `${ymd(y, m, 21)}/${ymd(y, m, daysInMonth(y, m))}`;
}

/** The same thirds of a range of days (a Hijri month). */
export function partOfDays(range: string, part: Part): string {
  const [a, b] = ends(range);
  if (part === 'start') return `${a}/${addDays(a, 9)}`;
  if (part === 'middle') return `${addDays(a, 10)}/${addDays(a, 19)}`;
  return `${addDays(a, 20)}/${b}`;
}

/** «مطلع العام» January–March, «منتصف العام» May–August, «أواخر العام» October–December. */
export function partOfYear(y: number, part: Part): string {
  if (part === 'start') return `${y}-01/${y}-03`;
  if (part === 'middle') return `${y}-05/${y}-08`;
  return `${y}-10/${y}-12`;
}

/** A quarter (`of` 4), a half (`of` 2) or a third (`of` 3) of a year, as months. */
export function shareOfYear(y: number, n: number, of: 2 | 3 | 4 | 12): string | null {
  const len = 12 / of;
  if (n < 1 || n > of) return null;
  return `${ym(y, (n - 1) * len + 1)}/${ym(y, n * len)}`;
}

// --- Weeks --------------------------------------------------------------------------------------

export const WEEK_STARTS = [
  { day: 0, en: 'Sunday', ar: 'الأحد' },
  { day: 6, en: 'Saturday', ar: 'السبت' },
  { day: 1, en: 'Monday', ar: 'الاثنين' },
] as const;

export function weekOf(day: string, start: number, shift: number): [string, string] {
  const back = (weekdayOf(day) - start + 7) % 7;
  const first = addDays(day, -back + 7 * shift);
  return [first, addDays(first, 6)];
}

/**
 * A week or its part («مطلع», «منتصف», «نهاية»: three days each). Of the current week, past narration
 * means the days up to publication; said of the future («سأخرج هذا الأسبوع») the whole of it.
 */
export function partOfWeek(
  week: [string, string],
  part: string | undefined,
  published: string,
  shift: number,
  future = false,
): string {
  let [a, b] = week;
  if (part === 'start') b = addDays(a, 2);
  else if (part === 'middle') [a, b] = [addDays(a, 2), addDays(a, 4)];
  else if (part === 'end') a = addDays(a, 4);
  if (!future && shift === 0 && b > published && a <= published) b = published;
  return a === b ? a : `${a}/${b}`;
}
