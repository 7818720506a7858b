/**
 * The resolver's rules for parts and shares of periods («منتصف أبريل», «مطلع 2021», «نهاية رجب»,
 * «الربع الأول من عام 2018»), seasons («هذا الصيف»), and months in a counted year («مارس من العام
 * الجاري»).
 */
import type { ExpressionParts } from './date-finder';
import {
  describeValue,
  ends,
  partOfDays,
  partOfMonth,
  partOfYear,
  shareOfYear,
  WEEK_STARTS,
  weekOf,
  ym,
  ymd,
} from './date-calendar';
import { daysInMonth } from './dates';
import { q, qa, type Rule } from './date-rule-env';

/**
 * «منتصف أبريل», «مطلع 2021», «نهاية رجب»: the period read without its part, then the part of it —
 * of a month days 1–10, 11–20 or 21 to the end, of a year January–March, May–August or
 * October–December, of a Hijri month the same thirds of its days.
 */
export const partOfNamed: Rule = {
  name: 'part',
  when: (p) => p.part !== undefined && p.share === undefined,
  resolve: (p, env) => {
    const rest: ExpressionParts = { ...p };
    delete rest.part;
    const whole = env.resolve(rest);
    const part = p.part ?? 'start';
    if (whole.value === null) return whole;
    const [a] = ends(whole.value);
    const value = whole.value.includes('/')
      ? a.length === 10
        ? partOfDays(whole.value, part)
        : null
      : a.length === 7
        ? partOfMonth(Number(a.slice(0, 4)), Number(a.slice(5, 7)), part)
        : a.length === 4
          ? partOfYear(Number(a), part)
          : null;
    if (value === null) return whole;
    const words = { start: ['its start', 'أوله'], middle: ['its middle', 'وسطه'], end: ['its end', 'آخره'] }[
      part
    ];
    return {
      ...whole,
      value,
      assumptions: [...whole.assumptions, `part-${part}`],
      en: `${whole.en} Of it, ${words[0]} (a month's start is days 1–10, its middle 11–20, its end 21 to the last; a year's, January–March, May–August, October–December): ${describeValue(value, 'en')}.`,
      ar: `${whole.ar} ومنه ${words[1]} (أول الشهر أيامه 1–10، ووسطه 11–20، وآخره من 21؛ وأول العام كانون الثاني–آذار، ووسطه أيار–آب، وآخره تشرين الأول–كانون الأول): ${describeValue(value, 'ar')}.`,
    };
  },
};

/**
 * «الأسبوع الثالث من هذا الشهر», «الأسبوع الأخير من شهر يوليو»: the month read on its own, then its
 * nth week — weeks run from Sunday, the first being the one that holds the month's first day, each cut
 * to the month's days; the last week is the month's last seven days (the week that holds its last day
 * is mostly the next month's as often as not).
 */
