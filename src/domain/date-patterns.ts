/**
 * The building blocks of the date finder's patterns, all on folded text (no hamza letters, ة→ه,
 * ى→ي, Latin lower case, ASCII digits): boundaries, numbers, month, weekday and qualifier words, and
 * the helpers that read a match's groups.
 */
import { ARTICLE_PROCLITICS, CONJUNCTIONS, DATE_PROCLITICS, PROCLITICS } from './arabic';
import {
  CARDINALS,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  MISSPELT_MONTHS,
  ORDINALS,
  UNITS,
  WEEKDAY_STEMS,
  alt,
  fold,
  indexOf,
  type Unit,
} from './date-lexicon';
import type { DateKind, ExpressionParts, Qualifier } from './date-finder';

export const B = '(?<![\\p{L}\\p{N}])';
/**
 * "Until" between the two ends of a span: «حتى», «إلى», and the Maghrebi and Levantine «إلى غاية»,
 * «لغاية» («يوم 6 جويلية 2021 الى غاية التاسع من نفس الشهر», «من 16 لغاية 21 أبريل»).
 */
export const UNTIL = '(?:الي(?:\\s+غايه)?|حتي|ل?غايه)';
export const E = '(?![\\p{L}\\p{N}])';
export const DEF = `(?:[${ARTICLE_PROCLITICS}]?ال|[${CONJUNCTIONS}]?لل)`;
export const PRO = `(?:[${PROCLITICS}])?`;
export const D = '(?<![\\d.,/])(?:0?[1-9]|[12]\\d|3[01])(?![\\d%])';
export const DN = '(?:0?[1-9]|[12]\\d|3[01])(?![\\d%])';
export const M = '(?:0?[1-9]|1[0-2])';
export const Y4 = '(?:1[89]\\d\\d|20\\d\\d)';
export const YEAR_WORD = `(?:[${DATE_PROCLITICS}]?ال|ل)?(?:عام|سنه)`;

export const MONTH_INDEX: ReadonlyMap<string, number> = new Map([
  ...MISSPELT_MONTHS,
  ...indexOf(GREGORIAN_MONTHS),
]);
export const HIJRI_INDEX = indexOf(HIJRI_MONTHS);
export const WEEKDAY_INDEX = indexOf(WEEKDAY_STEMS);
export const MONTH = `(?:${alt(MONTH_INDEX.keys())})`;
export const EN_MONTH = `(?:${alt([...MONTH_INDEX.keys()].filter((k) => /^[a-z]+$/.test(k)))})`;
export const HMONTH = `(?:${alt(HIJRI_INDEX.keys())})`;
export const WD_AR = `(?:${alt([...WEEKDAY_INDEX.keys()].filter((k) => !/^[a-z]/.test(k)))})`;
export const WD_EN = `(?:${alt([...WEEKDAY_INDEX.keys()].filter((k) => /^[a-z]/.test(k)))})`;
export const WEEKDAY = `(?:${DEF}${WD_AR}|${WD_EN})`;

export const ORD_STEMS = new Map<string, number>();
for (const [k, v] of ORDINALS) ORD_STEMS.set(k.startsWith('ال') ? k.slice(2) : k, v);
export const ORD_DEF = new Set([...ORDINALS.keys()].filter((k) => k.startsWith('ال')).map((k) => k.slice(2)));
export const ORD = `(?:${DEF}(?:${alt(ORD_DEF)})|${alt([...ORDINALS.keys()].filter((k) => !k.startsWith('ال')))})`;
export const CARD_FORMS = new Map<string, number>();
for (const [k, v] of CARDINALS) {
  CARD_FORMS.set(k, v);
  CARD_FORMS.set(
    k
      .split(' ')
      .map((w) => (w.startsWith('و') ? `وال${w.slice(1)}` : `ال${w}`))
      .join(' '),
    v,
  );
}
export const CARD = `(?:${alt(CARD_FORMS.keys())})`;
export const NUM = `(?:\\d{1,3}|${CARD})`;

export const UNIT_WORDS = new Map<string, { unit: Unit; dual: boolean }>();
for (const [unit, forms, duals] of UNITS) {
  forms.forEach((f) => UNIT_WORDS.set(fold(f), { unit, dual: false }));
  duals.forEach((f) => UNIT_WORDS.set(fold(f), { unit, dual: true }));
}
export const UNIT = `(?:${alt(UNIT_WORDS.keys())})`;

