/**
 * Matchers for days named in other ways than day, month and year: a day number or spelled ordinal
 * without its month, after a verb of going or coming back or after «يوم» («سأعود في 15», «عدت يوم
 * 27», «عدت للثلاثين», «ليوم الأربعاء الحادي والثلاثين»); the month before its day («يناير الثاني
 * والعشرين»); the nth weekday of a month («أول جمعة من يوليو»); a year in words («عام ألفين
 * وعشرين»); the first day of the new year; the days of «العيد»; and Easter, whose day moves. `date-rules-days.ts` reads them.
 */
import { CONJUNCTIONS, DATE_PROCLITICS } from './arabic';
import type { ExpressionParts } from './date-finder';
import {
  CARD_FORMS,
  B,
  D,
  E,
  MONTH,
  ORD,
  QUAL_M,
  WD_AR,
  WEEKDAY,
  Y4,
  YEAR_TAIL,
  YEAR_WORD,
  dayOf,
  monthOf,
  qualOf,
  weekdayOf,
} from './date-patterns';
import type { Matcher } from './date-patterns';

// After a verb of going or coming back, in any person and tense, and «في» or «إلى» (عدت إلى 27،
// سأعود في 15، عدت للثلاثين، سأغادر في الخامس). Folded text: إلى is «الي».
const MOVE_VERB = `(?:[${CONJUNCTIONS}]?(?:س?[انتي]?عود|عدت|عدنا|عاد\\p{L}{0,2}|س?[انتي]?غادر|غادرت|س?[انتي]?خرج|خرجت|س?[انتي]?رجع|رجعت))`;
// After the day: the end of the sentence or clause, or a time of day («في 15 في الساعة 8:00»,
// «يوم 15 ، 8 مساء»). Anything else («في 15 دولة», «يوم 15 ساعة») is a count, not a day.
const DAY_END = `(?=\\s*(?:$|[.!?؟،,;؛]|في\\s+(?:ال)?ساعه|الساعه|(?:في\\s+)?\\d{1,2}(?::\\d\\d)?\\s*(?:صباحا|مسا)))`;

// «للثلاثين», «وللخامس»: «لـ» and the article, written «لل».
const TO_THE = new RegExp(`^[${CONJUNCTIONS}]?لل`, 'u');

/** «عدت إلى 27», «سأعود يوم 15», «ليوم الأربعاء الحادي والثلاثين»: a day of an unnamed month. */
export const DAY_ALONE: Matcher = {
  kind: 'date',
  gate: /\d|(?:ال|لل)\p{L}|يوم/u,
  re: new RegExp(
    `${B}(?:(?<=${B}${MOVE_VERB}\\s+(?:(?:في|الي)\\s+)?)(?:[ل]?يوم\\s+)?|[ل]?يوم\\s+)(?:(?<wd>${WEEKDAY})\\s+(?:في\\s+)?)?(?:(?<d>${D})|(?<ord>${ORD}))${E}${DAY_END}`,
    'gu',
  ),
  build: (g) => {
    // «للثلاثين» is «لـ» and «الثلاثين».
    const day = dayOf(g.ord === undefined ? g : { ...g, ord: g.ord.replace(TO_THE, 'ال') });
    if (day === undefined || day < 1 || day > 31) return null;
    const p: ExpressionParts = { day, dayAlone: true };
    const wd = weekdayOf(g.wd);
    if (wd !== undefined) p.weekday = wd;
    return p;
  },
};

/** «عيد الفصح», «عيد الفصح عام 2019»: Easter Sunday, by the Gregorian reckoning, with its year when printed. */
export const EASTER: Matcher = {
  kind: 'holiday',
  gate: /فصح/u,
  re: new RegExp(
    `${B}(?:[${DATE_PROCLITICS}]|لل)?(?:عيد\\s+)?(?:ال)?فصح(?:\\s+المجيد)?${E}(?:${YEAR_TAIL})?`,
    'gu',
  ),
  build: (g) => ({
    holiday: 'easter',
    calendar: 'gregory',
    ...(g.y === undefined ? {} : { year: Number(g.y) }),
  }),
};

