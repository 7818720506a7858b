/**
 * The resolver's rules for what the text states: names, ranges, Hijri dates and feasts, and Gregorian
 * dates printed in full or without their year.
 */
import { addDays, daysInMonth, weekdayOf } from './dates';
import type { ExpressionParts } from './date-finder';
import {
  AR_DAYS,
  EN_DAYS,
  describeValue,
  fromHijri,
  hijriMonthRange,
  hijriYearInGregorian,
  hijriYearRange,
  toHijri,
  ymd,
  ym,
} from './date-calendar';
import { q, qa, type Env, type Rule } from './date-rule-env';
import { partOfNamed, relativeYear, season, shareOfNamedYear, weekOfMonth } from './date-rules-periods';

// --- Names, ranges, Hijri and feasts ------------------------------------------------------------

/**
 * «عيد الشرطة», «اليوم الوطني», «ليلة القدر»: a national day has no value, its day being a fact of its
 * country that the text does not give (Police Day is 25 January in Egypt, 9 January in Iraq); the
 * Night of Power is not fixed. A date printed beside it is its own expression (`docs/dates.md`).
 */
const nationalDay: Rule = {
  name: 'national-day',
  when: (p) => p.nationalDay === true,
  resolve: (_p, env) =>
    env.none(
      'national-day',
      'names a national day or a night that is not fixed; its day depends on the country, which the text does not settle.',
      'يسمّي عيدًا وطنيًا أو ليلة غير ثابتة؛ يومه يختلف باختلاف البلد، والنص لا يحسم ذلك.',
    ),
};

/** «ثورة 25 يناير», «حرب أكتوبر»: a name that holds a date dates no event of the article. */
const namedEvent: Rule = {
  name: 'named-event',
  when: (p) => p.name === true,
  resolve: (_p, env) =>
    env.none(
      'named-event',
      'names an event; its date is not counted from the article.',
      'اسم حدث؛ لا يُحسب تاريخه من المقال.',
    ),
};

/** A range: each end on its own, the missing year shared (a year-less start before its end). */
/**
 * A span whose ends were read apart runs forwards: an end without a year that falls before the start
 * is the next year's («اليوم حتى 22 أكتوبر» in November), and a start without a year that falls after
 * the end is the year before's («2 أكتوبر حتى بعد غد» in November).
 */
function forwards(
  a: string,
  b: string,
  ends: { from: ExpressionParts; to: ExpressionParts },
  env: Env,
): [string, string] {
  const start = a.split('/')[0] ?? a;
  const end = b.split('/').pop() ?? b;
  if (end >= start) return [start, end];
  const { from, to } = ends;
  const shifted = (p: ExpressionParts, year: number): string | null =>
    p.year === undefined && p.month !== undefined ? env.resolve({ ...p, year }).value : null;
  const later = shifted(to, Number(end.slice(0, 4)) + 1)
    ?.split('/')
    .pop();
  if (later !== undefined && later >= start) return [start, later];
  const earlier = shifted(from, Number(start.slice(0, 4)) - 1)?.split('/')[0];
  if (earlier !== undefined && earlier <= end) return [earlier, end];
  return [start, end];
}

/**
 * «من 15 مارس إلى 22 من نفس الشهر», «3 أكتوبر وحتى الثلاثاء 7 منه»: an end that is a day of "the same
 * month" is that day of the month the span starts in (its start, not a date before the span).
 */
function sameMonthEnd(to: ExpressionParts, start: string | null): ExpressionParts | null {
  if (to.qualifier !== 'same' || to.day === undefined || to.month !== undefined || start === null)
    return null;
  const [y, m] = start.split('/')[0]?.split('-') ?? [];
  if (y === undefined || m === undefined) return null;
  return { calendar: 'gregory', year: Number(y), month: Number(m), day: to.day };
}

