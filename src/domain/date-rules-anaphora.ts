/**
 * The resolver's rules for what refers back to a date given before it in the text: «اليوم نفسه»,
 * «الشهر نفسه من العام الماضي», «19 من الشهر نفسه», «في اليوم التالي», «بعد ذلك بيومين». With no
 * date before it, «في اليوم التالي» counts from publication; the others have no value.
 */
import { addDays, daysInMonth, parsePartialDate } from './dates';
import { countedUnitAr, describeValue, shiftMonth, ym, ymd } from './date-calendar';
import { q, qa, type Draft, type Env, type Rule } from './date-rule-env';
import type { Unit } from './date-lexicon';

export const last = (env: Env): string | undefined => env.ctx.earlier?.[env.ctx.earlier.length - 1];

/** A value (or range) with its years set to `year`, or moved by `shift`. */
function withYear(value: string, year: number | undefined, shift: number | undefined): string {
  if (year === undefined && (shift === undefined || shift === 0)) return value;
  const ends = value.split('/');
  const first = Number((ends[0] ?? '').slice(0, 4));
  const by = year === undefined ? (shift ?? 0) : year - first;
  return ends
    .map((v) => {
      const y = Number(v.slice(0, 4)) + by;
      const rest = v.slice(4);
      // 29 February moved to a common year is 28 February.
      if (rest === '-02-29' && daysInMonth(y, 2) === 28) return `${String(y).padStart(4, '0')}-02-28`;
      return `${String(y).padStart(4, '0')}${rest}`;
    })
    .join('/');
}

/** «في اليوم التالي», «بعد ذلك بيومين»: counted from the date before it (publication if none). */
export const afterEarlier: Rule = {
  name: 'after-earlier',
  when: (p) => p.after !== undefined,
  resolve: (p, env) => {
    const prev = last(env);
    const a = p.after ?? { n: 1, unit: 'day' };
    const base = prev === undefined ? env.pub : (prev.split('/')[a.n < 0 ? 0 : 1] ?? prev);
    if (base === null)
      return env.none(
        'anaphor-unresolved',
        'is counted from a date given before it, and none is known.',
        'يُحسب من تاريخ سابق في النص، ولا يُعرف.',
      );
    const day = base.length === 10 ? base : null;
    let value: string | null = null;
    if (a.unit === 'day' && day !== null) value = addDays(day, a.n);
    else if (a.unit === 'week' && day !== null) value = addDays(day, 7 * a.n);
    else if (a.unit === 'month') {
      const pm = parsePartialDate(base.slice(0, 7));
      if (pm?.month !== undefined) value = ym(...shiftMonth(pm.year, pm.month, a.n));
    } else if (a.unit === 'year') value = String(Number(base.slice(0, 4)) + a.n);
    if (value === null)
      return env.none(
        'anaphor-unresolved',
        'cannot be counted from the date before it.',
        'لا يُحسب من التاريخ قبله.',
      );
    const from = prev === undefined ? 'the publication date' : 'the date given before it';
    const fromAr = prev === undefined ? 'تاريخ النشر' : 'التاريخ المذكور قبله';
    const dir = a.n < 0 ? 'before' : 'after';
    return {
      value,
      rule: prev === undefined ? 'after-publication' : 'anaphor',
      reference: prev ?? env.pub,
      assumptions: prev === undefined ? ['no-earlier-date'] : [],
      alternatives: [],
      en: `${q(env.text)}: ${Math.abs(a.n)} ${a.unit}${Math.abs(a.n) === 1 ? '' : 's'} ${dir} ${from} (${describeValue(base, 'en')}): ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ${a.n < 0 ? 'قبل' : 'بعد'} ${fromAr} (${describeValue(base, 'ar')}) ${countedUnitAr(Math.abs(a.n), a.unit)}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/** «اليوم نفسه», «الشهر ذاته»: the day, month or year of the date given before it. */
export const anaphor: Rule = {
  name: 'anaphor',
  when: (p) => p.anaphor !== undefined,
  resolve: (p, env) => {
    const prev = last(env);
    if (prev === undefined) return sameMonthsInYear(p.anaphor, p.year, env);
    const first = prev.split('/')[0] ?? prev;
    const base =
      p.anaphor === 'period'
        ? prev
        : p.anaphor === 'day'
          ? first
          : p.anaphor === 'month'
            ? first.slice(0, 7)
            : first.slice(0, 4);
    // «الشهر نفسه من العام الماضي»: the same, a year (or to the year) given.
    const value = withYear(base, p.year, p.yearShift);
    const moved = value !== base;
    return {
      value,
      rule: 'anaphor',
      reference: prev,
      assumptions: [],
      alternatives: [],
      en: `${q(env.text)} refers back to the date given before it (${describeValue(prev, 'en')})${moved ? ', in the year it names' : ''}: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)} يحيل إلى التاريخ المذكور قبله (${describeValue(prev, 'ar')})${moved ? '، في العام الذي يذكره' : ''}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/**
 * «مقابل 3 في المئة خلال الفترة نفسها من العام الماضي 2024» after «من يناير إلى مارس» in an undated
 * text: the months before it have no year to be read in, but «الفترة نفسها» names its own, so it is
 * those months in that year. Without a year of its own, or with no months before it, it has no value.
 */
function sameMonthsInYear(unit: Unit | 'period' | undefined, year: number | undefined, env: Env): Draft {
  const months = env.ctx.earlierMonths;
  if (year === undefined || months === undefined || (unit !== 'period' && unit !== 'month'))
    return env.none(
      'anaphor-unresolved',
      'refers to a date given before it, and none is known.',
      'يحيل إلى تاريخ سابق في النص، ولا يُعرف.',
    );
  const value = withYear(unit === 'month' ? months.slice(0, 7) : months, year, undefined);
  return {
    value,
    rule: 'anaphor',
    reference: null,
    assumptions: ['months-before-it-without-year'],
    alternatives: [],
    en: `${q(env.text)} refers back to the months named before it, which have no year of their own, in the year it names: ${describeValue(value, 'en')}.`,
    ar: `${qa(env.text)} يحيل إلى الأشهر المذكورة قبله، وهي بلا سنة، في العام الذي يذكره: ${describeValue(value, 'ar')}.`,
  };
}

/** «19 من الشهر نفسه»: that day of the month given before it. */
export const dayOfSameMonth: Rule = {
  name: 'day-of-same-month',
  when: (p) => p.day !== undefined && p.qualifier === 'same',
  resolve: (p, env) => {
    const prev = last(env);
    const pm = prev === undefined ? null : parsePartialDate(prev.split('/')[0] ?? prev);
    if (pm?.month === undefined)
      return env.none(
        'anaphor-unresolved',
        'refers to a month given before it, and none is known.',
        'يحيل إلى شهر سابق في النص، ولا يُعرف.',
      );
    const day = p.day ?? 1;
    const value = day <= daysInMonth(pm.year, pm.month) ? ymd(pm.year, pm.month, day) : null;
    if (value === null) return env.none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
    return {
      value,
      rule: 'anaphor',
      reference: prev ?? null,
      assumptions: [],
      alternatives: [],
      en: `${q(env.text)}: that day of the month given before it: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ذلك اليوم من الشهر المذكور قبله: ${describeValue(value, 'ar')}.`,
    };
  },
};