// «ثمانية وسبعون», «عشرين», «واحد»: 1 to 99 in words (folded), for a year's last two digits.
const TENS: Readonly<Record<string, number>> = {
  عشرين: 20,
  عشرون: 20,
  ثلاثين: 30,
  ثلاثون: 30,
  اربعين: 40,
  اربعون: 40,
  خمسين: 50,
  خمسون: 50,
  ستين: 60,
  ستون: 60,
  سبعين: 70,
  سبعون: 70,
  ثمانين: 80,
  ثمانون: 80,
  تسعين: 90,
  تسعون: 90,
};
const TENS_RE = Object.keys(TENS).join('|');
const UNITS_RE = [...CARD_FORMS.keys()]
  .filter((k) => !k.startsWith('ال') && (CARD_FORMS.get(k) ?? 0) < 20)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A year in words as a pattern (groups th, h, u, t, t2), read by `spelledYear`. */
export const SPELLED_YEAR = `(?<th>الفين|الفان|الفي|الف)(?:\\s+و\\s*(?<h>تسعمايه|تسعميه|تسعمييه))?(?:\\s+و\\s*(?:(?<u>${UNITS_RE})(?:\\s+و\\s*(?<t>${TENS_RE}))?|(?<t2>${TENS_RE})))?`;

/** A year written in words, from its parts: «ألفين وعشرين» 2020, «ألف وتسعمائة وثمانية وسبعون» 1978. */
export function spelledYear(g: Readonly<Record<string, string | undefined>>): number | undefined {
  if (g.th === undefined) return undefined;
  const base = g.th === 'الف' ? (g.h === undefined ? 1000 : 1900) : 2000;
  const units = g.u === undefined ? 0 : (CARD_FORMS.get(g.u) ?? 0);
  const tens = TENS[g.t ?? g.t2 ?? ''] ?? 0;
  return base + units + tens;
}

/**
 * «عام ألفين وعشرين», «سبتمبر، ألفين»: a year in words, after «عام»/«سنة» or straight after a month
 * or a day (a thousand alone elsewhere is a count).
 */
export const SPELLED_YEAR_MATCHER: Matcher = {
  kind: 'year',
  gate: /الف/u,
  re: new RegExp(`${B}(?:(?<w>${YEAR_WORD})\\s+|(?:من\\s+))?${SPELLED_YEAR}${E}`, 'gu'),
  build: (g, at, f) => {
    const year = spelledYear(g);
    if (year === undefined || year < 1000 || year > 2099) return null;
    // «ألف» alone is a thousand of something unless «عام» or «سنة» says it is the year 1000.
    if (g.w === undefined && year === 1000) return null;
    const before = f.slice(Math.max(0, at - 40), at);
    // After a month, an ordinal day or a month's day in digits («يناير 22، ألفين»); digits alone
    // before it make a count («90 ألف نسمة»).
    const afterDate = new RegExp(`(?:${MONTH}|${ORD}|${MONTH}\\s*\\d{1,2})\\s*[،,]?\\s*$`, 'u').test(before);
    if (g.w === undefined && !afterDate) return null;
    return { calendar: 'gregory', year };
  },
};

/** «يناير الثاني والعشرين», «الاثنين، يناير 22، 2018», «شهر سبتمبر 15»: the month named before its day. */
export const MONTH_FIRST: Matcher = {
  kind: 'date',
  gate: /\p{L}/u,
  re: new RegExp(
    `${B}(?:(?<wd>${WEEKDAY})\\s*[،,]?\\s*)?(?:[${DATE_PROCLITICS}]?(?:ال)?شهر\\s+)?(?:[${DATE_PROCLITICS}]|لل)?(?<m>${MONTH})${E}\\s*(?:(?<ord>${ORD})${E}|(?<d>${D})(?=\\s*(?:$|[.!?؟،,;؛]|\\d{4}|\\d{1,2}:\\d\\d)))`,
    'gu',
  ),
  build: (g) => {
    const month = monthOf(g.m);
    const day = dayOf(g);
    if (month === undefined || day === undefined) return null;
    const p: ExpressionParts = { calendar: 'gregory', month, day };
    const wd = weekdayOf(g.wd);
    if (wd !== undefined) p.weekday = wd;
    return p;
  },
};