const range: Rule = {
  name: 'range',
  when: (p) => p.to !== undefined,
  resolve: (p, env) => {
    const from: ExpressionParts = { ...p };
    delete from.to;
    const to: ExpressionParts = { ...p.to };
    if (from.year === undefined && to.year !== undefined)
      from.year = (from.month ?? 1) > (to.month ?? 12) ? to.year - 1 : to.year;
    if (to.year === undefined && from.year !== undefined)
      to.year = (to.month ?? 12) < (from.month ?? 1) ? from.year + 1 : from.year;
    const a = env.resolve(from);
    const b = env.resolve(
      sameMonthEnd(to, a.value) ??
        (to.year === undefined && a.value !== null
          ? { ...to, year: Number(a.value.slice(0, 4)) + ((to.month ?? 12) < (from.month ?? 1) ? 1 : 0) }
          : to),
    );
    // An end that is no date leaves the span none, with that end's reason (not the other end's value).
    if (a.value === null) return a;
    if (b.value === null) return b;
    const value = forwards(a.value, b.value, { from, to }, env).join('/');
    const stated = a.rule === 'stated';
    return {
      ...a,
      value,
      en: `${q(env.text)} is a span: ${describeValue(value, 'en')}${stated ? ', as printed' : `, the year from the publication date (${env.pubEn})`}.`,
      ar: `${qa(env.text)} مدة: ${describeValue(value, 'ar')}${stated ? '، كما هي مذكورة' : `، والعام من تاريخ النشر (${env.pubAr})`}.`,
    };
  },
};

/**
 * A Hijri month or feast without a year follows its clause's tense, as a Gregorian month does: said of
 * the future («سأعود في عيد الفطر») it is the next one, so +1 year when the publication year's has
 * ended; in past narration one more than half a year ahead is last year's (−1).
 */
function hijriYearByTense(value: string, pub: string, future: boolean): number {
  const first = value.split('/')[0] ?? value;
  const last = value.split('/').pop() ?? value;
  if (future) return last < pub ? 1 : 0;
  return first > addDays(pub, 183) ? -1 : 0;
}

/** Hijri dates and feasts, through Umm al-Qura; a day either side where months begin by sighting. */
const hijri: Rule = {
  name: 'hijri-umm-al-qura',
  when: (p) =>
    p.calendar === 'islamic' ||
    p.holiday === 'fitr' ||
    p.holiday === 'adha' ||
    p.holiday === 'hijri-new-year' ||
    p.holiday === 'arafa' ||
    p.holiday === 'ashura' ||
    p.holiday === 'isra-miraj',
  resolve: (p, env) => {
    const { pub } = env;
    const [month, day] =
      p.holiday === 'fitr'
        ? [10, 1]
        : p.holiday === 'adha'
          ? [12, 10]
          : p.holiday === 'arafa'
            ? [12, 9]
            : p.holiday === 'hijri-new-year'
              ? [1, 1]
              : p.holiday === 'ashura'
                ? [1, 10]
                : p.holiday === 'isra-miraj'
                  ? [7, 27]
                  : [p.month, p.day];
    let hy = p.year;
    const assumptions: string[] = ['umm-al-qura'];
    // A feast or month without a year in an undated article: a Gregorian year printed in its sentence.
    const gregorianYear =
      p.gregorianYear ?? (pub === null && hy === undefined ? env.ctx.sentenceYear : undefined);
    if (hy === undefined && gregorianYear !== undefined) {
      // «رمضان 2019», «يوم عرفة لعام 2024»: the Hijri year in which that month (day) falls in that year.
      hy = hijriYearInGregorian(gregorianYear, month ?? 1, day ?? 1) ?? undefined;
      if (hy === undefined)
        return env.none(
          'hijri-out-of-range',
          `does not fall in ${gregorianYear}.`,
          `لا يقع في عام ${gregorianYear}.`,
        );
      assumptions.push(p.gregorianYear === undefined ? 'year-from-sentence' : 'hijri-year-from-gregorian');
    }
    if (hy === undefined) {
      if (pub === null)
        return env.none(
          'hijri-no-year',
          'gives no Hijri year and the article has no date.',
          'لا يذكر العام الهجري، والمقال بلا تاريخ.',
        );
      hy = toHijriYear(pub);
      assumptions.push('hijri-year-of-publication');
    }
    const valueIn = (y: number): string | null =>
      month === undefined
        ? hijriYearRange(y)
        : day === undefined
          ? hijriMonthRange(y, month)
          : fromHijri(y, month, day);
    let value = valueIn(hy);
    if (
      value !== null &&
      month !== undefined &&
      pub !== null &&
      assumptions.includes('hijri-year-of-publication')
    ) {
      const moved = hijriYearByTense(value, pub, env.ctx.future === true);
      if (moved !== 0) {
        hy += moved;
        value = valueIn(hy);
        assumptions.push(moved > 0 ? 'future-hijri-is-next' : 'hijri-ahead-is-last');
      }
    }
    if (value === null)
      return env.none(
        'hijri-out-of-range',
        'is not a day of the Umm al-Qura calendar.',
        'ليس يومًا في تقويم أم القرى.',
      );
    const alternatives =
      day !== undefined && !value.includes('/')
        ? [
            {
              value: addDays(value, 1),
              reading: 'month begun by sighting a day later (e.g. Morocco, Algeria)',
            },
            { value: addDays(value, -1), reading: 'month begun by sighting a day earlier' },
          ]
        : [];
    const ofPub = assumptions.includes('hijri-year-of-publication');
    const ofGregorian =
      assumptions.includes('hijri-year-from-gregorian') || assumptions.includes('year-from-sentence');
    const yearNote = ofPub
      ? ` in the Hijri year of publication (${hy} AH)`
      : ofGregorian
        ? ` in ${gregorianYear ?? ''}, that is in ${hy} AH`
        : '';
    const yearNoteAr = ofPub
      ? ` في العام الهجري لتاريخ النشر (${hy} هـ)`
      : ofGregorian
        ? ` في عام ${gregorianYear ?? ''}، أي في ${hy} هـ`
        : '';
    return {
      value,
      rule: 'hijri-umm-al-qura',
      reference: ofPub ? pub : null,
      assumptions,
      alternatives,
      en: `${q(env.text)}${yearNote}, converted with the Umm al-Qura calendar: ${describeValue(value, 'en')}. Where the month begins by sighting the moon it may fall a day apart.`,
      ar: `${qa(env.text)}${yearNoteAr}، محوَّلًا بتقويم أم القرى: ${describeValue(value, 'ar')}. وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم.`,
    };
  },
};
const toHijriYear = (day: string): number => toHijri(day).year;