export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {};
export const addQ = (q: Qualifier, words: string): void => {
  for (const w of words.split(' ')) (QUALIFIERS as Record<string, Qualifier>)[fold(w)] = q;
};
addQ(
  'past',
  'الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة الأخير الأخيرة الماضيين الماضيتين المنقضي الماض',
);
// Levantine and Gulf «الجاي», «اللي جاي»; Egyptian «اللي فات», «اللي جاي» (below).
addQ('next', 'المقبل المقبلة القادم القادمة المقبلين المقبلتين القادمين القادمتين الجاي الجاية الآتي الآتية');
addQ('current', 'الجاري الجارية الحالي الحالية');
addQ('same', 'نفسه نفسها ذاته ذاتها');
const QWORDS = `(?:${alt(Object.keys(QUALIFIERS))}|اللي\\s+فات|اللي\\s+فاتت|اللي\\s+جاي)`;
const QWORDS_M = `(?:${alt(Object.keys(QUALIFIERS).filter((k) => QUALIFIERS[k] !== 'same'))}|اللي\\s+فات|اللي\\s+فاتت|اللي\\s+جاي)`;
/** «قبل الماضي», «بعد القادم», «اللي بعد الجاي»: one step further. */
const STEP = '(?:(?:اللي\\s+)?(?:قبل|بعد)\\s+)?';
export const QUAL = `${STEP}${QWORDS}${E}`;
export const QUAL_M = `${STEP}${QWORDS_M}${E}`;
/** «مطلع», «منتصف», «أواخر» … a part of a month, a year or a Hijri month (not «أول»: that is day 1). */
export const PART = `(?:[${DATE_PROCLITICS}]?(?:مطلع|بدايه|بدايات|اوايل|اواخر|منتصف|اواسط|نهايه|اخر))`;
/** «من العام الجاري», «العام المقبل», «هذا العام»: a year counted from publication. */
export const REL_YEAR = `(?:\\s*,?\\s*(?:من\\s+)?(?:(?<ryThis>[${DATE_PROCLITICS}]?هذا\\s+)(?:ال)?(?:عام|سنه)|(?:ال|لل)(?:عام|سنه)\\s+(?<ryq>${QUAL_M})))`;
export const TOD = '(?:صباح|مسا|فجر|بعد\\s+ظهر|ظهر|عصر|ليله|نهار|ضحي|منتصف\\s+ليل)';
// A year before 1800 only when «م» marks it («28 نوفمبر 1023م»), lest a count be read as a year.
export const YEAR_TAIL = `(?:\\s*[-,،]?\\s*(?:من\\s+)?(?:${YEAR_WORD}\\s*)?(?<y>${Y4}(?!\\d)|[1-9]\\d{2,3}(?=\\s*م${E}))(?:\\s*م${E})?)`;
// «أيار/مايو», «فبراير (شباط)»: the month's other name, after a slash or in brackets.
export const MONTH_ALT = `(?:\\s*[/-]\\s*${MONTH}${E}\\s*-?|\\s*\\(\\s*${MONTH}${E}\\s*\\))`;

export const MONTH_GATE = new RegExp(`(?<![\\p{L}])[${DATE_PROCLITICS}]?${MONTH}(?![\\p{L}])`, 'u');
export const EN_MONTH_GATE = new RegExp(EN_MONTH, 'u');
export const NUMERIC_GATE = /\d\s*[/.-]\s*[\da-z]/u;
export const YEAR_GATE = /\d{4}/u;
export const HIJRI_GATE = new RegExp(HMONTH, 'u');
export const HOLIDAY_GATE = /عيد|راس|عرف|عاشورا|اسرا|هجري/u;
export const WEEKDAY_GATE = new RegExp(`${WD_AR}|${WD_EN}|يوم\\s+الحد`, 'u');
export const DEICTIC_GATE = /يوم|امس|غد|بكر|بارح|ليله|مسا|صباح|today|yesterday|tomorrow|tonight/u;
export const OFFSET_GATE = /قبل|منذ|بعد/u;
export const VAGUE_GATE = /قليل|لحظات|وقت/u;
export const PERIOD_GATE = new RegExp(
  `(?<![\\p{L}])(?:[${ARTICLE_PROCLITICS}]?ال(?:ماضي|منصرم|جاري|حالي|مقبل|قادم|فايت|سابق|اخير|جاي|اتي|منقضي)|اللي|نفس|ذات|[${DATE_PROCLITICS}]?(?:مطلع|بدايه|اوايل|اواخر|منتصف|اواسط|نهايه)|عطله|[${DATE_PROCLITICS}]?(?:هذا|هذه|هاي|هذي))`,
  'u',
);
export const WINDOW_GATE = /\d|(?<![\p{L}])(?:ال)?(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)/u;
// «الشهر», and «منه» (of it) ending a span of days in the month just named.
export const MONTH_WORD_GATE = /شهر|منه/u;
export const SAME_GATE = /نفس|ذات|المماثله/u;

