/**
 * Finds the expressions in an Arabic (or English) news text that date something: month names in the
 * Levantine and Egyptian naming, day-month-year forms, years, weekday names and relative phrases.
 * The dataset checker uses it to prove that every dated passage of the corpus is accounted for.
 */

export type DateExpressionKind = 'month' | 'year' | 'weekday' | 'relative';

export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: DateExpressionKind;
}

/** Levantine (Syriac-derived) month names, January first; spelling variants after a bar. */
export const LEVANTINE_MONTHS: readonly string[] = [
  'كانون الثاني',
  'شباط',
  'آذار|اذار',
  'نيسان',
  'أيار|ايار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول|ايلول',
  'تشرين الأول|تشرين الاول',
  'تشرين الثاني',
  'كانون الأول|كانون الاول',
];

/** Egyptian-style (transliterated) month names, January first; spelling variants after a bar. */
export const EGYPTIAN_MONTHS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل|إبريل|ابريل',
  'مايو',
  'يونيو|يونيه',
  'يوليو|يوليه',
  'أغسطس|اغسطس',
  'سبتمبر',
  'أكتوبر|اكتوبر',
  'نوفمبر',
  'ديسمبر',
];

const ENGLISH_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** Weekday names, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'الأحد|الاحد',
  'الاثنين|الإثنين',
  'الثلاثاء',
  'الأربعاء|الاربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
];

// Arabic has no \b: a word starts where no letter or mark precedes it, after an optional proclitic.
const START = '(?<![\\p{L}\\p{M}])(?:[وفبل](?=\\p{L}))?';
const END = '(?![\\p{L}\\p{M}])';
const MARKS = '[\\u064B-\\u0652\\u0640]*';
const DIGIT = '[0-9\\u0660-\\u0669]';
const NOT_DIGIT_BEFORE = `(?<!${DIGIT})`;
const NOT_DIGIT_AFTER = `(?!${DIGIT})`;

const month = [...LEVANTINE_MONTHS, ...EGYPTIAN_MONTHS].flatMap((m) => m.split('|'));
// Longest first, so that "تشرين الأول" wins over a shorter prefix.
const MONTH = `(?:${month.sort((a, b) => b.length - a.length).join('|')}|${ENGLISH_MONTHS})`;
const DAY = `${NOT_DIGIT_BEFORE}${DIGIT}{1,2}(?:st|nd|rd|th)?`;
const YEAR = `${DIGIT}{4}${NOT_DIGIT_AFTER}`;
const SEP = '[\\s,،\\-/]*';
const AGO = '(?:\\s+(?:الماضي|المنصرم|الجاري|الحالي|المقبل))?';
const UNIT =
  '(?:يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور|عام|عامين|أعوام|سنة|سنتين|سنوات)';

const PATTERNS: readonly (readonly [DateExpressionKind, string])[] = [
  // 13 أيار/مايو الماضي · 26-يونيو-2024 · 26th, June 2024 · آذار/مارس 2023 · 19 من الشهر نفسه
  [
    'month',
    `(?:${DAY}${SEP}(?:من\\s+)?)?${START}${MONTH}${END}(?:\\s*/\\s*${MONTH}${END})?(?:${SEP}${YEAR})?${AGO}`,
  ],
  ['month', `${DAY}\\s+من\\s+الشهر\\s+(?:نفسه|ذاته|الجاري|الماضي)`],
  ['year', `${NOT_DIGIT_BEFORE}(?:(?:عام|العام|سنة)\\s+)?(?:1[89]|20)${DIGIT}{2}${NOT_DIGIT_AFTER}`],
  ['weekday', `${START}(?:يوم\\s+)?(?:${WEEKDAYS.join('|')})${END}(?:\\s+(?:الماضي|المقبل|القادم))?`],
  ['relative', `${START}(?:أمس|امس|البارحة|اليوم)${END}`],
  [
    'relative',
    `${START}(?:(?:مطلع|بداية|أوائل|أواخر|منتصف|نهاية|عطلة\\s+نهاية)\\s+)?(?:الأسبوع|الاسبوع|الشهر|العام|السنة)${END}(?:\\s+(?:الماضي|الماضية|المنصرم|الجاري|الحالي|الحالية|المقبل|المقبلة|نفسه|نفسها))?`,
  ],
  [
    'relative',
    `${START}(?:قبل|منذ|خلال)\\s+(?:(?:أكثر|أقل)\\s+من\\s+)?(?:${DIGIT}+\\s+)?${UNIT}${MARKS}ا?${MARKS}${END}`,
  ],
  ['relative', `${START}في\\s+وقت\\s+(?:سابق|لاحق)${END}`],
  [
    'relative',
    `${START}(?:السنوات|الأعوام|الاعوام|الأشهر|الاشهر|الأسابيع|الأيام|الايام)\\s+(?:الأخيرة|الاخيرة|الماضية)`,
  ],
];

const REGEXES = PATTERNS.map(([kind, source]) => [kind, new RegExp(source, 'gu')] as const);

/**
 * Every date expression in `text`, in order of position; overlapping matches are merged into the
 * longest, so "13 أيار/مايو الماضي" is one expression, not three.
 */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const [kind, re] of REGEXES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > start) found.push({ start, end, text: m[0], kind });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DateExpression[] = [];
  for (const e of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && e.start < last.end) {
      if (e.end > last.end) {
        merged[merged.length - 1] = { ...last, end: e.end, text: text.slice(last.start, e.end) };
      }
      continue;
    }
    merged.push(e);
  }
  return merged;
}