/**
 * «رأس السنة الميلادية»: the next 1 January after publication, or the year's when printed; «ليلة رأس
 * السنة» the 31 December before it.
 */
const newYear: Rule = {
  name: 'new-year',
  when: (p) => p.holiday === 'new-year' || p.holiday === 'new-year-eve',
  resolve: (p, env) => {
    const eve = p.holiday === 'new-year-eve';
    const year = p.year ?? (env.P === null ? undefined : env.P.y + 1);
    if (year === undefined)
      return env.none(
        'no-reference',
        'needs the publication date, which is unknown.',
        'يحتاج إلى تاريخ النشر، وهو مجهول.',
      );
    // «ليلة رأس السنة» is the evening of 31 December before the new year; with a year («ليلة رأس
    // السنة 2020») that year is the new one, as in «رأس السنة الميلادية لعام 2026», so the eve is in the
    // year before it.
    const value = eve ? ymd(year - 1, 12, 31) : ymd(year, 1, 1);
    return {
      value,
      rule: p.year !== undefined ? 'stated' : eve ? 'next-new-year-eve' : 'next-new-year',
      reference: p.year !== undefined ? null : env.pub,
      assumptions: [],
      alternatives: [],
      en: `${q(env.text)}: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ${describeValue(value, 'ar')}.`,
    };
  },
};

// --- Gregorian dates ------------------------------------------------------------------------------

function gregorianValue(p: ExpressionParts): string | null {
  if (p.year === undefined) return null;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return ym(p.year, p.month);
  if (p.day > daysInMonth(p.year, p.month)) return null;
  return ymd(p.year, p.month, p.day);
}

type Why = 'past' | 'next' | 'current' | 'future' | 'narrated' | 'same' | 'weekday';

/**
 * The year of a day and month printed without one: «الماضي» the latest before publication,
 * «المقبل» the first after, «الجاري» the year of publication, a future verb the first on or after,
 * and past narration the year of publication.
 */
export function yearFor(
  p: ExpressionParts,
  pub: { y: number; m: number; d: number },
  future: boolean,
): { year: number; why: Why } {
  const m = p.month ?? 1;
  const d = p.day ?? 1;
  const after = m > pub.m || (m === pub.m && d >= pub.d);
  const before = m < pub.m || (m === pub.m && d <= pub.d);
  if (p.qualifier === 'past')
    return {
      year:
        p.day === undefined
          ? m < pub.m
            ? pub.y
            : pub.y - 1
          : before && !(m === pub.m && d === pub.d)
            ? pub.y
            : m < pub.m
              ? pub.y
              : pub.y - 1,
      why: 'past',
    };
  if (p.qualifier === 'next')
    return {
      year:
        p.day === undefined
          ? m > pub.m
            ? pub.y
            : pub.y + 1
          : after && !(m === pub.m && d === pub.d)
            ? pub.y
            : pub.y + 1,
      why: 'next',
    };
  if (p.qualifier === 'current') return { year: pub.y, why: 'current' };
  if (future) return { year: (p.day === undefined ? m >= pub.m : after) ? pub.y : pub.y + 1, why: 'future' };
  // A bare month, or a day and month, more than half a year ahead of publication, told without a
  // future verb, is the last one («في ديسمبر» in March, «بعيد الميلاد» on 2 January).
  if (m - pub.m > 6 || (p.day !== undefined && m - pub.m === 6 && d > pub.d))
    return { year: pub.y - 1, why: 'narrated' };
  return { year: pub.y, why: 'same' };
}