/**
 * «نوفمبر بين 15 و 19», «شهر نوفمبر بين الخامس عشر والتاسع عشر»: the month named first, then «بين» two
 * of its days, the first before the second, is that span of days (the range rule reads its year).
 */
export const MONTH_BETWEEN_DAYS: Matcher = {
  kind: 'date',
  gate: /بين/u,
  re: new RegExp(
    `${B}(?:شهر\\s+)?(?<m>${MONTH})${E}\\s+بين\\s+(?:(?<d1>${D})|(?<o1>${ORD}))${E}\\s*و\\s*(?:(?<d2>${D})|(?<o2>${ORD}))${E}`,
    'gu',
  ),
  build: (g) => {
    const month = monthOf(g.m);
    const from = dayOf({ d: g.d1, ord: g.o1 });
    const to = dayOf({ d: g.d2, ord: g.o2 });
    if (month === undefined || from === undefined || to === undefined) return null;
    if (from < 1 || to <= from || to > 31) return null;
    return { calendar: 'gregory', month, day: from, to: { calendar: 'gregory', month, day: to } };
  },
};

/**
 * «الأسبوع المقبل من الأربعاء إلى الجمعة», «هذا الأسبوع بين الأربعاء والجمعة»: a week named by its
 * qualifier, then two of its weekdays, the first before the second (weeks run from Sunday), is that
 * span of days of that week.
 */
export const WEEK_WEEKDAYS: Matcher = {
  kind: 'weekday',
  gate: /اسبوع/u,
  re: new RegExp(
    `${B}(?:(?<this>هذا\\s+)?(?:ال)?اسبوع(?:\\s+(?<q>${QUAL_M}))?)\\s+(?:من|بين)\\s+(?:يوم\\s+)?(?<wd1>${WEEKDAY})\\s+(?:و?(?:الي|حتي)\\s+|و)(?:يوم\\s+)?(?<wd2>${WEEKDAY})${E}`,
    'gu',
  ),
  build: (g) => {
    const q = g.this !== undefined ? 'current' : qualOf(g.q);
    const from = weekdayOf(g.wd1);
    const to = weekdayOf(g.wd2);
    if (q === undefined || from === undefined || to === undefined || to <= from) return null;
    const weekShift = q === 'past' ? -1 : q === 'next' ? 1 : 0;
    return { weekday: from, to: { weekday: to }, weekShift };
  },
};

const NTH: Readonly<Record<string, number>> = {
  اول: 1,
  الاول: 1,
  الاولي: 1,
  ثاني: 2,
  الثاني: 2,
  الثانيه: 2,
  ثالث: 3,
  الثالث: 3,
  الثالثه: 3,
  رابع: 4,
  الرابع: 4,
  الرابعه: 4,
  اخر: -1,
  الاخير: -1,
  الاخيره: -1,
};

/**
 * «أول جمعة من يوليو», «آخر خميس من الشهر المقبل», «الجمعة الأولى من شهر رمضان»: the nth weekday of
 * a month (−1 the last), of a named month or of the month before, of or after publication.
 */
export const NTH_WEEKDAY: Matcher = {
  kind: 'weekday',
  gate: /من|في/u,
  re: new RegExp(
    `${B}(?:(?<n>اول|ثاني|ثالث|رابع|اخر)\\s+(?:يوم\\s+)?(?<wd1>${WD_AR})|(?<wd2>${WEEKDAY})\\s+(?<n2>الاولي|الاول|الثانيه|الثاني|الثالثه|الثالث|الرابعه|الرابع|الاخيره|الاخير))\\s+(?:من|في)\\s+(?:(?:شهر\\s+)?(?<m>${MONTH})${E}(?:\\s*(?<y>${Y4}))?|(?<this>هذا\\s+)?(?:ال)?شهر(?:\\s+(?<q>${QUAL_M}))?)`,
    'gu',
  ),
  build: (g) => {
    const nth = NTH[g.n ?? g.n2 ?? ''];
    const weekday = weekdayOf(g.wd1 === undefined ? g.wd2 : `ال${g.wd1}`);
    if (nth === undefined || weekday === undefined) return null;
    const p: ExpressionParts = { weekday, nth };
    if (g.m !== undefined) {
      const month = monthOf(g.m);
      if (month === undefined) return null;
      p.month = month;
      p.calendar = 'gregory';
      if (g.y !== undefined) p.year = Number(g.y);
    } else {
      const q = qualOf(g.q);
      p.qualifier = q ?? 'current';
    }
    return p;
  },
};

