/**
 * The date finder's patterns for what a text states or counts: dates, numeric dates, months, years,
 * Hijri dates, feasts, weekdays, deictic words, offsets, periods and windows. Each matcher has a cheap
 * gate, a pattern on folded text and a builder that says what the match literally gives.
 */
import { ARTICLE_PROCLITICS, CONJUNCTIONS, DATE_PROCLITICS } from './arabic';
import type { ExpressionParts } from './date-finder';
import { AMBIGUOUS_MONTHS, type Unit } from './date-lexicon';
import { daysInMonth } from './dates';
import {
  B,
  E,
  DEF,
  PRO,
  D,
  DN,
  M,
  Y4,
  YEAR_WORD,
  HIJRI_INDEX,
  MONTH,
  misspeltMonth,
  MONTH_PROCLITIC_LONG,
  EN_MONTH,
  HMONTH,
  WD_EN,
  WEEKDAY,
  ORD,
  CARD,
  NUM,
  UNIT_WORDS,
  UNIT,
  QUAL,
  QUAL_M,
  TOD,
  YEAR_TAIL,
  MONTH_ALT,
  MONTH_GATE,
  EN_MONTH_GATE,
  NUMERIC_GATE,
  YEAR_GATE,
  HIJRI_GATE,
  HOLIDAY_GATE,
  WEEKDAY_GATE,
  DEICTIC_GATE,
  OFFSET_GATE,
  VAGUE_GATE,
  PERIOD_GATE,
  WINDOW_GATE,
  MONTH_WORD_GATE,
  SAME_GATE,
  type Matcher,
  squash,
  monthOf,
  weekdayOf,
  qualOf,
  numberOf,
  dayOf,
  firstDayOf,
  year2,
  TEMPORAL_BEFORE,
  NOT_WEEKDAY_BEFORE,
  OUTLET_BEFORE,
  gregorianDate,
  PART,
  REL_YEAR,
  partOf,
  stepOf,
  yearShiftOf,
  UNTIL,
  NOT_EDITION,
} from './date-patterns';

// «… حتى الثلاثاء 7 منه», «… إلى غاية 9 منه»: the word before the end of a span.
const UNTIL_BEFORE = new RegExp(`${UNTIL}\\s+$`, 'u');

// Before a Hijri month named alone, the words that make it a time: «في رمضان», «خلال شعبان».
const HIJRI_ALONE_BEFORE =
  /(?:^|\s)(?:في|خلال|منذ|حتي|مطلع|منتصف|اواخر|اوايل|بدايه|نهايه|اواسط|قبل|بعد)\s+$/u;

/**
 * A Hijri month with neither day, year nor «شهر» is a date only after a word of time («في رمضان»):
 * «رجب» and «شعبان» are also names («رجب طيب أردوغان»), «صفر» is zero, «محرم» forbidden.
 */
function hijriMonthAlone(f: string, at: number, word: string): boolean {
  if (!HIJRI_ALONE_BEFORE.test(f.slice(Math.max(0, at - 10), at))) return false;
  const after = f.slice(at + word.length, at + word.length + 6);
  return !/^\s+طيب/u.test(after);
}

/**
 * «سأرحل قبل الغد», «سأعود نهاية الغد»: «الغد» after a word of time, at the end of its clause; or a
 * scheduled event's («جلسة الغد»); or before the day after it («الغد وبعد الغد»), which says it is a day.
 */
function tomorrowAlone(f: string, from: number, to: number): boolean {
  return (
    (/(?:^|\s)(?:قبل|نهايه|حتي)\s+$/u.test(f.slice(Math.max(0, from - 8), from)) &&
      /^\s*(?:$|[.!?؟،,;؛])/u.test(f.slice(to, to + 3))) ||
    EVENT_OF_TOMORROW.test(f.slice(Math.max(0, from - 12), from)) ||
    /^\s+وبعد\s+(?:ال)?غد(?![\p{L}])/u.test(f.slice(to, to + 16))
  );
}

// «رقم 2014», «العدد 2014», «الـ2014», «بالـ2014»: a number, not a year; «قال 2014», «احتفال 2014»
// end in «ال» that is no article, and the year stands.
const NUMBER_BEFORE_YEAR = new RegExp(`(?:رقم|العدد|(?<!\\p{L})[${ARTICLE_PROCLITICS}]?ال)\\s*$`, 'u');
// «نحو 2000 وحدة سكنية», «أكثر من 2000 شخص»: a number said to be about so many, or followed by what it
// counts, is a count, not a year, when no word of time («عام», «سنة») stands before it.
const ABOUT_A_COUNT = new RegExp(
  `(?:^|\\s)(?:[${CONJUNCTIONS}]?(?:نحو|حوالي|قرابه|زها)|(?:اكثر|اقل)\\s+من|(?:يقرب|يناهز)\\s+من|يزيد\\s+(?:عن|علي)|يقل\\s+عن)\\s*$`,
  'u',
);
const COUNTED_AFTER =
  /^\s*(?:وحده|وحدات|شقه|منزل|مسكن|مبني|شخص|اشخاص|قتيل|جريح|مصاب|ضحيه|طفل|عامل|جندي|مقاتل|عائله|اسره|لاجي|نازح|دولار|يورو|ريال|درهم|دينار|جنيه|طن|برميل|كيلومتر|متر|صاروخ)(?!\p{L})/u;
// «اليوم الواحد»: one day, a unit.
const PER_DAY = /^\s+الواحد(?![\p{L}])/u;
// «في اليوم» after a count («ثلاث مرات», «مرتين», «12 ساعة», «500 مريض», «مليون برميل»): per day.
const RATE_BEFORE = /(?:(?:مره|مرات|مرتين|مرتان)|(?:\d[\d.,]*|الف|مليون|مليار)\s+\p{L}+)\s+في\s+$/u;