/**
 * A day and month printed with its weekday («الخميس 15 اغسطس») is in the year, of the one the tense
 * gives and the years either side of publication, where that day is that weekday.
 */
function weekdayYear(
  p: ExpressionParts,
  pub: { y: number; m: number; d: number },
  found: { year: number; why: Why },
): { year: number; why: Why } {
  const { weekday, day, month } = p;
  if (weekday === undefined || day === undefined || month === undefined || p.qualifier !== undefined)
    return found;
  const fits = (y: number): boolean => {
    const v = gregorianValue({ ...p, year: y });
    return v !== null && weekdayOf(v) === weekday;
  };
  if (fits(found.year)) return found;
  const year = [pub.y, pub.y - 1, pub.y + 1].find(fits);
  return year === undefined ? found : { year, why: 'weekday' };
}

/** A Gregorian date with its year: stated; a weekday that disagrees is said, not corrected. */
const stated: Rule = {
  name: 'stated',
  when: (p) => p.calendar === 'gregory' && p.year !== undefined,
  resolve: (p, env) => {
    const value = gregorianValue(p);
    if (value === null) return env.none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
    const assumptions: string[] = [];
    let extraEn = '';
    let extraAr = '';
    if (p.weekday !== undefined && p.day !== undefined && weekdayOf(value) !== p.weekday) {
      assumptions.push('weekday-disagrees');
      extraEn = ` The text's weekday (${EN_DAYS[p.weekday] ?? ''}) does not match this day.`;
      extraAr = ` ولا يوافق اليومُ المذكور (${AR_DAYS[p.weekday] ?? ''}) هذا التاريخ.`;
    }
    const alternatives: { value: string; reading: string }[] = [];
    if (p.swappable === true && p.day !== undefined && p.month !== undefined) {
      const other = gregorianValue({ ...p, day: p.month, month: p.day });
      if (other !== null) alternatives.push({ value: other, reading: 'month/day order' });
    }
    const hijriEn = p.hijriAlso === undefined ? '' : ' (the Gregorian date printed beside the Hijri one)';
    const hijriAr = p.hijriAlso === undefined ? '' : ' (التاريخ الميلادي المذكور مع الهجري)';
    return {
      value,
      rule: 'stated',
      reference: null,
      assumptions,
      alternatives,
      en: `${q(env.text)} states the date${hijriEn}: ${describeValue(value, 'en')}.${extraEn}`,
      ar: `${qa(env.text)} يذكر التاريخ نصًّا${hijriAr}: ${describeValue(value, 'ar')}.${extraAr}`,
    };
  },
};

/**
 * A Gregorian day or month without a year and without a publication date: a year printed nearby, in
 * its sentence, else the last one the text printed before it (an undated page that names its year
 * once: «ستجرى المباراة يوم السبت 25 مارس 2023.» then «مباراة ودية ثانية يوم الثلاثاء 28 مارس»).
 */