/** «أول أيام السنة الجديدة», «اليوم الأول من العام الجديد»: 1 January of the year to come. */
export const FIRST_OF_NEW_YEAR: Matcher = {
  kind: 'holiday',
  gate: /جديد/u,
  re: new RegExp(
    `(?<![\\p{L}])(?:[${DATE_PROCLITICS}]?اول\\s+(?:ايام|يوم)\\s+(?:من\\s+|في\\s+)?|[${DATE_PROCLITICS}]?اليوم\\s+الاول\\s+(?:من|في)\\s+)(?:ال)?(?:سنه|عام)\\s+(?:ال)?جديده?(?![\\p{L}])`,
    'gu',
  ),
  build: () => ({ holiday: 'new-year', calendar: 'gregory', firstOfNewYear: true }),
};

/**
 * «أول أيام العيد», «ثاني أيام العيد»: a day of "the feast", which one the text said before it
 * («عيد الأضحى … وأول أيام العيد»). The finder fills in the feast (`eidOf` in `date-finder.ts`);
 * alone it is a named day with no value.
 */
export const DAY_OF_EID: Matcher = {
  kind: 'holiday',
  gate: /ايام\s+العيد/u,
  re: new RegExp(
    `(?<![\\p{L}])[${DATE_PROCLITICS}]?(?<n>اول|ثاني|ثالث|رابع)\\s+ايام\\s+العيد(?![\\p{L}])`,
    'gu',
  ),
  build: (g) => ({ name: true, eidDay: ['اول', 'ثاني', 'ثالث', 'رابع'].indexOf(g.n ?? '') + 1 }),
};

/**
 * A country's national day («عيد الشرطة»، «اليوم الوطني السعودي الـ92»، «عيد استقلال الجمهورية
 * الجزائرية»، «عيد جلوس جلالة الملك») and «ليلة القدر»: named days with no value. The same name falls
 * on different days in different countries (Police Day is 25 January in Egypt, 9 January in Iraq),
 * and the Night of Power is sought in the last ten nights of Ramadan, not on a fixed one
 * (`docs/dates.md`).
 */
export const NATIONAL_DAY: Matcher = {
  kind: 'holiday',
  gate: /(?:عيد|يوم|ليله)\s+(?:ال)?(?:شرطه|استقلال|جلا|عرش|جيش|جلوس|شهيد|جمهوريه|مسيره|وطني|قدر)/u,
  re: new RegExp(
    `(?<![\\p{L}])[${DATE_PROCLITICS}]?(?:ال|لل)?(?:(?:عيد|يوم)\\s+(?:ال)?(?:شرطه|استقلال|جلا|عرش|جيش|جلوس|شهيد|جمهوريه|مسيره\\s+الخضرا|وطني)(?:\\s+(?:ال)?جمهوريه)?(?:\\s+(?:جلاله|صاحب\\s+الجلاله)\\s+(?:ال)?ملك)?(?:\\s+(?!و)(?:ال|ل)?(?!(?:في|الي|علي|حتي|التي|الذي)(?![\\p{L}]))[\\p{L}]{2,}(?:ي|يه))?(?:\\s+(?:ال)?مجيد)?(?:\\s*ال\\s*\\d{1,3}(?!\\d))?|ليله\\s+القدر)(?![\\p{L}])`,
    'gu',
  ),
  build: () => ({ name: true, nationalDay: true }),
};

export const DAY_MATCHERS: readonly Matcher[] = [
  DAY_ALONE,
  EASTER,
  SPELLED_YEAR_MATCHER,
  MONTH_FIRST,
  MONTH_BETWEEN_DAYS,
  WEEK_WEEKDAYS,
  NTH_WEEKDAY,
  FIRST_OF_NEW_YEAR,
  DAY_OF_EID,
  NATIONAL_DAY,
];