export interface Raw {
  fs: number;
  fe: number;
  kind: DateKind;
  parts: ExpressionParts;
}
export type Groups = Readonly<Record<string, string | undefined>>;
export interface Matcher {
  readonly kind: DateKind;
  /** A cheap test the text must pass before the full pattern is tried. */
  readonly gate: RegExp;
  readonly re: RegExp;
  build(g: Groups, at: number, f: string): ExpressionParts | null;
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** A proclitic before a month name («بنوفمبر»), and one before a name of three letters or more. */
const MONTH_PROCLITIC = new RegExp(`^[${DATE_PROCLITICS}]`, 'u');
export const MONTH_PROCLITIC_LONG = new RegExp(`^[${DATE_PROCLITICS}](?=.{3})`);
/** The article with the proclitic before it, if any, at a word's start: «ال», «وال», «لل», «فلل». */
const ARTICLE_START = new RegExp(`^${DEF}`);
/** A proclitic before a part of a period («بمنتصف», «ونهاية»). */
const PART_PROCLITIC = new RegExp(`^[${DATE_PROCLITICS}](?=[مباون])`);
/** A misprinted month name («نوفبر»), the month prefix («بنوفبر») aside. */
export const misspeltMonth = (w: string | undefined): boolean => {
  const s = squash(w ?? '');
  return (
    MISSPELT_MONTHS.has(s) || (!MONTH_INDEX.has(s) && MISSPELT_MONTHS.has(s.replace(MONTH_PROCLITIC, '')))
  );
};
export const monthOf = (w: string | undefined): number | undefined => {
  if (w === undefined) return undefined;
  const i = MONTH_INDEX.get(squash(w).replace(MONTH_PROCLITIC_LONG, ''));
  return i === undefined ? (MONTH_INDEX.get(squash(w)) ?? -1) + 1 || undefined : i + 1;
};
export const weekdayOf = (w: string | undefined): number | undefined => {
  if (w === undefined) return undefined;
  const s = squash(w).replace(ARTICLE_START, '');
  const i = WEEKDAY_INDEX.get(s) ?? WEEKDAY_INDEX.get(squash(w));
  return i;
};
export const qualOf = (w: string | undefined): Qualifier | undefined => {
  if (w === undefined) return undefined;
  const bare = squash(w).replace(/^(?:اللي )?(?:قبل|بعد) /, '');
  if (/^اللي فات/.test(bare)) return 'past';
  if (/^اللي جاي/.test(bare)) return 'next';
  return QUALIFIERS[bare];
};
/** 2 for «قبل الماضي» / «بعد المقبل», else 1. */
export const stepOf = (w: string | undefined): number =>
  w !== undefined && /^(?:اللي )?(?:قبل|بعد) /.test(squash(w)) ? 2 : 1;
/** The year shift of «من العام الجاري» (0), «العام الماضي» (−1), «العام المقبل» (+1). */
export const yearShiftOf = (g: Groups): number | undefined => {
  if (g.ryThis !== undefined) return 0;
  const q = qualOf(g.ryq);
  if (q === undefined) return undefined;
  return q === 'past' ? -stepOf(g.ryq) : q === 'next' ? stepOf(g.ryq) : 0;
};
export const partOf = (w: string | undefined): 'start' | 'middle' | 'end' | undefined => {
  if (w === undefined) return undefined;
  const s = squash(w).replace(PART_PROCLITIC, '');
  if (/^(?:مطلع|بدايه|بدايات|اوايل)/.test(s)) return 'start';
  if (/^(?:منتصف|اواسط)/.test(s)) return 'middle';
  if (/^(?:اواخر|نهايه|اخر)/.test(s)) return 'end';
  return undefined;
};
export const numberOf = (w: string | undefined): number | undefined => {
  if (w === undefined) return undefined;
  if (/^\d+$/.test(w)) return Number(w);
  return CARD_FORMS.get(squash(w)) ?? CARDINALS.get(squash(w));
};
export const ordinalOf = (w: string): number | undefined => {
  const s = squash(w);
  return ORDINALS.get(s) ?? ORD_STEMS.get(s.replace(ARTICLE_START, ''));
};
export const dayOf = (g: Groups): number | undefined =>
  g.d !== undefined ? Number(g.d) : g.ord !== undefined ? ordinalOf(g.ord) : numberOf(g.card);
/** The first day of «5 و6 …», «الخامس عشر والتاسع عشر من …»: in digits or an ordinal in words. */
export const firstDayOf = (g: Groups): number | undefined =>
  g.d0 !== undefined ? Number(g.d0) : g.o0 !== undefined ? ordinalOf(g.o0) : undefined;
export const year2 = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

export const TEMPORAL_BEFORE =
  /(?:^|[\s(«"])(?:في|منذ|خلال|حتي|مطلع|منتصف|اواخر|اوايل|بدايه|نهايه|اواسط|شهر|من|الي|بين|قبل|بعد|ب|و|in|since|until|by|of)\s*$/u;
export const EVENT_NAME_BEFORE =
  /(?:^|\s)(?:حرب|ثوره|انتفاضه|معركه|مجزره|احداث|هجمات|حركه|اتفاق|اتفاقيه)\s+$/u;
/**
 * Not the first day of a span when it counts editions or issues: «في دورته الـ 17 لغاية الحادي عشر من
 * فبراير» (the 17th edition runs until 11 February).
 */
export const NOT_EDITION =
  '(?<!(?:دوره|دورته|دورتها|نسخه|نسخته|نسختها|طبعه|طبعته|طبعتها|عدد|العدد|رقم)\\s+(?:ال\\s*)?)';
/** «بنتيجة 4/3», «النتيجة 3/1»: a score, not a day and month. */
export const SCORE_BEFORE = /(?:نتيجه|بنتيجه|النتيجه|بنتيجه\s+اجماليه)\s*$/u;
export const PLACE_NAME_BEFORE = /(?:^|\s)(?:ملعب|شارع|ساحه|ميدان|جسر|مطار|مستشفي|مدرسه|جامعه|حي|مدينه)\s+$/u;
export const NOT_WEEKDAY_BEFORE = /(?:^|\s)(?:سوق|صلاه|خطبه|مسجد|جامع)\s+$/u;
// Outlets named «… اليوم»: «روسيا اليوم», «المصري اليوم», and in quotes «"الإمارات اليوم"» (unquoted,
// «إلى الإمارات اليوم» is the country today).
export const OUTLET_BEFORE = new RegExp(
  `(?:^|\\s)(?:[${DATE_PROCLITICS}]?(?:روسيا|المصري|اخبار|فلسطين)|["«“]الامارات)\\s+$`,
  'u',
);

/**
 * «الجمعة الأولى من شهر أكتوبر»: an ordinal in the feminine after a weekday agrees with the weekday
 * (the first Friday), not with the day of the month, whose ordinal is masculine («الجمعة الثالث من
 * أكتوبر»). Such a match is left to the nth-weekday matcher.
 */
export const countsWeekdays = (g: Groups): boolean =>
  g.wd !== undefined && g.ord !== undefined && /(?:اولي|ه)$/u.test(g.ord);

export function gregorianDate(g: Groups): ExpressionParts | null {
  if (countsWeekdays(g)) return null;
  const day = dayOf(g);
  const month = monthOf(g.m);
  if (day === undefined || month === undefined) return null;
  const p: ExpressionParts = { calendar: 'gregory', day, month };
  if (g.y !== undefined) p.year = year2(g.y);
  // «الأربعاء والخميس 3 و4 ديسمبر»: the first of two weekdays is the first day's.
  const wd = weekdayOf(g.wd0 ?? g.wd);
  if (wd !== undefined) p.weekday = wd;
  const q = qualOf(g.q);
  if (q !== undefined) p.qualifier = q;
  const ys = yearShiftOf(g);
  if (ys !== undefined) p.yearShift = ys;
  const d0 = firstDayOf(g);
  if (d0 !== undefined) return { ...p, day: d0, to: { ...p } };
  return p;
}
