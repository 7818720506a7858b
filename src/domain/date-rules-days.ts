/**
 * The resolver's rules for days the text names without their month or year: a day alone after a verb
 * («سأعود في 15», «عدت إلى 27»), the same with its weekday («ليوم الأربعاء الحادي والثلاثين»), a run
 * of consecutive weekdays («يومي الجمعة والسبت»), and Easter. Each follows its clause's tense as a bare
 * weekday does (`date-rules-relative.ts`): a future verb looks forwards from publication, else back;
 * and the New Year just past when told in early January.
 */
import { addDays, daysInMonth, weekdayOf } from './dates';
import { AR_DAYS, EN_DAYS, describeValue, shiftMonth, weekOf, ymd } from './date-calendar';
import type { ExpressionParts } from './date-finder';
import { q, qa, type Draft, type Rule } from './date-rule-env';

/**
 * The day `day` of a month, and of weekday `weekday` when given, nearest to `pub` in the direction
 * `dir` (+1 on or after, −1 on or before), within two years; null when no month has it.
 */
export function nearestDayOfMonth(pub: string, day: number, dir: 1 | -1, weekday?: number): string | null {
  let y = Number(pub.slice(0, 4));
  let m = Number(pub.slice(5, 7));
  for (let i = 0; i < 25; i++) {
    if (day <= daysInMonth(y, m)) {
      const v = ymd(y, m, day);
      const onSide = dir === 1 ? v >= pub : v <= pub;
      if (onSide && (weekday === undefined || weekdayOf(v) === weekday)) return v;
    }
    [y, m] = shiftMonth(y, m, dir);
  }
  return null;
}

/**
 * «سأعود في 15», «عدت إلى 27», «عدت للثلاثين»: a day with no month is in the month its clause's tense
 * points to. Said of the future, the first such day on or after publication (the 15th of this month,
 * or of the next one if it has passed); in narration the last on or before it. With its weekday
 * («يوم الأربعاء الحادي والثلاثين») the nearest month in which that day is that weekday.
 */
const dayAlone: Rule = {
  name: 'day-alone',
  when: (p) => p.dayAlone === true,
  resolve: (p, env) => {
    if (env.pub === null)
      return env.none(
        'day-alone',
        'has no month, and there is no publication date.',
        'بلا شهر، ولا تاريخ نشر.',
      );
    const day = p.day ?? 1;
    const future = env.ctx.future === true;
    const wd = p.weekday;
    const value = nearestDayOfMonth(env.pub, day, future ? 1 : -1, wd);
    const other = nearestDayOfMonth(env.pub, day, future ? -1 : 1, wd);
    const withDay =
      wd === undefined ? ['', ''] : [` that is a ${EN_DAYS[wd] ?? ''}`, ` الموافق يوم ${AR_DAYS[wd] ?? ''}`];
    const how: [string, string] = future
      ? [
          `said of the future, a day with no month: the first ${ordinal(day)}${withDay[0]} on or after that day`,
          `في سياق المستقبل ويومٌ بلا شهر: أول يوم ${day}${withDay[1]} في يوم النشر أو بعده`,
        ]
      : [
          `a day with no month in narration: the last ${ordinal(day)}${withDay[0]} on or before that day`,
          `يومٌ بلا شهر في سرد الخبر: آخر يوم ${day}${withDay[1]} في يوم النشر أو قبله`,
        ];
    return env.counted(value, 'day-alone', how, {
      assumptions: [future ? 'future-day-is-next' : 'bare-day-is-past'],
      alternatives:
        other === null || other === value
          ? []
          : [{ value: other, reading: future ? 'past narration' : 'future' }],
    });
  },
};

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/**
 * «يومي الجمعة والسبت», «أيام الجمعة والسبت والأحد والإثنين»: consecutive weekdays named together are
 * one span. Its first day is read as a bare weekday is (qualifier, then tense); the span runs forwards
 * from it to the next day of the last weekday named.
 */