// A deictic word's proclitic («والغد», «بالأمس»), «الغد» with «و» or «ف» alone and «اليوم» likewise.
const DEICTIC_PROCLITIC = new RegExp(`^[${ARTICLE_PROCLITICS}](?=ال|امس|غد)`);
const THE_MORROW = new RegExp(`^(?:[${CONJUNCTIONS}]?ال|[${CONJUNCTIONS}]?لل)غد$`);
const TODAY_WORD = new RegExp(`^[${CONJUNCTIONS}]?اليوم$`);

const DAY_AND_MONTH = new RegExp(`^\\s+و(?:ال)?(?:شهر|سنه|عام)(?![\\p{L}])(?!\\s+${QUAL})`, 'u');

// «جلسة الغد», «لمباراة الغد»: a scheduled event's name with «الغد» is tomorrow's event («جيل الغد» is not
// an event, and stays "the future").
const EVENT_OF_TOMORROW = new RegExp(
  `(?:^|\\s)[${DATE_PROCLITICS}]?(?:جلسه|اجتماع|مباراه|لقا|قمه|موعد|امتحان|رحله|مسيره|تظاهره|انتخابات|موتمر|حفل|زياره)\\s+$`,
  'u',
);

/**
 * «بعد ساعات فقط من غارات», «بعد يومين من الهجوم», «بعد عام على الحرب», «بعد أيام قليلة على أداء
 * اليمين»: an offset counted from another event, not from publication, places nothing on the calendar
 * and is not a date expression. «من» that a verb before governs («حذر قبل أيام من تزايد …») leaves the
 * offset counted from publication.
 */
export function fromEvent(f: string, at: number, unit: string): boolean {
  const end = f.indexOf(unit, at) + unit.length;
  if (!/^\s*(?:فقط\s+|بالضبط\s+|تقريبا\s+|قليله\s+|معدوده\s+)?(?:من|علي)\s/u.test(f.slice(end))) return false;
  return !/(?:حذر|حذرت|حذروا|يحذر|تحذر|اشتكي|اشتكت|يشكو|شكا)\s+$/u.test(f.slice(Math.max(0, at - 12), at));
}

// «ويوم واحد», «وساعتين», «وثلاثة أشهر»: a finer unit after an offset's («منذ شهرين ويوم واحد»), not
// the start of a weekday («قبل أسبوع ويوم الجمعة»).
const FINER = `(?:(?:${NUM})\\s*)?(?:${UNIT})${E}(?!\\s+(?:${WEEKDAY}|\\d))(?:\\s+(?:واحد|واحده)${E})?`;
const FINER_ONE = new RegExp(`و\\s*(?:(?<n>${NUM})\\s*)?(?<u>${UNIT})${E}`, 'gu');

/**
 * The finer units after an offset's own, in days (hours count only as whole days) or, after years, in
 * months; null when one is no finer than the unit before it («قبل يوم وشهر»).
 */
function finerUnits(text: string | undefined, unit: Unit): { months: number; days?: number } | null {
  if (text === undefined) return { months: 0 };
  const rank: Readonly<Record<string, number>> = { hour: 0, day: 1, week: 2, month: 3, year: 4, decade: 5 };
  let months = 0;
  let days: number | undefined;
  let hours = 0;
  let above = rank[unit] ?? 0;
  for (const m of text.matchAll(FINER_ONE)) {
    const u = UNIT_WORDS.get(squash(m.groups?.u ?? ''));
    if (u === undefined || (rank[u.unit] ?? 9) >= above) return null;
    above = rank[u.unit] ?? 0;
    const k = numberOf(m.groups?.n) ?? (u.dual ? 2 : 1);
    if (u.unit === 'month' && unit === 'year') months += k;
    else if (u.unit === 'day' || u.unit === 'week') days = (days ?? 0) + k * (u.unit === 'week' ? 7 : 1);
    else if (u.unit === 'hour') hours += k;
    else return null;
  }
  if (hours >= 24) days = (days ?? 0) + Math.floor(hours / 24);
  return days === undefined ? { months } : { months, days };
}

// «الثانية والعشرون»: the tens of one ordinal, not the second day of a span («الخامس والعاشر»).
const NOT_TENS = '(?!(?:ال)?(?:عشر|ثلاث)(?:ون|ين)(?![\\p{L}]))';

// Not a date's own weekday: one that follows «اليوم», «غدًا» or «أمس» (see the Hijri matcher).
const DEICTIC_WEEKDAY = '(?<!(?:اليوم|غدا|امس)\\s+)';