const sentenceYear: Rule = {
  name: 'sentence-year',
  when: (p, env) => p.calendar === 'gregory' && p.month !== undefined && env.P === null,
  resolve: (p, env) => {
    const inSentence = env.ctx.sentenceYear !== undefined;
    const y = env.ctx.sentenceYear ?? env.ctx.textYear;
    const value = y === undefined ? null : gregorianValue({ ...p, year: y });
    if (y === undefined || value === null)
      return env.none(
        'no-reference',
        'gives no year and the article has no date.',
        'لا يذكر العام، والمقال بلا تاريخ.',
      );
    const [where, whereAr] = inSentence
      ? ['in the same sentence', 'في الجملة نفسها']
      : ['last before it in the text', 'آخرَ ما ذُكر قبله في النص'];
    return {
      value,
      rule: inSentence ? 'sentence-year' : 'text-year',
      reference: String(y),
      assumptions: [inSentence ? 'year-from-sentence' : 'year-from-text'],
      alternatives: [],
      en: `${q(env.text)} gives no year; the article has no date, and the year ${y} printed ${where} is assumed: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)} بلا عام، والمقال بلا تاريخ؛ فيُفترض العام ${y} المذكور ${whereAr}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/** «في العام 2012 … إلى يوم 29 نيسان»: a day or month in the earlier year its sentence just printed. */
const narratedYear: Rule = {
  name: 'narrated-year',
  when: (p, env) =>
    p.calendar === 'gregory' &&
    p.month !== undefined &&
    p.year === undefined &&
    env.ctx.narratedYear !== undefined,
  resolve: (p, env) => {
    const y = env.ctx.narratedYear ?? 0;
    const value = gregorianValue({ ...p, year: y });
    if (value === null) return env.none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
    const pubYear = env.P?.y;
    const other = pubYear === undefined ? null : gregorianValue({ ...p, year: pubYear });
    return {
      value,
      rule: 'narrated-year',
      reference: String(y),
      assumptions: ['year-from-sentence'],
      alternatives: other === null ? [] : [{ value: other, reading: 'the year of publication' }],
      en: `${q(env.text)} gives no year; told after the year ${y} its sentence names, and without a future verb, it is taken to be in that year: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)} بلا عام؛ وقد جاء بعد العام ${y} المذكور في جملته وبلا فعل مستقبل، فيُحمل على ذلك العام: ${describeValue(value, 'ar')}.`,
    };
  },
};

const REASONS: Record<Why, [string, string]> = {
  past: ['“last”: the latest such date before publication', 'أي آخر موعد كهذا قبل النشر'],
  next: ['“next”: the first such date after publication', 'أي أول موعد كهذا بعد النشر'],
  current: ['“this”/“current”: in the month and year of publication', 'أي في شهر النشر وعامه'],
  future: [
    'said of the future: the first such date on or after publication',
    'في سياق المستقبل: أول موعد كهذا في يوم النشر أو بعده',
  ],
  narrated: [
    'told without a future verb and more than half a year after publication in its year: the year before',
    'بلا فعل مستقبل، ويقع بعد النشر بأكثر من نصف عام في عامه: العام السابق',
  ],
  same: ['the year of publication', 'عام النشر'],
  weekday: [
    'the year, of publication or either side of it, in which that day is the weekday the text names',
    'العام، عام النشر أو ما قبله أو ما بعده، الذي يقع فيه ذلك اليوم في اليوم المذكور من الأسبوع',
  ],
};

/** A Gregorian day or month without a year: the year from publication, as qualifier or tense say. */
const yearless: Rule = {
  name: 'publication-year',
  when: (p, env) => p.calendar === 'gregory' && p.month !== undefined && env.P !== null,
  resolve: (p, env) => {
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    const found = weekdayYear(p, P, yearFor(p, P, env.ctx.future === true));
    const { why } = found;
    // «شباط قبل الماضي», «آذار بعد المقبل»: one year further.
    const year = p.step === 2 ? found.year + (why === 'past' ? -1 : why === 'next' ? 1 : 0) : found.year;
    const value = gregorianValue({ ...p, year });
    if (value === null) return env.none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
    const alternatives = [year - 1, year + 1]
      .map((y) => gregorianValue({ ...p, year: y }))
      .filter((v): v is string => v !== null)
      .map((v) => ({ value: v, reading: 'another year' }));
    const reason = REASONS[why];
    return {
      value,
      rule: why === 'same' ? 'publication-year' : `qualifier-${why}`,
      reference: env.pub,
      assumptions: why === 'same' ? ['year-of-publication'] : [],
      alternatives,
      en: `${q(env.text)} gives no year; counted from the publication date (${env.pubEn}), ${reason[0]}: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)} بلا عام؛ محسوبًا من تاريخ النشر (${env.pubAr})، ${reason[1]}: ${describeValue(value, 'ar')}.`,
    };
  },
};

/** A Gregorian expression with neither year nor month is no date. */
const notADate: Rule = {
  name: 'not-a-date',
  when: (p) => p.calendar === 'gregory',
  resolve: (_p, env) => env.none('not-a-date', 'is not a date.', 'ليس تاريخًا.'),
};

export const STATED_RULES: readonly Rule[] = [
  nationalDay,
  namedEvent,
  range,
  partOfNamed,
  weekOfMonth,
  shareOfNamedYear,
  season,
  hijri,
  newYear,
  relativeYear,
  stated,
  sentenceYear,
  narratedYear,
  yearless,
  notADate,
];