const weekdaySpan: Rule = {
  name: 'weekday-span',
  when: (p) =>
    p.weekday !== undefined && p.to?.weekday !== undefined && p.to.day === undefined && p.day === undefined,
  resolve: (p, env) => {
    const first: ExpressionParts = { ...p };
    delete first.to;
    const a = env.resolve(first);
    if (a.value === null || a.value.length !== 10) return { ...a, value: null };
    const span = ((p.to?.weekday ?? 0) - (p.weekday ?? 0) + 7) % 7;
    const b = addDays(a.value, span);
    return spanDraft(a, `${a.value}/${b}`);
  },
};

/**
 * «الأسبوع المقبل من الأربعاء إلى الجمعة»: two weekdays of a week named by its qualifier are those days
 * of that week (from Sunday), whatever the tense.
 */
const weekdaysOfWeek: Rule = {
  name: 'weekdays-of-week',
  when: (p) => p.weekShift !== undefined,
  resolve: (p, env) => {
    const shift = p.weekShift ?? 0;
    const [sunday] = env.pub === null ? [null] : weekOf(env.pub, 0, shift);
    const value =
      sunday === null ? null : `${addDays(sunday, p.weekday ?? 0)}/${addDays(sunday, p.to?.weekday ?? 6)}`;
    const which =
      shift < 0
        ? ['of the week before', 'من الأسبوع السابق']
        : shift > 0
          ? ['of the week after', 'من الأسبوع التالي']
          : ['of the same week', 'من الأسبوع نفسه'];
    return env.counted(value, 'weekdays-of-week', [
      `the days named, ${which[0]} (weeks from Sunday)`,
      `الأيام المذكورة ${which[1]} (الأسبوع يبدأ الأحد)`,
    ]);
  },
};

function spanDraft(a: Draft, value: string): Draft {
  return {
    ...a,
    value,
    rule: 'weekday-span',
    en: `${a.en} The days named run on from it: ${value.replace('/', ' to ')}.`,
    ar: `${a.ar} والأيام المذكورة متتالية بعده: ${value.replace('/', ' إلى ')}.`,
  };
}

/**
 * Easter Sunday in a Gregorian year (the anonymous Gregorian computus, «عيد الفصح» of the Western
 * churches; the Eastern date differs in most years and is not computed).
 */
export function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/**
 * «عيد الفصح»: with a year, that year's Easter; else the next one said of the future or in a request,
 * the last one in narration, as for a feast without a year.
 */
const easterRule: Rule = {
  name: 'easter',
  when: (p) => p.holiday === 'easter',
  resolve: (p, env) => {
    if (p.year !== undefined) {
      const stated = easter(p.year);
      return {
        value: stated,
        rule: 'easter',
        reference: null,
        assumptions: [],
        alternatives: [],
        en: `${q(env.text)} states the year: Easter Sunday of ${p.year} (Western reckoning): ${describeValue(stated, 'en')}.`,
        ar: `${qa(env.text)} يذكر العام: عيد الفصح لعام ${p.year} (بالحساب الغربي): ${describeValue(stated, 'ar')}.`,
      };
    }
    if (env.pub === null)
      return env.none('easter', 'has no year, and there is no publication date.', 'بلا عام، ولا تاريخ نشر.');
    const y = Number(env.pub.slice(0, 4));
    const future = env.ctx.future === true;
    let value = easter(y);
    if (future && value < env.pub) value = easter(y + 1);
    if (!future && value > env.pub) value = easter(y - 1);
    return env.counted(
      value,
      'easter',
      future
        ? [
            'said of the future: the next Easter Sunday (Western reckoning)',
            'في سياق المستقبل: عيد الفصح التالي (بالحساب الغربي)',
          ]
        : [
            'in narration: the last Easter Sunday (Western reckoning)',
            'في سرد الخبر: آخر عيد فصح (بالحساب الغربي)',
          ],
    );
  },
};

/**
 * «رأس السنة» without a year, told in the first half of January and not of the future, is the New
 * Year just past («احتفلت دبي برأس السنة» on 1 January is that day, not the next year's); the table's
 * later rule takes the next 1 January otherwise.
 */
