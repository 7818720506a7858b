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
  ends,
  fromHijri,
  hijriMonthRange,
  hijriYearInGregorian,
  hijriYearRange,
  partOfDays,
  partOfMonth,
  partOfYear,
  shareOfYear,
  toHijri,
  ymd,
  ym,
} from './date-calendar';
import { q, qa, type Rule } from './date-rule-env';

// --- Names, ranges, Hijri and feasts ------------------------------------------------------------

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
      to.year === undefined && a.value !== null
        ? { ...to, year: Number(a.value.slice(0, 4)) + ((to.month ?? 12) < (from.month ?? 1) ? 1 : 0) }
        : to,
    );
    if (a.value === null || b.value === null) return { ...a, value: null };
    const value = `${a.value.split('/')[0]}/${b.value.split('/').pop()}`;
    const stated = a.rule === 'stated';
    return {
      ...a,
      value,
      en: `${q(env.text)} is a span: ${describeValue(value, 'en')}${stated ? ', as printed' : `, the year from the publication date (${env.pubEn})`}.`,
      ar: `${qa(env.text)} مدة: ${describeValue(value, 'ar')}${stated ? '، كما هي مذكورة' : `، والعام من تاريخ النشر (${env.pubAr})`}.`,
    };
  },
};

/** Hijri dates and feasts, through Umm al-Qura; a day either side where months begin by sighting. */
const hijri: Rule = {
  name: 'hijri-umm-al-qura',
  when: (p) =>
    p.calendar === 'islamic' ||
    p.holiday === 'fitr' ||
    p.holiday === 'adha' ||
    p.holiday === 'hijri-new-year' ||
    p.holiday === 'arafa',
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
    let value: string | null;
    if (month === undefined) value = hijriYearRange(hy);
    else if (day === undefined) value = hijriMonthRange(hy, month);
    else value = fromHijri(hy, month, day);
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

/** «رأس السنة الميلادية»: the next 1 January after publication, or the year's when printed. */
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
    // «ليلة رأس السنة» is the evening of 31 December before the new year.
    const value = eve ? ymd(p.year ?? year - 1, 12, 31) : ymd(year, 1, 1);
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

/**
 * «منتصف أبريل», «مطلع 2021», «نهاية رجب»: the period read without its part, then the part of it —
 * of a month days 1–10, 11–20 or 21 to the end, of a year January–March, May–August or
 * October–December, of a Hijri month the same thirds of its days.
 */
const partOfNamed: Rule = {
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

/** «الربع الأول من عام 2018», «النصف الثاني من العام الماضي»: a share of a year, as months. */
const shareOfNamedYear: Rule = {
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
    if (value === null) return env.none('not-a-date', 'is not a part of a year.', 'ليس جزءًا من عام.');
    if (p.part !== undefined) {
      const [a, b] = ends(value);
      const m0 = Number(a.slice(5, 7));
      const m1 = Number(b.slice(5, 7));
      const pick = p.part === 'start' ? m0 : p.part === 'end' ? m1 : Math.round((m0 + m1) / 2);
      value = ym(y, pick);
    }
    const name = { 2: ['half', 'النصف'], 3: ['third', 'الثلث'], 4: ['quarter', 'الربع'] }[sh.of];
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
      en: `${q(env.text)}: ${name[0]} ${sh.n} of ${yearEn}, as months: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)}: ${name[1]} ${sh.n} من العام، ${yearAr}، بالأشهر: ${describeValue(value, 'ar')}.`,
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
const season: Rule = {
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
const relativeYear: Rule = {
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

// --- Gregorian dates ------------------------------------------------------------------------------

function gregorianValue(p: ExpressionParts): string | null {
  if (p.year === undefined) return null;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return ym(p.year, p.month);
  if (p.day > daysInMonth(p.year, p.month)) return null;
  return ymd(p.year, p.month, p.day);
}

type Why = 'past' | 'next' | 'current' | 'future' | 'narrated' | 'same';

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
  // A bare month more than half a year ahead of publication, told without a future verb, is the
  // last one («في ديسمبر» in March). Days keep the year of publication.
  if (p.day === undefined && m - pub.m > 6) return { year: pub.y - 1, why: 'narrated' };
  return { year: pub.y, why: 'same' };
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

/** A Gregorian day or month without a year and without a publication date: a year printed nearby. */
const sentenceYear: Rule = {
  name: 'sentence-year',
  when: (p, env) => p.calendar === 'gregory' && p.month !== undefined && env.P === null,
  resolve: (p, env) => {
    const y = env.ctx.sentenceYear;
    const value = y === undefined ? null : gregorianValue({ ...p, year: y });
    if (y === undefined || value === null)
      return env.none(
        'no-reference',
        'gives no year and the article has no date.',
        'لا يذكر العام، والمقال بلا تاريخ.',
      );
    return {
      value,
      rule: 'sentence-year',
      reference: String(y),
      assumptions: ['year-from-sentence'],
      alternatives: [],
      en: `${q(env.text)} gives no year; the article has no date, and the year ${y} printed in the same sentence is assumed: ${describeValue(value, 'en')}.`,
      ar: `${qa(env.text)} بلا عام، والمقال بلا تاريخ؛ فيُفترض العام ${y} المذكور في الجملة نفسها: ${describeValue(value, 'ar')}.`,
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
};

/** A Gregorian day or month without a year: the year from publication, as qualifier or tense say. */
const yearless: Rule = {
  name: 'publication-year',
  when: (p, env) => p.calendar === 'gregory' && p.month !== undefined && env.P !== null,
  resolve: (p, env) => {
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    const found = yearFor(p, P, env.ctx.future === true);
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
  namedEvent,
  range,
  partOfNamed,
  shareOfNamedYear,
  season,
  hijri,
  newYear,
  relativeYear,
  stated,
  sentenceYear,
  yearless,
  notADate,
];