export const weekOfMonth: Rule = {
  name: 'week-of-month',
  when: (p) => p.weekOfMonth !== undefined,
  resolve: (p, env) => {
    const rest: ExpressionParts = { ...p };
    delete rest.weekOfMonth;
    const whole = env.resolve(rest);
    if (whole.value === null || whole.value.length !== 7) return whole;
    const y = Number(whole.value.slice(0, 4));
    const m = Number(whole.value.slice(5, 7));
    const last = daysInMonth(y, m);
    const n = p.weekOfMonth ?? 0;
    // The Sunday on or before the 1st (a day number of 0 or less is in the month before).
    const sunday = 1 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    const [a, b] = n === 0 ? [last - 6, last] : [Math.max(1, sunday + 7 * (n - 1)), sunday + 7 * n - 1];
    if (a > last) return whole;
    const value = `${ymd(y, m, a)}/${ymd(y, m, Math.min(b, last))}`;
    const [en, ar] =
      n === 0
        ? ['its last week, its last seven days', 'أسبوعه الأخير، أيامه السبعة الأخيرة']
        : [
            `its week ${n}, weeks from Sunday, the first holding the 1st`,
            `أسبوعه رقم ${n}، والأسابيع من الأحد أولها ما فيه اليوم الأول`,
          ];
    return {
      ...whole,
      value,
      assumptions: [...whole.assumptions, 'week-of-month'],
      en: `${whole.en} Of it, ${en}: ${describeValue(value, 'en')}.`,
      ar: `${whole.ar} ومنه ${ar}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/** «الربع الأول من عام 2018», «النصف الثاني من العام الماضي»: a share of a year, as months. */
export const shareOfNamedYear: Rule = {
  name: 'share-of-year',
  when: (p) => p.share !== undefined,
  resolve: (p, env) => {
    const sh = p.share ?? { n: 1, of: 4 };
    const counted = p.year === undefined;
    const y = p.year ?? (env.P === null ? undefined : env.P.y + (p.yearShift ?? 0));
    if (y === undefined)
      return env.none(
        'no-reference',
        'gives no year and the article has no date.',
        'لا يذكر العام، والمقال بلا تاريخ.',
      );
    let value = shareOfYear(y, sh.n, sh.of);
    // «الأشهر التسعة الأولى»: from the first of `count` shares to the last.
    const last = sh.count === undefined ? null : shareOfYear(y, sh.n + sh.count - 1, sh.of);
    if (value !== null && last !== null) value = `${ends(value)[0]}/${ends(last)[1]}`;
    if (value === null) return env.none('not-a-date', 'is not a part of a year.', 'ليس جزءًا من عام.');
    if (p.part !== undefined) {
      const [a, b] = ends(value);
      const m0 = Number(a.slice(5, 7));
      const m1 = Number(b.slice(5, 7));
      const pick = p.part === 'start' ? m0 : p.part === 'end' ? m1 : Math.round((m0 + m1) / 2);
      value = ym(y, pick);
    }
    const name = {
      2: ['half', 'النصف'],
      3: ['third', 'الثلث'],
      4: ['quarter', 'الربع'],
      12: ['month', 'الشهر'],
    }[sh.of];
    const nth = sh.count === undefined ? `${sh.n}` : `${sh.n}–${sh.n + sh.count - 1}`;
    const yearEn = counted
      ? p.yearShift === undefined
        ? `the year of publication (${env.pubEn}), assumed`
        : `the year counted from publication (${env.pubEn})`
      : `${y}`;
    const yearAr = counted
      ? p.yearShift === undefined
        ? `ويُفترض عام النشر (${env.pubAr})`
        : `والعام محسوب من تاريخ النشر (${env.pubAr})`
      : `${y}`;
    return {
      value,
      rule: counted ? 'share-of-counted-year' : 'stated',
      reference: counted ? env.pub : null,
      assumptions: counted && p.yearShift === undefined ? ['year-of-publication'] : [],
      alternatives: [],
      en: `${q(env.text)}: ${name[0]} ${nth} of ${yearEn}, as months: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ${name[1]} ${nth} من العام، ${yearAr}، بالأشهر: ${describeValue(value, 'ar')}.`,
    };
  },
};

const SEASONS: Record<NonNullable<ExpressionParts['season']>, [number, string, string]> = {
  winter: [12, 'winter (December–February)', 'الشتاء (كانون الأول–شباط)'],
  spring: [3, 'spring (March–May)', 'الربيع (آذار–أيار)'],
  summer: [6, 'summer (June–August)', 'الصيف (حزيران–آب)'],
  autumn: [9, 'autumn (September–November)', 'الخريف (أيلول–تشرين الثاني)'],
};

/** «هذا الصيف», «الخريف المقبل», «صيف 2016»: the northern seasons, as months. */
export const season: Rule = {
  name: 'season',
  when: (p) => p.season !== undefined,
  resolve: (p, env) => {
    const [m0, en, ar] = SEASONS[p.season ?? 'summer'];
    const P = env.P;
    let y = p.year;
    if (y === undefined && P !== null) {
      // The season of publication's year (winter: the one that began in December), then a step.
      const base = m0 === 12 && P.m <= 2 ? P.y - 1 : P.y;
      const shift = p.qualifier === 'past' ? -1 : p.qualifier === 'next' ? 1 : 0;
      const over = P.m > ((m0 + 2 - 1) % 12) + 1 && m0 !== 12;
      y =
        shift === 0 ? base : shift > 0 ? (P.m >= m0 && m0 !== 12 ? base + 1 : base) : over ? base : base - 1;
    }
    if (y === undefined)
      return env.none(
        'no-reference',
        'gives no year and the article has no date.',
        'لا يذكر العام، والمقال بلا تاريخ.',
      );
    const value = m0 === 12 ? `${y}-12/${y + 1}-02` : `${ym(y, m0)}/${ym(y, m0 + 2)}`;
    return {
      value,
      rule: p.year === undefined ? 'season-counted' : 'stated',
      reference: p.year === undefined ? env.pub : null,
      assumptions: ['northern-seasons'],
      alternatives: [],
      en: `${q(env.text)}: ${en}: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ${ar}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/** «مارس من العام الجاري», «يونيو العام المقبل»: the month in the year counted from publication. */
export const relativeYear: Rule = {
  name: 'relative-year',
  when: (p, env) =>
    p.calendar === 'gregory' && p.year === undefined && p.yearShift !== undefined && env.P !== null,
  resolve: (p, env) => {
    const y = (env.P?.y ?? 0) + (p.yearShift ?? 0);
    const rest: ExpressionParts = { ...p, year: y };
    delete rest.yearShift;
    const r = env.resolve(rest);
    return {
      ...r,
      rule: 'relative-year',
      reference: env.pub,
      en: `${r.en} The year is counted from the publication date (${env.pubEn}).`,
      ar: `${r.ar} والعام محسوب من تاريخ النشر (${env.pubAr}).`,
    };
  },
};

/**
 * «بقية الأسبوع», «باقي الشهر», «بقية العام»: the days from publication to the end of its week
 * (counted from Sunday; a week from Saturday or Monday as alternatives), month or year.
 */
export const restOfPeriod: Rule = {
  name: 'rest-of-period',
  when: (p) => p.period?.part === 'rest',
  resolve: (p, env) => {
    const pub = env.pub ?? '';
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    const unit = p.period?.unit;
    const span = (end: string): string => (end === pub ? pub : `${pub}/${end}`);
    if (unit === 'week') {
      const [first, ...others] = WEEK_STARTS.map((s) => span(weekOf(pub, s.day, 0)[1]));
      return env.counted(
        first ?? null,
        'rest-of-period',
        ['the rest of its week (from Sunday)', 'أي بقية أسبوعه (من الأحد)'],
        {
          assumptions: ['week-starts-sunday'],
          alternatives: others.map((value, i) => ({
            value,
            reading: `week from ${WEEK_STARTS[i + 1]?.en ?? ''}`,
          })),
        },
      );
    }
    const end =
      unit === 'month'
        ? `${ym(P.y, P.m)}-${String(daysInMonth(P.y, P.m)).padStart(2, '0')}`
        : `${String(P.y).padStart(4, '0')}-12-31`;
    const [en, ar] =
      unit === 'month' ? ['the rest of its month', 'أي بقية شهره'] : ['the rest of its year', 'أي بقية عامه'];
    return env.counted(span(end), 'rest-of-period', [en, ar]);
  },
};
