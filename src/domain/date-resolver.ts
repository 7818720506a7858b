/**
 * Turns what a date expression says (`date-finder.ts`) into a calendar value, counted from the
 * article's publication date (and, for «اليوم نفسه», from the date established before it), and says
 * how: the rule, the reference, every assumption, the other readings the text allows, and a note in
 * Arabic and English fit for an event's `basisNote`. Values are `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an
 * inclusive range `A/B`; null when the text and the reference cannot give one.
 */
import { addDays, daysInMonth, parsePartialDate, weekdayOf } from './dates';
import type { ExpressionParts, FoundDate } from './date-finder';
import type { Unit } from './date-lexicon';

export interface DateContext {
  /** `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null;
  /** Values already established earlier in the same text, oldest first. */
  readonly earlier?: readonly string[];
  /** The clause speaks of the future (a future verb, «من المقرر», …). */
  readonly future?: boolean;
  /** A year printed in the same sentence, used only when there is no publication date. */
  readonly sentenceYear?: number;
}

export interface DateReading {
  readonly value: string | null;
  /** Which rule gave the value: `stated`, `publication-year`, `weekday-past`, `week`, `hijri-umm-al-qura`, … */
  readonly rule: string;
  /** What it was counted from: the publication date, an earlier date, or nothing. */
  readonly reference: string | null;
  readonly assumptions: readonly string[];
  readonly alternatives: readonly { readonly value: string; readonly reading: string }[];
  readonly note: { readonly ar: string; readonly en: string };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const ym = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
const shiftMonth = (y: number, m: number, by: number): [number, number] => {
  const i = y * 12 + (m - 1) + by;
  return [Math.floor(i / 12), (i % 12) + 1];
};

/** «بشهر», «بشهرين», «بـ3 أشهر», «بـ15 شهرًا»: a count of a unit as Arabic counts it. */
const UNITS_AR: Record<Unit, readonly [string, string, string, string]> = {
  hour: ['ساعة', 'ساعتين', 'ساعات', 'ساعة'],
  day: ['يوم', 'يومين', 'أيام', 'يومًا'],
  week: ['أسبوع', 'أسبوعين', 'أسابيع', 'أسبوعًا'],
  month: ['شهر', 'شهرين', 'أشهر', 'شهرًا'],
  year: ['سنة', 'سنتين', 'سنوات', 'سنة'],
  decade: ['عقد', 'عقدين', 'عقود', 'عقدًا'],
};
function countedUnitAr(n: number, unit: Unit): string {
  const [one, two, few, many] = UNITS_AR[unit];
  if (n === 1) return `ب${one}`;
  if (n === 2) return `ب${two}`;
  const r = n % 100;
  return `بـ${n} ${r >= 3 && r <= 10 ? few : r === 0 ? one : many}`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const AR_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيو',
  'تموز/يوليو',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const AR_DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** A value in words: «الثلاثاء 25 حزيران/يونيو 2024» / "Tuesday 25 June 2024"; ranges as "A to B". */
export function describeValue(value: string, lang: 'ar' | 'en'): string {
  const [a, b] = value.split('/');
  if (b !== undefined && a !== undefined)
    return lang === 'ar'
      ? `من ${describeValue(a, 'ar')} إلى ${describeValue(b, 'ar')}`
      : `${describeValue(a, 'en')} to ${describeValue(b, 'en')}`;
  const p = parsePartialDate(value);
  if (p === null) return value;
  if (p.month === undefined) return String(p.year);
  const month = (lang === 'ar' ? AR_MONTHS : EN_MONTHS)[p.month - 1] ?? '';
  if (p.day === undefined) return `${month} ${p.year}`;
  const wd = (lang === 'ar' ? AR_DAYS : EN_DAYS)[weekdayOf(value)] ?? '';
  return `${wd} ${p.day} ${month} ${p.year}`;
}

// --- Hijri through the Umm al-Qura calendar ------------------------------------------------------

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Umm al-Qura date of a Gregorian day. */
export function toHijri(day: string): { year: number; month: number; day: number } {
  const parts = hijriFormat.formatToParts(new Date(`${day}T12:00:00Z`));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The Gregorian day of an Umm al-Qura date, or null if the month has no such day. */
export function fromHijri(year: number, month: number, day: number): string | null {
  // The mean Hijri month is 29.53 days; search the few days around the estimate.
  const estimate = Math.round((year - 1) * 354.367 + (month - 1) * 29.5306 + (day - 1));
  const epoch = Date.UTC(622, 6, 19);
  for (let k = -6; k <= 6; k++) {
    const candidate = new Date(epoch + (estimate + k) * 86_400_000).toISOString().slice(0, 10);
    const h = toHijri(candidate);
    if (h.year === year && h.month === month && h.day === day) return candidate;
  }
  return null;
}

function hijriMonthRange(year: number, month: number): string | null {
  const first = fromHijri(year, month, 1);
  if (first === null) return null;
  const last = fromHijri(year, month, 30) ?? fromHijri(year, month, 29);
  return last === null ? null : `${first}/${last}`;
}

// --- Weeks --------------------------------------------------------------------------------------

const WEEK_STARTS = [
  { day: 0, en: 'Sunday', ar: 'الأحد' },
  { day: 6, en: 'Saturday', ar: 'السبت' },
  { day: 1, en: 'Monday', ar: 'الاثنين' },
] as const;

function weekOf(day: string, start: number, shift: number): [string, string] {
  const back = (weekdayOf(day) - start + 7) % 7;
  const first = addDays(day, -back + 7 * shift);
  return [first, addDays(first, 6)];
}

function partOfWeek(
  week: [string, string],
  part: string | undefined,
  published: string,
  shift: number,
): string {
  let [a, b] = week;
  if (part === 'start') b = addDays(a, 2);
  else if (part === 'middle') [a, b] = [addDays(a, 2), addDays(a, 4)];
  else if (part === 'end') a = addDays(a, 4);
  if (shift === 0 && b > published && a <= published) b = published;
  return a === b ? a : `${a}/${b}`;
}

// --- The reading ------------------------------------------------------------------------------

interface Draft {
  value: string | null;
  rule: string;
  reference: string | null;
  assumptions: string[];
  alternatives: { value: string; reading: string }[];
  en: string;
  ar: string;
}

const q = (s: string): string => `“${s}”`;
const qa = (s: string): string => `«${s}»`;

function yearFor(
  p: ExpressionParts,
  pub: { y: number; m: number; d: number },
  future: boolean,
): { year: number; why: string } {
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
  return { year: pub.y, why: 'same' };
}

function gregorianValue(p: ExpressionParts): string | null {
  if (p.year === undefined) return null;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return ym(p.year, p.month);
  if (p.day > daysInMonth(p.year, p.month)) return null;
  return ymd(p.year, p.month, p.day);
}

function resolveParts(text: string, p: ExpressionParts, ctx: DateContext): Draft {
  const pub = ctx.published;
  const pubParts = pub === null ? null : parsePartialDate(pub);
  const P =
    pubParts?.day === undefined || pubParts.month === undefined
      ? null
      : { y: pubParts.year, m: pubParts.month, d: pubParts.day };
  const base: Pick<Draft, 'assumptions' | 'alternatives'> = { assumptions: [], alternatives: [] };
  const none = (rule: string, en: string, ar: string): Draft => ({
    value: null,
    rule,
    reference: null,
    ...base,
    en: `${q(text)} ${en}`,
    ar: `${qa(text)} ${ar}`,
  });
  const pubEn = pub === null ? '' : describeValue(pub, 'en');
  const pubAr = pub === null ? '' : describeValue(pub, 'ar');

  if (p.name === true)
    return none(
      'named-event',
      'names an event; its date is not counted from the article.',
      'اسم حدث؛ لا يُحسب تاريخه من المقال.',
    );

  // Ranges: each end on its own, the missing year shared.
  if (p.to !== undefined) {
    const from: ExpressionParts = { ...p };
    delete from.to;
    const to: ExpressionParts = { ...p.to };
    if (from.year === undefined && to.year !== undefined)
      from.year = (from.month ?? 1) > (to.month ?? 12) ? to.year - 1 : to.year;
    if (to.year === undefined && from.year !== undefined)
      to.year = (to.month ?? 12) < (from.month ?? 1) ? from.year + 1 : from.year;
    const a = resolveParts(text, from, ctx);
    const b = resolveParts(
      text,
      to.year === undefined && a.value !== null
        ? { ...to, year: Number(a.value.slice(0, 4)) + ((to.month ?? 12) < (from.month ?? 1) ? 1 : 0) }
        : to,
      ctx,
    );
    if (a.value === null || b.value === null) return { ...a, value: null };
    const value = `${a.value.split('/')[0]}/${b.value.split('/').pop()}`;
    return {
      ...a,
      value,
      en: `${q(text)} is a span: ${describeValue(value, 'en')}${a.rule === 'stated' ? ', as printed' : `, the year from the publication date (${pubEn})`}.`,
      ar: `${qa(text)} مدة: ${describeValue(value, 'ar')}${a.rule === 'stated' ? '، كما هي مذكورة' : `، والعام من تاريخ النشر (${pubAr})`}.`,
    };
  }

  // Hijri dates and feasts.
  if (
    p.calendar === 'islamic' ||
    p.holiday === 'fitr' ||
    p.holiday === 'adha' ||
    p.holiday === 'hijri-new-year'
  ) {
    let hy = p.year;
    const assumptions: string[] = ['umm-al-qura'];
    if (hy === undefined || (p.holiday !== undefined && hy > 1500)) {
      if (pub === null)
        return none(
          'hijri-no-year',
          'gives no Hijri year and the article has no date.',
          'لا يذكر العام الهجري، والمقال بلا تاريخ.',
        );
      hy = toHijri(pub).year;
      assumptions.push('hijri-year-of-publication');
    }
    const [month, day] =
      p.holiday === 'fitr'
        ? [10, 1]
        : p.holiday === 'adha'
          ? [12, 10]
          : p.holiday === 'hijri-new-year'
            ? [1, 1]
            : [p.month, p.day];
    let value: string | null;
    if (month === undefined)
      value = (() => {
        const a = fromHijri(hy, 1, 1);
        const b = fromHijri(hy + 1, 1, 1);
        return a === null || b === null ? null : `${a}/${addDays(b, -1)}`;
      })();
    else if (day === undefined) value = hijriMonthRange(hy, month);
    else value = fromHijri(hy, month, day);
    if (value === null)
      return none(
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
    const yearNote = assumptions.includes('hijri-year-of-publication')
      ? ` in the Hijri year of publication (${hy} AH)`
      : '';
    const yearNoteAr = assumptions.includes('hijri-year-of-publication')
      ? ` في العام الهجري لتاريخ النشر (${hy} هـ)`
      : '';
    return {
      value,
      rule: 'hijri-umm-al-qura',
      reference: assumptions.includes('hijri-year-of-publication') ? pub : null,
      assumptions,
      alternatives,
      en: `${q(text)}${yearNote}, converted with the Umm al-Qura calendar: ${describeValue(value, 'en')}. Where the month begins by sighting the moon it may fall a day apart.`,
      ar: `${qa(text)}${yearNoteAr}، محوَّلًا بتقويم أم القرى: ${describeValue(value, 'ar')}. وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم.`,
    };
  }

  if (p.holiday === 'new-year') {
    const year = p.year ?? (P === null ? undefined : P.y + 1);
    if (year === undefined)
      return none(
        'no-reference',
        'needs the publication date, which is unknown.',
        'يحتاج إلى تاريخ النشر، وهو مجهول.',
      );
    const value = ymd(year, 1, 1);
    return {
      value,
      rule: p.year !== undefined ? 'stated' : 'next-new-year',
      reference: p.year !== undefined ? null : pub,
      ...base,
      en: `${q(text)}: ${describeValue(value, 'en')}.`,
      ar: `${qa(text)}: ${describeValue(value, 'ar')}.`,
    };
  }

  // Gregorian dates: printed in full, or missing the year.
  if (p.calendar === 'gregory') {
    if (p.year !== undefined) {
      const value = gregorianValue(p);
      if (value === null) return none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
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
      const hijri = p.hijriAlso === undefined ? '' : ' (the Gregorian date printed beside the Hijri one)';
      const hijriAr = p.hijriAlso === undefined ? '' : ' (التاريخ الميلادي المذكور مع الهجري)';
      return {
        value,
        rule: 'stated',
        reference: null,
        assumptions,
        alternatives,
        en: `${q(text)} states the date${hijri}: ${describeValue(value, 'en')}.${extraEn}`,
        ar: `${qa(text)} يذكر التاريخ نصًّا${hijriAr}: ${describeValue(value, 'ar')}.${extraAr}`,
      };
    }
    if (p.month === undefined) return none('not-a-date', 'is not a date.', 'ليس تاريخًا.');
    if (P === null) {
      if (ctx.sentenceYear !== undefined) {
        const value = gregorianValue({ ...p, year: ctx.sentenceYear });
        if (value !== null)
          return {
            value,
            rule: 'sentence-year',
            reference: String(ctx.sentenceYear),
            assumptions: ['year-from-sentence'],
            alternatives: [],
            en: `${q(text)} gives no year; the article has no date, and the year ${ctx.sentenceYear} printed in the same sentence is assumed: ${describeValue(value, 'en')}.`,
            ar: `${qa(text)} بلا عام، والمقال بلا تاريخ؛ فيُفترض العام ${ctx.sentenceYear} المذكور في الجملة نفسها: ${describeValue(value, 'ar')}.`,
          };
      }
      return none(
        'no-reference',
        'gives no year and the article has no date.',
        'لا يذكر العام، والمقال بلا تاريخ.',
      );
    }
    const { year, why } = yearFor(p, P, ctx.future === true);
    const value = gregorianValue({ ...p, year });
    if (value === null) return none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
    const alternatives = [year - 1, year + 1]
      .map((y) => gregorianValue({ ...p, year: y }))
      .filter((v): v is string => v !== null)
      .map((v) => ({ value: v, reading: 'another year' }));
    const reason = {
      past: ['“last”: the latest such date before publication', 'أي آخر موعد كهذا قبل النشر'],
      next: ['“next”: the first such date after publication', 'أي أول موعد كهذا بعد النشر'],
      current: ['“this”/“current”: in the month and year of publication', 'أي في شهر النشر وعامه'],
      future: [
        'said of the future: the first such date on or after publication',
        'في سياق المستقبل: أول موعد كهذا في يوم النشر أو بعده',
      ],
      same: ['the year of publication', 'عام النشر'],
    }[why] ?? ['', ''];
    return {
      value,
      rule: why === 'same' ? 'publication-year' : `qualifier-${why}`,
      reference: pub,
      assumptions: why === 'same' ? ['year-of-publication'] : [],
      alternatives,
      en: `${q(text)} gives no year; counted from the publication date (${pubEn}), ${reason[0]}: ${describeValue(value, 'en')}.`,
      ar: `${qa(text)} بلا عام؛ محسوبًا من تاريخ النشر (${pubAr})، ${reason[1]}: ${describeValue(value, 'ar')}.`,
    };
  }

  // Everything below counts from the publication date (or an earlier date).
  if (p.anaphor !== undefined) {
    const prev = ctx.earlier?.[ctx.earlier.length - 1];
    if (prev === undefined)
      return none(
        'anaphor-unresolved',
        'refers to a date given before it, and none is known.',
        'يحيل إلى تاريخ سابق في النص، ولا يُعرف.',
      );
    const first = prev.split('/')[0] ?? prev;
    const value = p.anaphor === 'day' ? first : p.anaphor === 'month' ? first.slice(0, 7) : first.slice(0, 4);
    return {
      value,
      rule: 'anaphor',
      reference: prev,
      ...base,
      en: `${q(text)} refers back to the date given before it (${describeValue(prev, 'en')}): ${describeValue(value, 'en')}.`,
      ar: `${qa(text)} يحيل إلى التاريخ المذكور قبله (${describeValue(prev, 'ar')}): ${describeValue(value, 'ar')}.`,
    };
  }
  if (p.vague === 'earlier' || p.vague === 'later')
    return none(
      'vague',
      'places the event before or after another without a date.',
      'يضع الحدث قبل غيره أو بعده بلا تاريخ.',
    );
  if (p.period?.vague === true)
    return p.period.shift > 0
      ? none(
          'vague-future-period',
          'looks ahead without bounds; it dates no event.',
          'يتطلع إلى المستقبل بلا حدود؛ فلا يؤرّخ حدثًا.',
        )
      : none('vague-period', 'names a stretch of time without bounds.', 'يذكر مدة بلا حدود.');
  if (pub === null || P === null)
    return none(
      'no-reference',
      'is counted from the publication date, which is unknown.',
      'يُحسب من تاريخ النشر، وهو مجهول.',
    );

  const counted = (
    value: string | null,
    rule: string,
    how: [string, string],
    extra: Partial<Draft> = {},
  ): Draft =>
    value === null
      ? none(rule, how[0], how[1])
      : {
          value,
          rule,
          reference: pub,
          ...base,
          ...extra,
          en: `${q(text)} counted from the publication date (${pubEn}), ${how[0]}: ${describeValue(value, 'en')}.${extra.en ?? ''}`,
          ar: `${qa(text)} محسوبًا من تاريخ النشر (${pubAr})، ${how[1]}: ${describeValue(value, 'ar')}.${extra.ar ?? ''}`,
        };

  if (p.vague === 'now') return counted(pub, 'just-now', ['moments before publication', 'قبيل النشر بقليل']);

  if (p.dayOffset !== undefined) {
    const value = addDays(pub, p.period?.night === true && p.dayOffset < 0 ? -1 : p.dayOffset);
    const words: Record<number, [string, string]> = {
      0: ['the same day', 'اليوم نفسه'],
      [-1]: ['the day before', 'اليوم السابق'],
      [-2]: ['two days before', 'قبل يومين'],
      1: ['the day after', 'اليوم التالي'],
      2: ['two days after', 'بعد يومين'],
    };
    const extra: Partial<Draft> = {};
    if (p.weekday !== undefined && weekdayOf(value) !== p.weekday) {
      extra.assumptions = ['weekday-disagrees'];
      extra.en = ` The text's weekday (${EN_DAYS[p.weekday] ?? ''}) does not match: the publication date may be off.`;
      extra.ar = ` ولا يوافقه اليوم المذكور (${AR_DAYS[p.weekday] ?? ''}): قد يكون تاريخ النشر غير دقيق.`;
    }
    return counted(value, 'deictic', words[p.dayOffset] ?? ['', ''], extra);
  }

  if (p.weekday !== undefined) {
    const wd = p.weekday;
    const back = (weekdayOf(pub) - wd + 7) % 7;
    const onOrBefore = addDays(pub, -back);
    const strictlyBefore = addDays(pub, -(back || 7));
    const fwd = (wd - weekdayOf(pub) + 7) % 7;
    const onOrAfter = addDays(pub, fwd);
    const strictlyAfter = addDays(pub, fwd || 7);
    const [en, ar] = [EN_DAYS[wd] ?? '', AR_DAYS[wd] ?? ''];
    if (p.qualifier === 'past')
      return counted(strictlyBefore, 'weekday-last', [
        `“last ${en}”: the ${en} before that day`,
        `أي ${ar} السابق له`,
      ]);
    if (p.qualifier === 'next')
      return counted(strictlyAfter, 'weekday-next', [
        `“next ${en}”: the ${en} after that day`,
        `أي ${ar} التالي له`,
      ]);
    if (ctx.future === true)
      return counted(
        onOrAfter,
        'weekday-future',
        [
          `said of the future: the first ${en} on or after that day`,
          `في سياق المستقبل: أول ${ar} في يوم النشر أو بعده`,
        ],
        {
          assumptions: ['future-weekday-is-next'],
          alternatives: [{ value: onOrBefore, reading: 'past narration' }],
        },
      );
    return counted(
      onOrBefore,
      'weekday-past',
      [
        `a bare weekday in news narration: the last ${en} on or before that day`,
        `اسم يوم بلا قرينة في سرد الخبر: آخر ${ar} في يوم النشر أو قبله`,
      ],
      {
        assumptions: ['bare-weekday-is-past'],
        alternatives: [{ value: strictlyAfter === onOrAfter ? strictlyAfter : onOrAfter, reading: 'future' }],
      },
    );
  }

  if (p.day !== undefined) {
    // «يوم 4 من الشهر المقبل», «19 من الشهر نفسه»
    const prev = ctx.earlier?.[ctx.earlier.length - 1];
    if (p.qualifier === 'same') {
      const pm = prev === undefined ? null : parsePartialDate(prev.split('/')[0] ?? prev);
      if (pm?.month === undefined)
        return none(
          'anaphor-unresolved',
          'refers to a month given before it, and none is known.',
          'يحيل إلى شهر سابق في النص، ولا يُعرف.',
        );
      const value = p.day <= daysInMonth(pm.year, pm.month) ? ymd(pm.year, pm.month, p.day) : null;
      if (value === null) return none('not-a-date', 'is not a real day.', 'ليس يومًا حقيقيًا.');
      return {
        value,
        rule: 'anaphor',
        reference: prev ?? null,
        ...base,
        en: `${q(text)}: that day of the month given before it: ${describeValue(value, 'en')}.`,
        ar: `${qa(text)}: ذلك اليوم من الشهر المذكور قبله: ${describeValue(value, 'ar')}.`,
      };
    }
    const [y, m] = shiftMonth(P.y, P.m, p.qualifier === 'past' ? -1 : p.qualifier === 'next' ? 1 : 0);
    return counted(p.day <= daysInMonth(y, m) ? ymd(y, m, p.day) : null, 'day-of-month', [
      'a day of the month named relative to it',
      'يوم من شهر مسمّى نسبةً إليه',
    ]);
  }

  if (p.offset !== undefined) {
    const o = p.offset;
    if (o.fromEvent === true)
      return none(
        'offset-from-event',
        'is counted from another event, not from publication.',
        'محسوب من حدث آخر لا من تاريخ النشر.',
      );
    if (o.n === null || o.approximate === true)
      return none('vague-offset', 'gives no exact count.', 'لا يذكر عددًا محددًا.');
    const k = o.n * o.dir;
    let value: string;
    if (o.unit === 'hour') value = addDays(pub, o.dir * Math.floor(o.n / 24));
    else if (o.unit === 'day') value = addDays(pub, k);
    else if (o.unit === 'week') value = addDays(pub, 7 * k);
    else if (o.unit === 'month') value = ym(...shiftMonth(P.y, P.m, k));
    else value = String(P.y + k * (o.unit === 'decade' ? 10 : 1));
    return counted(value, 'offset', [
      `${o.n} ${o.unit}${o.n === 1 ? '' : 's'} ${o.dir < 0 ? 'before' : 'after'}`,
      `${o.dir < 0 ? 'قبلها' : 'بعدها'} ${countedUnitAr(o.n, o.unit)}`,
    ]);
  }

  if (p.period !== undefined) {
    const r = p.period;
    if (r.vague === true)
      return r.shift > 0
        ? none(
            'vague-future-period',
            'looks ahead without bounds; it dates no event.',
            'يتطلع إلى المستقبل بلا حدود؛ فلا يؤرّخ حدثًا.',
          )
        : none('vague-period', 'names a stretch of time without bounds.', 'يذكر مدة بلا حدود.');
    if (r.n !== undefined) {
      // A window: «خلال الـ24 ساعة الماضية», «الأيام الثلاثة المقبلة»
      const span = (u: Unit, n: number): [string, string] => {
        if (u === 'hour') return [addDays(pub, -Math.max(1, Math.ceil(n / 24))), pub];
        if (u === 'day') return [addDays(pub, -n), pub];
        if (u === 'week') return [addDays(pub, -7 * n), pub];
        if (u === 'month') return [ym(...shiftMonth(P.y, P.m, -n)), ym(P.y, P.m)];
        return [String(P.y - n * (u === 'decade' ? 10 : 1)), String(P.y)];
      };
      let [a, b] = span(r.unit, r.n);
      if (r.shift > 0)
        [a, b] =
          r.unit === 'hour'
            ? [pub, addDays(pub, Math.max(1, Math.ceil(r.n / 24)))]
            : r.unit === 'day'
              ? [addDays(pub, 1), addDays(pub, r.n)]
              : [b, a];
      return counted(`${a}/${b}`, 'window', [
        `the ${r.n} ${r.unit}${r.n === 1 ? '' : 's'} ${r.shift > 0 ? 'after' : 'up to'} that day`,
        `مدة ${r.n} (${r.unit}) ${r.shift > 0 ? 'بعده' : 'حتى يومه'}`,
      ]);
    }
    if (r.night === true)
      return counted(addDays(pub, r.shift < 0 ? -1 : 0), 'night', ['the night of', 'ليلة']);
    if (r.unit === 'week') {
      if (r.part === 'weekend') {
        const sun = addDays(pub, -((weekdayOf(pub) + 7) % 7));
        const sat = addDays(pub, -((weekdayOf(pub) - 6 + 7) % 7));
        const satSun = `${addDays(sun, -1)}/${sun}`;
        const friSat = `${addDays(sat, -1)}/${sat}`;
        return counted(
          satSun,
          'weekend',
          ['the last weekend, Saturday and Sunday', 'أي آخر عطلة نهاية أسبوع، السبت والأحد'],
          {
            assumptions: ['weekend-saturday-sunday'],
            alternatives: [{ value: friSat, reading: 'Friday–Saturday weekend' }],
            en: ` Where the weekend is Friday and Saturday: ${describeValue(friSat, 'en')}.`,
            ar: ` وحيث تكون العطلة الجمعة والسبت: ${describeValue(friSat, 'ar')}.`,
          },
        );
      }
      const [first, ...others] = WEEK_STARTS.map((s) => ({
        s,
        value: partOfWeek(weekOf(pub, s.day, r.shift), r.part, pub, r.shift),
      }));
      if (first === undefined) return none('week', '', '');
      return counted(
        first.value,
        'week',
        [
          `the week${r.part === undefined ? '' : ` (${r.part} of it)`}, counted from Sunday`,
          `الأسبوع${r.part === undefined ? '' : ' (جزء منه)'} محسوبًا من الأحد`,
        ],
        {
          assumptions: ['week-starts-sunday'],
          alternatives: others.map((o) => ({ value: o.value, reading: `week from ${o.s.en}` })),
          en: ` With the week from Saturday: ${describeValue(others[0]?.value ?? '', 'en')}; from Monday: ${describeValue(others[1]?.value ?? '', 'en')}.`,
          ar: ` وإذا بدأ الأسبوع بالسبت: ${describeValue(others[0]?.value ?? '', 'ar')}؛ وبالاثنين: ${describeValue(others[1]?.value ?? '', 'ar')}.`,
        },
      );
    }
    if (r.unit === 'month') {
      const [y, m] = shiftMonth(P.y, P.m, r.shift);
      const last = daysInMonth(y, m);
      const value =
        r.part === 'start'
          ? `${ymd(y, m, 1)}/${ymd(y, m, 10)}`
          : r.part === 'middle'
            ? `${ymd(y, m, 11)}/${ymd(y, m, 20)}`
            : r.part === 'end'
              ? `${ymd(y, m, 21)}/${ymd(y, m, last)}`
              : ym(y, m);
      return counted(value, 'month', [
        r.shift < 0 ? 'the month before' : r.shift > 0 ? 'the month after' : 'the month of publication',
        r.shift < 0 ? 'الشهر السابق' : r.shift > 0 ? 'الشهر التالي' : 'شهر النشر',
      ]);
    }
    if (r.unit === 'year') {
      const y = P.y + r.shift;
      const value =
        r.part === 'start'
          ? `${y}-01/${y}-03`
          : r.part === 'middle'
            ? `${y}-05/${y}-08`
            : r.part === 'end'
              ? `${y}-10/${y}-12`
              : String(y);
      return counted(value, 'year', [
        r.shift < 0 ? 'the year before' : r.shift > 0 ? 'the year after' : 'the year of publication',
        r.shift < 0 ? 'العام السابق' : r.shift > 0 ? 'العام التالي' : 'عام النشر',
      ]);
    }
    return none('vague-period', 'names a stretch of time without bounds.', 'يذكر مدة بلا حدود.');
  }
  return none('unresolved', 'cannot be placed on the calendar.', 'لا يمكن وضعه على التقويم.');
}

/** Resolves one found expression. */
export function resolveDate(found: FoundDate, ctx: DateContext): DateReading {
  const d = resolveParts(found.text, found.parts, ctx);
  return {
    value: d.value,
    rule: d.rule,
    reference: d.reference,
    assumptions: d.assumptions,
    alternatives: d.alternatives,
    note: { ar: d.ar, en: d.en },
  };
}