const newYearJustPast: Rule = {
  name: 'new-year-just-past',
  when: (p, env) =>
    (p.holiday === 'new-year' || p.holiday === 'new-year-eve') &&
    p.year === undefined &&
    env.P !== null &&
    env.P.m === 1 &&
    env.P.d <= 15 &&
    env.ctx.future !== true,
  resolve: (p, env) => {
    const y = env.P?.y ?? 0;
    const value = p.holiday === 'new-year-eve' ? ymd(y - 1, 12, 31) : ymd(y, 1, 1);
    return env.counted(value, 'new-year-just-past', [
      'told in early January, not of the future: the New Year just past',
      'في مطلع كانون الثاني/يناير ولا يتحدث عن المستقبل: رأس السنة الذي مضى للتو',
    ]);
  },
};

/** The `nth` (−1 the last) `weekday` of month `m` of year `y`, or null when the month has no such. */
export function nthWeekdayOf(y: number, m: number, weekday: number, nth: number): string | null {
  if (nth < 0) {
    const last = ymd(y, m, daysInMonth(y, m));
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = ymd(y, m, 1);
  const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
  return day <= daysInMonth(y, m) ? ymd(y, m, day) : null;
}

/**
 * «أول جمعة من يوليو», «آخر خميس من الشهر المقبل»: the month is read as it would be alone (a named
 * month by its year or tense, «الشهر المقبل» counted from publication), then its nth weekday taken.
 */
const nthWeekday: Rule = {
  name: 'nth-weekday',
  when: (p) => p.nth !== undefined && p.weekday !== undefined,
  resolve: (p, env) => {
    const month: ExpressionParts =
      p.month === undefined
        ? { period: { unit: 'month', shift: p.qualifier === 'past' ? -1 : p.qualifier === 'next' ? 1 : 0 } }
        : { calendar: 'gregory', month: p.month, ...(p.year === undefined ? {} : { year: p.year }) };
    const m = env.resolve(month);
    if (m.value === null || !/^\d{4}-\d\d$/u.test(m.value)) return { ...m, value: null, rule: 'nth-weekday' };
    const value = nthWeekdayOf(
      Number(m.value.slice(0, 4)),
      Number(m.value.slice(5, 7)),
      p.weekday ?? 0,
      p.nth ?? 1,
    );
    const wd = p.weekday ?? 0;
    const which =
      p.nth === -1 ? ['the last', 'آخر'] : [`the ${ordinal(p.nth ?? 1)}`, `رقم ${p.nth ?? 1} من أيام`];
    return {
      ...m,
      value,
      rule: 'nth-weekday',
      en: `${m.en} ${which[0]} ${EN_DAYS[wd] ?? ''} of that month${value === null ? ' does not exist' : `: ${value}`}.`,
      ar: `${m.ar} و${which[1]} ${AR_DAYS[wd] ?? ''} في ذلك الشهر${value === null ? ' غير موجود' : `: ${value}`}.`,
    };
  },
};

/**
 * «أول أيام السنة الجديدة»: the first 1 January on or after the date given before it in the text, or
 * after publication when there is none (the New Year just past in early January, as «رأس السنة»).
 */
const firstOfNewYear: Rule = {
  name: 'first-of-new-year',
  when: (p) => p.firstOfNewYear === true,
  resolve: (p, env) => {
    const before = env.ctx.earlier?.at(-1);
    if (before !== undefined) {
      // The first 1 January on or after it: «يوم الأربعاء 1 يناير 2025، أي أول أيام السنة الجديدة» is that day.
      const value = /^\d{4}-01-01$/u.test(before) ? before : ymd(Number(before.slice(0, 4)) + 1, 1, 1);
      return {
        value,
        rule: 'first-of-new-year',
        reference: before,
        assumptions: [],
        alternatives: [],
        en:
          value === before
            ? `“${env.text}” is the date before it, itself a 1 January: ${value}.`
            : `“${env.text}” after the date before it (${before}): ${value}.`,
        ar:
          value === before
            ? `«${env.text}» هو التاريخ المذكور قبله، وهو أول كانون الثاني/يناير: ${value}.`
            : `«${env.text}» بعد التاريخ المذكور قبله (${before}): ${value}.`,
      };
    }
    const asFeast: ExpressionParts = { ...p };
    delete asFeast.firstOfNewYear;
    return env.resolve(asFeast);
  },
};

export const DAY_RULES: readonly Rule[] = [
  dayAlone,
  weekdaysOfWeek,
  weekdaySpan,
  nthWeekday,
  firstOfNewYear,
  easterRule,
  newYearJustPast,
];