export const MATCHERS: readonly Matcher[] = [
  {
    // 13 أيار/مايو الماضي · الاثنين 21 ديسمبر 2020 · الخامس عشر من أيار · 4 و11 دجنبر · 26-يونيو-2024 · 4th, November 2023
    // · «الـ24 من نوفمبر», «الموافق لـ13 أكتوبر» (the article or «لـ» glued to the day's digits)
    // · «يومي الأربعاء والخميس 3 و4 ديسمبر» (two weekdays before two days) · «و26 نوفمبر» (the day glued to «و»)
    // · «أيام الجمعة والسبت والأحد 3-4-5 أبريل 2026» (a list of days is a span from the first to the last)
    kind: 'date',
    gate: MONTH_GATE,
    re: new RegExp(
      `(?:${B}|(?<=(?<![\\p{L}])و)(?=\\d))(?:(?:[ل]?(?:يومي?|ايام)\\s+)?(?:(?<wd0>${WEEKDAY})\\s+و\\s*(?:${WEEKDAY}\\s+و\\s*)*(?=${WEEKDAY}\\s+\\d{1,2}\\s*(?:و|-)))?(?<wd>${WEEKDAY})\\s*[،,]?\\s*)?(?:[ل]?يوم\\s+)?(?:(?:ال|ل)(?=\\d))?(?:${NOT_EDITION}(?:(?<d0>${D})|(?<o0>${ORD}))(?:\\s*(?:و|-)\\s*${D}(?=\\s*(?:و|-)))*\\s*(?:${UNTIL}|و|-)\\s*${NOT_TENS})?(?:(?<d>${D})(?:\\s*(?:st|nd|rd|th))?|(?<ord>${ORD})|(?<card>${CARD}))\\s*[-.,]?\\s*(?:من\\s+)?(?:شهر\\s+)?(?<m>${MONTH})(?![\\p{L}])${MONTH_ALT}?${YEAR_TAIL}?(?:\\s*-?\\s*(?<q>${QUAL_M}))?${REL_YEAR}?`,
      'gu',
    ),
    build: gregorianDate,
  },
  {
    // Tuesday - March 26 th - 2024
    kind: 'date',
    gate: EN_MONTH_GATE,
    re: new RegExp(
      `${B}(?:(?<wd>${WD_EN})\\s*[-,]?\\s*)?(?<m>${EN_MONTH})\\s+(?<d>${D})(?:\\s*(?:st|nd|rd|th))?\\s*[-,]?\\s*(?<y>${Y4})(?!\\d)`,
      'gu',
    ),
    build: gregorianDate,
  },
  {
    // 18/07/2023 · 25 – 3 – 2024 · 02-Oct-17
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: new RegExp(
      `(?<d>${D})\\s*(?<s>[/.-])\\s*(?:(?<mn>${M})|(?<m>${EN_MONTH}))\\s*\\k<s>\\s*(?<y>\\d{4}|\\d{2})(?![\\d%]|[.,/]\\d)(?<h>\\s*ه(?![\\p{L}]))?`,
      'gu',
    ),
    build: (g) => {
      const month = g.mn !== undefined ? Number(g.mn) : monthOf(g.m);
      if (month === undefined || g.y === undefined || g.d === undefined) return null;
      // «14-09-1432 هـ»: a day, month and year of the Hijri calendar, marked as such.
      if (g.h !== undefined && g.mn !== undefined && g.y.length === 4)
        return { calendar: 'islamic', day: Number(g.d), month, year: Number(g.y) };
      if (g.y.length === 2 && g.s !== '/' && g.m === undefined) return null;
      return { calendar: 'gregory', day: Number(g.d), month, year: year2(g.y) };
    },
  },
  {
    // ٢٠٢٣/٧/١٨ · 2025-04-25
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: new RegExp(
      `(?<![\\d.,/])(?<y>${Y4})\\s*(?<s>[/.-])\\s*(?<m>${M})\\s*\\k<s>\\s*(?<d>${DN})(?!\\d|[.,/%]\\d|%)`,
      'gu',
    ),
    // «2016-2-30» is no day at all: not a date, and not a year either.
    build: (g) =>
      Number(g.d) > daysInMonth(Number(g.y), Number(g.m))
        ? null
        : { calendar: 'gregory', day: Number(g.d), month: Number(g.m), year: Number(g.y) },
  },
  {
    // 20 ـ 21 /10 /2019
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: new RegExp(
      `(?<d0>${D})(?:\\s*-\\s*|\\s+)(?<d>${D})\\s*/\\s*(?<m>${M})\\s*/\\s*(?<y>${Y4})(?!\\d)`,
      'gu',
    ),
    build: (g) => {
      const p: ExpressionParts = {
        calendar: 'gregory',
        day: Number(g.d),
        month: Number(g.m),
        year: Number(g.y),
      };
      return { ...p, day: Number(g.d0), to: p };
    },
  },
  {
    // 22/04 · 04/22 (day/month, or month/day when the first cannot be a month)
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: /(?<![\d.,/])(?<a>\d{1,2})\/(?<b>\d{1,2})(?!\d|[.,/]\d|%)/gu,
    build: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      if (a >= 1 && a <= 31 && b >= 1 && b <= 12)
        return {
          calendar: 'gregory',
          day: a,
          month: b,
          ...(a <= 12 && a !== b ? { swappable: true as const } : {}),
        };
      if (a >= 1 && a <= 12 && b >= 13 && b <= 31) return { calendar: 'gregory', day: b, month: a };
      return null;
    },
  },
  {
    // 2/2013 · 3-2015
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: new RegExp(`(?<![\\d.,/-])(?<m>${M})[/-](?<y>${Y4})(?![\\d/-])`, 'gu'),
    build: (g) => ({ calendar: 'gregory', month: Number(g.m), year: Number(g.y) }),
  },
  {
    // 2015/3: a year and its month, written the other way round (never with «-», which is a span of years)
    kind: 'numeric',
    gate: NUMERIC_GATE,
    re: new RegExp(`(?<![\\d.,/-])(?<y>${Y4})/(?<m>${M})(?![\\d/-])`, 'gu'),
    build: (g) => ({ calendar: 'gregory', month: Number(g.m), year: Number(g.y) }),
  },
  {
    // آذار/مارس 2023 · أيار/ مايو المنصرم · شهر ديسمبر · ماي 2024
    kind: 'month',
    gate: MONTH_GATE,
    re: new RegExp(
      `${B}(?:(?<part>${PART})\\s+)?(?:شهر\\s+)?${PRO}(?<m>${MONTH})(?![\\p{L}])(?<alt>${MONTH_ALT})?${YEAR_TAIL}?(?:\\s*-?\\s*(?<q>${QUAL_M}))?${REL_YEAR}?`,
      'gu',
    ),
    build: (g, at, f) => {
      const month = monthOf(g.m);
      if (month === undefined) return null;
      // A misprinted name («يونو») is a month only with a year or after «شهر» (with a day, other matchers).
      if (misspeltMonth(g.m) && g.y === undefined && !/^شهر\s/u.test(f.slice(at, at + 4))) return null;
      const bare =
        g.y === undefined &&
        g.q === undefined &&
        g.alt === undefined &&
        g.part === undefined &&
        g.ryq === undefined &&
        g.ryThis === undefined;
      if (
        bare &&
        AMBIGUOUS_MONTHS.has(squash(g.m ?? '').replace(MONTH_PROCLITIC_LONG, '')) &&
        !TEMPORAL_BEFORE.test(f.slice(Math.max(0, at - 12), at)) &&
        // «شهر مارس» (found with its «شهر»), «هذا آب»: a month whatever else the word can be.
        !/^شهر\s/u.test(f.slice(at, at + 4)) &&
        !/(?:^|\s)هذا\s+$/u.test(f.slice(Math.max(0, at - 6), at))
      )
        return null;
      const p: ExpressionParts = { calendar: 'gregory', month };
      if (g.y !== undefined) p.year = Number(g.y);
      const q = qualOf(g.q);
      if (q !== undefined) p.qualifier = q;
      if (stepOf(g.q) === 2) p.step = 2;
      const part = partOf(g.part);
      if (part !== undefined) p.part = part;
      const ys = yearShiftOf(g);
      if (ys !== undefined) p.yearShift = ys;
      return p;
    },
  },
  {
    // 2015/ 2020
    kind: 'year',
    gate: YEAR_GATE,
    re: new RegExp(`(?<![\\d.,/])(?<y>${Y4})\\s*[/-]\\s*(?<y2>${Y4})(?!\\d|[.,/]\\d)`, 'gu'),
    build: (g) => {
      const a = Number(g.y);
      const b = Number(g.y2);
      return b > a && b - a <= 10
        ? { calendar: 'gregory', year: a, to: { calendar: 'gregory', year: b } }
        : null;
    },
  },
  {
    // عام 1962 · العام ٢٠٢٣ · 2014 · لسنة 2024م
    kind: 'year',
    gate: YEAR_GATE,
    re: new RegExp(
      `(?:${B}(?<part>${PART})\\s+)?(?:${B}(?<w>${YEAR_WORD}|(?:[${DATE_PROCLITICS}]?ال|ل)?(?:عامي|سنتي))\\s*)?(?<![\\d.,/])(?<y>\\d{4})(?![\\d%]|[.,]\\d|\\s*ه${E}|-\\d{1,2}-\\d)(?:\\s*م${E})?`,
      'gu',
    ),
    build: (g, at, f) => {
      const y = Number(g.y);
      const ok = g.w !== undefined ? y >= 1000 && y <= 2099 : y >= 1900 && y <= 2099;
      if (!ok || NUMBER_BEFORE_YEAR.test(f.slice(Math.max(0, at - 8), at))) return null;
      const end = f.indexOf(String(y), at) + 4;
      const counted =
        ABOUT_A_COUNT.test(f.slice(Math.max(0, at - 16), at)) || COUNTED_AFTER.test(f.slice(end, end + 12));
      if (g.w === undefined && counted) return null;
      const part = partOf(g.part);
      return part === undefined ? { calendar: 'gregory', year: y } : { calendar: 'gregory', year: y, part };
    },
  },
  {
    // ١٥ رمضان ١٤٤٥ هـ · غرة شهر رمضان · الأحد 24 صفر عام 1445هـ · شهر رمضان المبارك
    // A weekday after «اليوم», «غدًا» or «أمس» is theirs («اليوم الأربعاء، غرة شهر ذي الحجة»: today is
    // Wednesday, the first of the month is another day), so DEICTIC_WEEKDAY keeps it from the date.
    kind: 'hijri',
    gate: HIJRI_GATE,
    re: new RegExp(
      `${B}(?:(?<part>${PART})\\s+)?(?:${DEICTIC_WEEKDAY}(?:[ل]?يوم\\s+|يومه\\s+)?(?<wd>${WEEKDAY})\\s*[،,]?\\s*)?(?:(?:[ل]?|ال|لل)يوم\\s+)?(?:(?<d>${D})|(?<ord>${ORD})|(?<first>اول\\s+ايام|اول\\s+يوم))?\\s*(?:من\\s+|ل(?=شهر))?(?<shahr>شهر\\s+)?(?<hm>${HMONTH})${E}(?:\\s+(?:المبارك|المعظم|الكريم|الفضيل|الحرام|الاصب))?(?:\\s*(?:من\\s+)?(?:(?:لل|ال|ل)?(?:عام|سنه)\\s+(?:ال)?هجري(?:\\s+(?:ال)?(?:حالي|جاري))?\\s*|${YEAR_WORD}\\s*)?(?:\\(\\s*(?=\\d{4}\\s*\\)))?(?:(?<hy>1[34]\\d\\d|[1-9]\\d{1,2}(?=\\s*(?:ه|هجري|هجريه|هجريا|للهجره)${E}))(?:\\s*\\))?(?:\\s*(?:ه|هجري|هجريه|هجريا|للهجره)${E})?|(?<gy>(?:19|20)\\d\\d)(?![\\d%]|\\s*ه${E})(?:\\s*\\))?))?`,
      'gu',
    ),
    // A year in brackets after «سنة» («٢٣ ربيع الثاني سنة (١٣٣٨)»), as books print it, is the same year.
    build: (g, at, f) => {
      const month = (HIJRI_INDEX.get(squash(g.hm ?? '')) ?? -1) + 1;
      const day = g.first !== undefined ? 1 : dayOf(g);
      const part = partOf(g.part);
      if (
        month === 0 ||
        (day === undefined &&
          g.hy === undefined &&
          g.gy === undefined &&
          g.shahr === undefined &&
          part === undefined &&
          !hijriMonthAlone(f, at, g.hm ?? ''))
      )
        return null;
      const p: ExpressionParts = { calendar: 'islamic', month };
      if (day !== undefined) p.day = day;
      else if (part !== undefined) p.part = part;
      if (g.hy !== undefined) p.year = Number(g.hy);
      if (g.gy !== undefined) p.gregorianYear = Number(g.gy);
      const wd = weekdayOf(g.wd);
      if (wd !== undefined) p.weekday = wd;
      return p;
    },
  },
  {
    // 1445 هـ on its own
    kind: 'hijri',
    gate: YEAR_GATE,
    re: new RegExp(
      `(?:${B}${YEAR_WORD}\\s*)?(?<![\\d.,/])(?<hy>1[34]\\d\\d)\\s*(?:ه|هجري|هجريه|للهجره)${E}`,
      'gu',
    ),
    build: (g) => ({ calendar: 'islamic', year: Number(g.hy) }),
  },
  {
    // العام الهجري (الحالي) 1438 · السنة الهجرية 1445: named Hijri, the year needs no «هـ»
    kind: 'hijri',
    gate: /هجري/u,
    re: new RegExp(
      `${B}${PRO}(?:ال|لل|ل)?(?:عام|سنه)\\s+(?:ال)?هجري(?:ه)?(?:\\s+(?:ال)?(?:حالي|حاليه|جاري|جاريه|جديد|جديده))?\\s*(?<hy>1[34]\\d\\d)(?!\\d)`,
      'gu',
    ),
    build: (g) => ({ calendar: 'islamic', year: Number(g.hy) }),
  },
  {
    // عيد الميلاد (المجيد) · المولد النبوي (الشريف) · عيد العمال (العالمي): 25 December, 12 Rabi'
    // al-Awwal and 1 May, the same day everywhere, read by the rules of a day without a year (its
    // clause's tense) or with the year printed after it
    kind: 'holiday',
    gate: /ميلاد|مولد|عمال|شغل/u,
    re: new RegExp(
      `${B}(?:${PRO}عيد\\s+(?<xmas>الميلاد)(?:\\s+المجيد)?(?!\\s+(?:ال|لل)?[\\d\\p{L}]*(?:ين|ون|ه)${E})|${PRO}(?:ذكري\\s+)?(?<mawlid>المولد)\\s+النبوي(?:\\s+الشريف)?|${PRO}(?:عيد|يوم)\\s+(?<labour>العمال|الشغل)(?:\\s+العالمي)?)${E}(?:\\s*(?:${YEAR_WORD}\\s*)?(?<y>${Y4})(?!\\d))?`,
      'gu',
    ),
    build: (g) => {
      const gregory = g.xmas !== undefined || g.labour !== undefined;
      const p: ExpressionParts =
        g.xmas !== undefined
          ? { calendar: 'gregory', month: 12, day: 25 }
          : g.labour !== undefined
            ? { calendar: 'gregory', month: 5, day: 1 }
            : { calendar: 'islamic', month: 3, day: 12 };
      if (g.y !== undefined && gregory) p.year = Number(g.y);
      else if (g.y !== undefined) p.gregorianYear = Number(g.y);
      return p;
    },
  },
  {
    // عيد الفطر · عيد الأضحى · رأس السنة الميلادية لعام 2026 · وقفة عرفات · الوقوف بعرفة · يوم عاشوراء
    // · الإسراء والمعراج · فاتح السنة الهجرية (الجديدة) 1433: each a day of the Hijri calendar
    kind: 'holiday',
    gate: HOLIDAY_GATE,
    re: new RegExp(
      `${B}(?:${PRO}عيد\\s+(?<h>الفطر|الاضحي)(?:\\s+المبارك)?|${PRO}(?:يوم\\s+)?(?:(?:ال)?وقوف\\s+ب|وقفه\\s+)?(?<=(?:يوم|وقوف\\s+ب|وقفه)\\s*)(?<h2>عرفه|عرفات)|${PRO}(?:يوم\\s+)?(?<ashura>عاشورا)|${PRO}(?:ذكري\\s+)?(?:ليله\\s+)?(?<isra>(?:ال)?اسرا\\s+و(?:ال)?معراج)|${PRO}(?<hny>(?:فاتح|غره|بدايه)\\s+(?:ال)?(?:سنه|عام)\\s+(?:ال)?هجري(?:ه)?(?:\\s+(?:ال)?جديد(?:ه)?)?)|${PRO}(?<eve>ليله\\s+)?(?<ny>راس\\s+السنه\\s*(?<nyk>الهجريه|الميلاديه|الجديده)?(?:\\s+الجديده)?))(?:\\s*(?:${YEAR_WORD}\\s*)?(?<y>${Y4}|1[34]\\d\\d)(?!\\d))?`,
      'gu',
    ),
    build: (g) => {
      const holiday =
        g.h === 'الفطر'
          ? 'fitr'
          : g.h !== undefined
            ? 'adha'
            : g.h2 !== undefined
              ? 'arafa'
              : g.ashura !== undefined
                ? 'ashura'
                : g.isra !== undefined
                  ? 'isra-miraj'
                  : g.nyk === 'الهجريه' || g.hny !== undefined
                    ? 'hijri-new-year'
                    : g.eve !== undefined
                      ? 'new-year-eve'
                      : 'new-year';
      const gregory = holiday === 'new-year' || holiday === 'new-year-eve';
      // «رأس السنة» alone is a date only with a year or «ليلة».
      if (gregory && g.nyk === undefined && g.eve === undefined && g.y === undefined) return null;
      const p: ExpressionParts = { holiday, calendar: gregory ? 'gregory' : 'islamic' };
      const y = g.y === undefined ? undefined : Number(g.y);
      if (y !== undefined && !gregory && y > 1500) p.gregorianYear = y;
      else if (y !== undefined) p.year = y;
      return p;
    },
  },
  {
    // الجمعة · يوم الأحد · والإثنين الماضي · مساء الثلاثاء · هذا الأحد المقبل · on Friday
    kind: 'weekday',
    gate: WEEKDAY_GATE,
    re: new RegExp(
      `${B}(?:(?<this>هذا|هذه|this|last|next|on)\\s+)?(?:[${CONJUNCTIONS}]?(?<tod>${TOD})\\s+)?(?:(?:[ل]?يومي?\\s+)?(?<wd>${WEEKDAY})|[${DATE_PROCLITICS}]?يوم\\s+(?<had>الحد))${E}(?:\\s+(?<q>${QUAL_M}))?(?:\\s+(?:صباحا|مسا|ظهرا|عصرا|ليلا|فجرا)${E})?`,
      'gu',
    ),
    build: (g, at, f) => {
      if (NOT_WEEKDAY_BEFORE.test(f.slice(Math.max(0, at - 10), at))) return null;
      const weekday = g.had !== undefined ? 0 : weekdayOf(g.wd);
      if (weekday === undefined) return null;
      const p: ExpressionParts = { weekday };
      const q =
        qualOf(g.q) ??
        (g.this === 'last'
          ? 'past'
          : g.this === 'next'
            ? 'next'
            : g.this === 'هذا' || g.this === 'هذه' || g.this === 'this'
              ? 'current'
              : undefined);
      if (q !== undefined) p.qualifier = q;
      if (stepOf(g.q) === 2) p.step = 2;
      return p;
    },
  },
  {
    // اليوم الخميس · أمس · أول أمس (أول من أمس) · غدًا (السبت) · بعد غد · صباح الغد · الليلة · يومه الأربعاء
    // («غدًا وبعد غد»: «بعد غد» may follow «و» or «ف» glued to it, left out of the span)
    kind: 'deictic',
    gate: DEICTIC_GATE,
    re: new RegExp(
      `(?:${B}|(?<=(?<![\\p{L}])[${CONJUNCTIONS}])(?=بعد\\s))(?:[${CONJUNCTIONS}]?(?<tod>${TOD})\\s+)?(?:(?<pre>منذ|حتي)\\s+)?(?:(?<this>[ل]?هذا|هذه)\\s+)?(?<w>اول\\s+(?:من\\s+)?امس|امس\\s+الاول|اول\\s+(?:ام|م)بارح|(?:ام|م)بارح|بعد\\s+(?:الغد|غد|بكره|بكرا)|(?:هذا|هذه)\\s+(?:ال)?(?:مسا|صباح)|(?:[ل]?يوم\\s+)(?:غد|الغد)|${DEF}يوم|يومه|${DEF}امس|[${CONJUNCTIONS}]?امس|البارحه|${PRO}غدا|${PRO}غد|${DEF}غد|بكره|بكرا|${DEF}ليله(?:\\s+(?:الماضيه|البارحه))?|today|yesterday|tomorrow|tonight)${E}(?:\\s*[،,]?\\s*\\(?\\s*(?<wd>${WEEKDAY})\\s*\\)?)?`,
      'gu',
    ),
    build: (g, at, f) => {
      const w = squash(g.w ?? '').replace(DEICTIC_PROCLITIC, '');
      let dayOffset: number;
      if (/^(?:اول (?:من )?امس|امس الاول|اول (?:ام|م)بارح)$/.test(w)) dayOffset = -2;
      else if (/بارح$/.test(w)) dayOffset = -1;
      else if (/^بعد/.test(w)) dayOffset = 2;
      else if (/غد|بكر|tomorrow/.test(w)) dayOffset = 1;
      else if (/امس|البارحه|yesterday|الماضيه/.test(w)) dayOffset = -1;
      else dayOffset = 0;
      const before = f.slice(Math.max(0, at - 12), at);
      // «الغد» alone is "the future" (جيل الغد); the day after only with a time of day or يوم.
      // But «قبل الغد», «نهاية الغد», «حتى الغد» at a clause's end are the day after.
      if (
        THE_MORROW.test(w) &&
        g.tod === undefined &&
        !tomorrowAlone(f, f.indexOf(w, at), f.indexOf(w, at) + w.length)
      )
        return null;
      if (/يوم$/.test(w) && OUTLET_BEFORE.test(before)) return null;
      // «طوال اليوم», «طيلة اليوم»: all day long, a duration.
      if (/^اليوم$/.test(w) && /(?:طوال|طيله|مدار)\s*$/u.test(before)) return null;
      // «جراحات اليوم الواحد», «500 مريض في اليوم», «ثلاث مرات في اليوم»: a day as a unit of a count
      // or a rate, not today.
      if (TODAY_WORD.test(w) && PER_DAY.test(f.slice(at + (g.w?.length ?? 0)))) return null;
      if (TODAY_WORD.test(w) && RATE_BEFORE.test(f.slice(Math.max(0, at - 40), at))) return null;
      // «تطابق اليوم والشهر»: the day beside the month or the year (with no qualifier: «اليوم والشهر
      // المقبل» is today) is a unit of the calendar, not today.
      if (/^اليوم$/.test(w) && DAY_AND_MONTH.test(f.slice(at + (g.w?.length ?? 0)))) return null;
      // «لليوم السابع عشر», «في يومه الثالث»: a count of days (of a festival, a strike), not today.
      if (/يومه?$/.test(w) && new RegExp(`^\\s+${ORD}`, 'u').test(f.slice(at + (g.w?.length ?? 0))))
        return null;
      const p: ExpressionParts = { dayOffset };
      if (/ليله/.test(w)) p.period = { unit: 'day', shift: dayOffset < 0 ? -1 : 0, night: true };
      const wd = weekdayOf(g.wd);
      if (wd !== undefined) p.weekday = wd;
      return p;
    },
  },
  {
    // قبل يومين · منذ ثلاثة أشهر · قبل سبعة أيام · منذ أكثر من 12 سنة · قبل أيام · بعد أسبوع
    kind: 'relative',
    gate: OFFSET_GATE,
    re: new RegExp(
      `${B}${PRO}(?<dir>قبل|منذ|بعد)\\s+(?:(?<more>اكثر|اقل)\\s+من\\s+|(?<about>نحو|حوالي|قرابه|زها)\\s+)?(?:(?<few>عده|بضعه|بضع)\\s+)?(?:(?<n>${NUM})\\s*)?(?<u>${UNIT})${E}(?<finer>(?:\\s+(?:واحد|واحده)${E})?(?:\\s+و\\s*${FINER}){1,2})?`,
      'gu',
    ),
    build: (g, at, f) => {
      const u = UNIT_WORDS.get(squash(g.u ?? ''));
      if (u === undefined) return null;
      const plural = /(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|ساعات|عقود)$/.test(g.u ?? '');
      let n: number | null = numberOf(g.n) ?? (u.dual ? 2 : plural ? null : 1);
      if (g.few !== undefined) n = null;
      const dir = g.dir === 'بعد' ? 1 : -1;
      // «يومًا بعد يوم», «عامًا بعد عام»: an idiom of repetition, not a date.
      if (
        dir === 1 &&
        /(?:يوما|يوم|عاما|عام|شهرا|شهر|سنه|اسبوعا|ساعه)\s*$/u.test(f.slice(Math.max(0, at - 8), at))
      )
        return null;
      if (fromEvent(f, at, g.u ?? '')) return null;
      const offset: NonNullable<ExpressionParts['offset']> = { n, unit: u.unit, dir };
      if (g.more !== undefined || g.about !== undefined) offset.approximate = true;
      // Units that are no finer («قبل يوم وشهر») are left unread.
      const finer = finerUnits(g.finer, u.unit) ?? { months: 0 };
      if (finer.months > 0 && n !== null) {
        offset.n = 12 * n + finer.months;
        offset.unit = 'month';
      }
      if (finer.days !== undefined) offset.days = finer.days;
      return { offset };
    },
  },
  {
    // سأخرج في 3 أسابيع · سنعود في شهرين: a count after «في» and a future verb is that long after
    // publication (after a past verb, «أنجزه في 3 أيام», it is how long something took)
    kind: 'relative',
    gate: /في/u,
    re: new RegExp(
      `(?<=(?:^|\\s)(?:[${CONJUNCTIONS}]?س[انيت]\\p{L}{2,}|سوف\\s+\\p{L}+)\\s+)في\\s+(?:(?<n>${NUM})\\s*)?(?<u>${UNIT})${E}`,
      'gu',
    ),
    build: (g) => {
      const u = UNIT_WORDS.get(squash(g.u ?? ''));
      if (u === undefined || u.unit === 'hour' || u.unit === 'decade') return null;
      const n = numberOf(g.n) ?? (u.dual ? 2 : undefined);
      return n === undefined ? null : { offset: { n, unit: u.unit, dir: 1 } };
    },
  },
  {
    // منذ قليل · قبل قليل · في وقت سابق
    kind: 'relative',
    gate: VAGUE_GATE,
    re: new RegExp(
      `${B}${PRO}(?:(?<now>(?:منذ|قبل)\\s+(?:قليل|لحظات))|في\\s+وقت\\s+(?<w>سابق|لاحق))${E}`,
      'gu',
    ),
    // «قبل لحظات من تحطم الطائرة» is counted from another event, as «بعد ساعات من» is (`fromEvent`).
    build: (g, at, f) =>
      g.now !== undefined && fromEvent(f, at, g.now.replace(/^\S+\s+/u, ''))
        ? null
        : { vague: g.now !== undefined ? 'now' : g.w === 'لاحق' ? 'later' : 'earlier' },
  },
  {
    // الأسبوع الماضي · السنة الماضية · مطلع الأسبوع الجاري · عطلة نهاية الأسبوع · هذا العام · الأيام القليلة الماضية · الساعات الـ24 الماضية
    // (a number before a month is its day, not a count: «في مثل هذه الأيام 3 آذار 1965م»)
    kind: 'relative',
    gate: PERIOD_GATE,
    re: new RegExp(
      `${B}(?:[${DATE_PROCLITICS}]?(?<part>مطلع|بدايه|اوايل|اواخر|منتصف|اواسط|عطله\\s+نهايه|نهايه)\\s+|(?:في\\s+)?وقت\\s+(?<early>مبكر|متاخر)\\s+(?:من\\s+)?(?=هذا|هذه))?(?:${PRO}(?<this>هذا|هذه)\\s+)?${DEF}(?<u>اسبوعين|اسبوع|شهرين|شهر|عامين|عام|سنه|ساعات|ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين|عقد|عقود|ليله)(?:\\s+(?:ال)?(?<n>\\d{1,3})(?!\\d|\\s*${PRO}${MONTH}${E})|\\s+(?<n2>${CARD})|\\s+(?:ال)?قليله)?(?:\\s+(?<q>${QUAL})|\\s+(?<this2>هذا|هذه|هاي|هذي)${E})?`,
      'gu',
    ),
    build: (g, at, f) => {
      if (g.q === undefined && g.part === undefined && g.this === undefined && g.this2 === undefined)
        return null;
      // «طوال اليوم», «طيلة الشهر»: a duration.
      if (/(?:طوال|طيله|مدار)\s*$/u.test(f.slice(Math.max(0, at - 8), at))) return null;
      const word = g.u ?? '';
      // «هذه الأيام» alone is "nowadays", no span the text dates («تعيش قطر هذه الأيام أحلى أوقاتها»).
      if (
        word === 'ايام' &&
        g.part === undefined &&
        g.q === undefined &&
        g.n === undefined &&
        g.n2 === undefined &&
        (g.this !== undefined || g.this2 !== undefined) &&
        !/^\S*\s+\S*ايام\s+(?:ال)?قليله/u.test(f.slice(at, at + 30))
      )
        return null;
      const unit: Unit | undefined =
        word === 'ليله'
          ? 'day'
          : (((/ساع/.test(word) && 'hour') ||
              (/يوم|ايام/.test(word) && 'day') ||
              (/اسبوع|اسابيع/.test(word) && 'week') ||
              (/شهر|اشهر|شهور/.test(word) && 'month') ||
              (/عقد|عقود/.test(word) && 'decade') ||
              'year') as Unit);
      const q = qualOf(g.q);
      if (q === 'same') return { anaphor: unit };
      const step = stepOf(g.q);
      const shift = q === 'past' ? -step : q === 'next' ? step : 0;
      const period: NonNullable<ExpressionParts['period']> = { unit, shift };
      // «بمنتصف الشهر»: no qualifier and no «هذا»: the month just named, if any.
      if (
        q === undefined &&
        g.this === undefined &&
        g.this2 === undefined &&
        g.part !== undefined &&
        unit === 'month'
      )
        period.bare = true;
      // «في وقت مبكر من هذا الشهر», «وقت متأخر هذا الأسبوع»: its start or its end.
      const part =
        g.early !== undefined
          ? g.early === 'مبكر'
            ? 'مطلع'
            : 'نهايه'
          : g.part === undefined
            ? undefined
            : squash(g.part);
      if (part !== undefined)
        period.part = /عطله/.test(part)
          ? 'weekend'
          : /مطلع|بدايه|اوايل/.test(part)
            ? 'start'
            : /منتصف|اواسط/.test(part)
              ? 'middle'
              : 'end';
      const n = numberOf(g.n) ?? numberOf(g.n2) ?? (/ين$/.test(word) && !/سنين/.test(word) ? 2 : undefined);
      if (n !== undefined) period.n = n;
      const plural = /^(?:ساعات|ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين|عقود)$/.test(word);
      if (plural && n === undefined) period.vague = true;
      if (word === 'ليله') period.night = true;
      if (q === 'past' && /^(?:الاخير|الاخيره)$/.test(squash(g.q ?? '')) && !plural && n === undefined)
        period.shift = -1;
      return { period };
    },
  },
  {
    // خلال الـ24 ساعة الماضية · آخر 24 ساعة · 24 ساعة الماضية
    kind: 'relative',
    gate: WINDOW_GATE,
    re: new RegExp(
      `${B}(?:(?<last>اخر)\\s+)?(?:ال)?(?<n>\\d{1,3}|${CARD})\\s*(?<u>${UNIT})${E}(?:\\s+(?<q>${QUAL}))?`,
      'gu',
    ),
    build: (g) => {
      const u = UNIT_WORDS.get(squash(g.u ?? ''));
      const q = qualOf(g.q);
      if (u === undefined || (g.last === undefined && (q === undefined || q === 'same' || q === 'current')))
        return null;
      const n = numberOf(g.n);
      if (n === undefined) return null;
      return { period: { unit: u.unit, shift: q === 'next' ? 1 : -1, n } };
    },
  },
  {
    // يوم 4 من الشهر المقبل · 19 من الشهر نفسه · 28 من نفس الشهر · (حتى) الثلاثاء 7 منه ·
    // من الخامس حتى الثلاثاء 7 منه
    kind: 'relative',
    gate: MONTH_WORD_GATE,
    re: new RegExp(
      `${B}(?:(?:[ل]?يوم\\s+)?(?<wd>${WEEKDAY})\\s+(?:(?:ال)?مصادف\\s+|(?:ال)?موافق\\s+)?)?(?:[ل]?يوم\\s+)?(?:${NOT_EDITION}(?:(?<d0>${D})|(?<o0>${ORD}))\\s*(?:(?<until>${UNTIL})|و|-)\\s*${NOT_TENS}(?:(?:[ل]?يوم\\s+)?${WEEKDAY}\\s+)?)?(?:ال(?=\\d))?(?:(?<d>${D})|(?<ord>${ORD}))\\s+(?:(?:(?<from>من|في)\\s+)?(?<this>هذا\\s+)?(?<same>(?:نفس|ذات)\\s+)?${DEF}شهر(?:\\s+(?<q>${QUAL}))?|(?<minhu>منه)${E})`,
      'gu',
    ),
    build: (g, at, f) => {
      // «نفس الشهر» before, as «الشهر نفسه» after: the month named before it. «الثلاثاء 7 منه» (of it)
      // only as the end of a span, whether the span starts before it («وحتى الثلاثاء 7 منه») or in it
      // («من الخامس حتى الثلاثاء 7 منه»): «7 منه» alone, or «5 و7 منه», is as often a count.
      if (
        g.minhu !== undefined &&
        g.until === undefined &&
        !UNTIL_BEFORE.test(f.slice(Math.max(0, at - 12), at))
      )
        return null;
      const same = g.same !== undefined || g.minhu !== undefined;
      const q = same ? 'same' : (qualOf(g.q) ?? 'current');
      // «22 الشهر» alone, with neither «من», «هذا» nor a qualifier, is not a date.
      if (!same && g.q === undefined && g.this === undefined && g.from === undefined) return null;
      const day = dayOf(g);
      if (day === undefined) return null;
      // A weekday before it («يوم الأحد المصادف 25 من نفس الشهر») is that day's, and says no more.
      const p: ExpressionParts = { day, qualifier: q };
      if (stepOf(g.q) === 2) p.step = 2;
      const d0 = firstDayOf(g);
      if (d0 !== undefined) return { ...p, day: d0, to: p };
      return p;
    },
  },
  {
    // اليوم نفسه · في نفس اليوم
    kind: 'relative',
    gate: SAME_GATE,
    re: new RegExp(
      `(?:${B}(?:في\\s+)?(?:نفس\\s+)?${DEF}(?<u>يوم|شهر|عام|سنه|اسبوع|فتره|تاريخ)\\s+(?:نفسه|نفسها|ذاته|ذاتها|(?<=فتره\\s+)المماثله)${E}|${B}(?:في\\s+)?[${DATE_PROCLITICS}]?(?:نفس|ذات)\\s+${DEF}(?<u2>يوم|شهر|عام|سنه|اسبوع|فتره|تاريخ)${E})(?:\\s+من\\s+(?:(?:ال|لل)(?:عام|سنه)\\s+(?<q>${QUAL_M})(?:\\s+(?<y>${Y4}))?|(?:ال|لل)?(?:عام|سنه)\\s+(?<y2>${Y4})(?!\\d)))?`,
      'gu',
    ),
    build: (g) => {
      const w = g.u ?? g.u2 ?? '';
      const anaphor: ExpressionParts['anaphor'] =
        w === 'يوم' || w === 'تاريخ'
          ? 'day'
          : w === 'شهر'
            ? 'month'
            : w === 'اسبوع'
              ? 'week'
              : w === 'فتره'
                ? 'period'
                : 'year';
      // «الفترة نفسها من العام الماضي», «بنفس الفترة من السنة الماضية» and «للفترة المماثلة من عام 2020»:
      // the period before it, in the year they give. «في نفس الفترة» alone is the period before it,
      // when the text has one (`findDates` drops it when nothing before it is a date).
      const p: ExpressionParts = { anaphor };
      const q = qualOf(g.q);
      if (g.y !== undefined || g.y2 !== undefined) p.year = Number(g.y ?? g.y2);
      else if (q !== undefined) p.yearShift = q === 'past' ? -stepOf(g.q) : q === 'next' ? stepOf(g.q) : 0;
      return p;
    },
  },
];
