/**
 * Matchers for days named without their month: a day number or spelled ordinal after a verb of going
 * or coming back, or after «يوم» («سأعود في 15», «عدت يوم 27», «عدت للثلاثين», «ليوم الأربعاء
 * الحادي والثلاثين»), and Easter, whose day moves. `date-rules-days.ts` reads them.
 */
import type { ExpressionParts } from './date-finder';
import { B, D, E, ORD, WEEKDAY, dayOf, weekdayOf } from './date-patterns';
import type { Matcher } from './date-patterns';

// After a verb of going or coming back, in any person and tense, and «في» or «إلى» (عدت إلى 27،
// سأعود في 15، عدت للثلاثين، سأغادر في الخامس). Folded text: إلى is «الي».
const MOVE_VERB =
  '(?:[وف]?(?:س?[انتي]?عود|عدت|عدنا|عاد\\p{L}{0,2}|س?[انتي]?غادر|غادرت|س?[انتي]?خرج|خرجت|س?[انتي]?رجع|رجعت))';
// After the day: the end of the sentence or clause, or a time of day («في 15 في الساعة 8:00»,
// «يوم 15 ، 8 مساء»). Anything else («في 15 دولة», «يوم 15 ساعة») is a count, not a day.
const DAY_END = `(?=\\s*(?:$|[.!?؟،,;؛]|في\\s+(?:ال)?ساعه|الساعه|(?:في\\s+)?\\d{1,2}(?::\\d\\d)?\\s*(?:صباحا|مسا)))`;

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
    const day = dayOf(g.ord === undefined ? g : { ...g, ord: g.ord.replace(/^[وف]?لل/u, 'ال') });
    if (day === undefined || day < 1 || day > 31) return null;
    const p: ExpressionParts = { day, dayAlone: true };
    const wd = weekdayOf(g.wd);
    if (wd !== undefined) p.weekday = wd;
    return p;
  },
};

/** «عيد الفصح»: Easter Sunday, by the Gregorian reckoning. */
export const EASTER: Matcher = {
  kind: 'holiday',
  gate: /فصح/u,
  re: new RegExp(`${B}(?:[وفبل]|لل)?(?:عيد\\s+)?(?:ال)?فصح(?:\\s+المجيد)?${E}`, 'gu'),
  build: () => ({ holiday: 'easter', calendar: 'gregory' }),
};

export const DAY_MATCHERS: readonly Matcher[] = [DAY_ALONE, EASTER];
