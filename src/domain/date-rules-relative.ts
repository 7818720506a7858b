/**
 * The resolver's rules for what is counted: from a date given earlier in the text (anaphora), or from
 * the publication date (deictic words, weekdays, days of a relative month, offsets, windows, weeks,
 * months and years and their parts).
 */
import { addDays, daysInMonth, parsePartialDate, weekdayOf } from './dates';
import {
  AR_DAYS,
  EN_DAYS,
  WEEK_STARTS,
  countedUnitAr,
  describeValue,
  partOfWeek,
  shiftMonth,
  weekOf,
  ym,
  ymd,
} from './date-calendar';
import type { Unit } from './date-lexicon';
import { q, qa, type Draft, type Env, type Rule } from './date-rule-env';
import { afterEarlier, anaphor, dayOfSameMonth, last } from './date-rules-anaphora';
import { restOfPeriod } from './date-rules-periods';

/** «في وقت سابق», «في وقت لاحق»: before or after another event, with no date. */
const vagueOrder: Rule = {
  name: 'vague',
  when: (p) => p.vague === 'earlier' || p.vague === 'later',
  resolve: (_p, env) =>
    env.none(
      'vague',
      'places the event before or after another without a date.',
      'يضع الحدث قبل غيره أو بعده بلا تاريخ.',
    ),
};

/** «الأيام المقبلة», «السنوات الماضية»: a stretch without bounds dates no event. */
const vaguePeriod: Rule = {
  name: 'vague-period',
  when: (p) => p.period?.vague === true,
  resolve: (p, env) =>
    (p.period?.shift ?? 0) > 0
      ? env.none(
          'vague-future-period',
          'looks ahead without bounds; it dates no event.',
          'يتطلع إلى المستقبل بلا حدود؛ فلا يؤرّخ حدثًا.',
        )
      : env.none('vague-period', 'names a stretch of time without bounds.', 'يذكر مدة بلا حدود.'),
};

/** Everything below counts from the publication date: without it there is no value. */
const noReference: Rule = {
  name: 'no-reference',
  when: (_p, env) => env.pub === null || env.P === null,
  resolve: (_p, env) =>
    env.none(
      'no-reference',
      'is counted from the publication date, which is unknown.',
      'يُحسب من تاريخ النشر، وهو مجهول.',
    ),
};

/** «منذ قليل»: moments before publication. */
const justNow: Rule = {
  name: 'just-now',
  when: (p) => p.vague === 'now',
  resolve: (_p, env) => env.counted(env.pub, 'just-now', ['moments before publication', 'قبيل النشر بقليل']),
};

const DEICTIC_WORDS: Record<number, [string, string]> = {
  0: ['the same day', 'اليوم نفسه'],
  [-1]: ['the day before', 'اليوم السابق'],
  [-2]: ['two days before', 'قبل يومين'],
  1: ['the day after', 'اليوم التالي'],
  2: ['two days after', 'بعد يومين'],
};

/** «اليوم», «أمس», «غدًا», «أول أمس», «الليلة الماضية»: days from publication. */
const deictic: Rule = {
  name: 'deictic',
  when: (p) => p.dayOffset !== undefined,
  resolve: (p, env) => {
    const pub = env.pub ?? '';
    const off = p.dayOffset ?? 0;
    const counted = addDays(pub, p.period?.night === true && off < 0 ? -1 : off);
    const extra: Partial<Draft> = {};
    let value = counted;
    const late = p.weekday === undefined ? 0 : (weekdayOf(counted) - p.weekday + 7) % 7;
    const early = p.weekday === undefined ? 0 : (p.weekday - weekdayOf(counted) + 7) % 7;
    // «بكين 26 مارس 2021 (شينخوا) قالت … اليوم (الجمعة)» on a page dated three days later: «اليوم» is
    // the dateline's day, the date just given, when that date is the weekday the text names.
    const dateline = env.ctx.earlier?.at(-1);
    const isDateline =
      off === 0 &&
      p.weekday !== undefined &&
      dateline !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(dateline) &&
      weekdayOf(dateline) === p.weekday &&
      dateline < pub &&
      dateline >= addDays(pub, -7);
    if (isDateline && Math.min(late, early) > 1) {
      value = dateline;
      extra.assumptions = ['weekday-disagrees', 'dateline'];
      extra.alternatives = [{ value: counted, reading: 'the publication date is right, the weekday wrong' }];
      extra.en = ` The text's weekday (${EN_DAYS[p.weekday ?? 0] ?? ''}) is not the publication's; it is the date given just before (${describeValue(dateline, 'en')}), the dateline's day.`;
      extra.ar = ` ولا يوافق اليومُ المذكور (${AR_DAYS[p.weekday ?? 0] ?? ''}) يومَ النشر؛ وهو التاريخ المذكور قبله (${describeValue(dateline, 'ar')})، يوم كتابة الخبر.`;
    } else if (p.weekday !== undefined && weekdayOf(counted) !== p.weekday && Math.min(late, early) > 1) {
      extra.assumptions = ['weekday-disagrees'];
      extra.en = ` The text's weekday (${EN_DAYS[p.weekday] ?? ''}) does not match: the publication date may be off.`;
      extra.ar = ` ولا يوافقه اليوم المذكور (${AR_DAYS[p.weekday] ?? ''}): قد يكون تاريخ النشر غير دقيق.`;
    } else if (p.weekday !== undefined && weekdayOf(counted) !== p.weekday) {
      // «أمس الجمعة» in a text published on Sunday: the text was written a day before it was dated
      // (or a day after). The weekday the text names is kept when it is a day from the one counted.
      const wd = p.weekday;
      value = late === 1 ? addDays(counted, -1) : addDays(counted, 1);
      extra.assumptions = ['weekday-disagrees', 'weekday-kept'];
      extra.alternatives = [{ value: counted, reading: 'the publication date is right, the weekday wrong' }];
      extra.en = ` The text's weekday (${EN_DAYS[wd] ?? ''}) does not match the day counted (${describeValue(counted, 'en')}): the publication date may be late, and the weekday is kept.`;
      extra.ar = ` ولا يوافق اليومُ المذكور (${AR_DAYS[wd] ?? ''}) اليومَ المحسوب (${describeValue(counted, 'ar')})؛ فقد يكون تاريخ النشر متأخرًا، ويُعتمد اليوم المذكور.`;
    }
    return env.counted(value, 'deictic', DEICTIC_WORDS[off] ?? ['', ''], extra);
  },
};

/** A weekday: «الماضي» the one before, «المقبل» the one after, a future verb on or after, else on or before. */
const weekday: Rule = {
  name: 'weekday',
  when: (p) => p.weekday !== undefined,
  resolve: (p, env) => {
    const pub = env.pub ?? '';
    const wd = p.weekday ?? 0;
    const back = (weekdayOf(pub) - wd + 7) % 7;
    const onOrBefore = addDays(pub, -back);
    const strictlyBefore = addDays(pub, -(back || 7));
    const fwd = (wd - weekdayOf(pub) + 7) % 7;
    const onOrAfter = addDays(pub, fwd);
    const strictlyAfter = addDays(pub, fwd || 7);
    const [en, ar] = [EN_DAYS[wd] ?? '', AR_DAYS[wd] ?? ''];
    if (p.step === 2)
      return env.counted(
        p.qualifier === 'past' ? addDays(strictlyBefore, -7) : addDays(strictlyAfter, 7),
        'weekday-step',
        p.qualifier === 'past'
          ? [`“the ${en} before last”: a week before the last one`, `أي ${ar} الذي قبل الماضي`]
          : [`“the ${en} after next”: a week after the next one`, `أي ${ar} الذي بعد المقبل`],
      );
    // «هذا الجمعة»: the day of the week of publication, counted from Sunday; said of the future once
    // that day has passed, the next one.
    if (p.qualifier === 'current') {
      const ofWeek = addDays(pub, wd - weekdayOf(pub));
      const value = env.ctx.future === true && ofWeek < pub ? addDays(ofWeek, 7) : ofWeek;
      return env.counted(value, 'weekday-this-week', [
        `“this ${en}”: the ${en} of the week of that day (from Sunday)`,
        `أي ${ar} من أسبوع ذلك اليوم (من الأحد)`,
      ]);
    }
    if (p.qualifier === 'past')
      return env.counted(strictlyBefore, 'weekday-last', [
        `“last ${en}”: the ${en} before that day`,
        `أي ${ar} السابق له`,
      ]);
    if (p.qualifier === 'next')
      return env.counted(strictlyAfter, 'weekday-next', [
        `“next ${en}”: the ${en} after that day`,
        `أي ${ar} التالي له`,
      ]);
    if (env.ctx.future === true)
      return env.counted(
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
    return env.counted(
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
  },
};

/** «يوم 4 من الشهر المقبل»: a day of the month before, of or after publication. */
const dayOfMonth: Rule = {
  name: 'day-of-month',
  when: (p) => p.day !== undefined,
  resolve: (p, env) => {
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    const [y, m] = shiftMonth(P.y, P.m, p.qualifier === 'past' ? -1 : p.qualifier === 'next' ? 1 : 0);
    const day = p.day ?? 1;
    return env.counted(day <= daysInMonth(y, m) ? ymd(y, m, day) : null, 'day-of-month', [
      'a day of the month named relative to it',
      'يوم من شهر مسمّى نسبةً إليه',
    ]);
  },
};

/**
 * «منذ شهرين ويوم واحد», «قبل عام وأسبوعين»: units and finer days before or after publication, a day —
 * the months or years counted to the same day of the month (the last, where the month is shorter),
 * then the days.
 */
function offsetInDays(n: number, unit: Unit, dir: -1 | 1, days: number, env: Env): Draft {
  const pub = env.pub ?? '';
  const P = env.P ?? { y: 0, m: 1, d: 1 };
  const k = n * dir;
  let base: string;
  if (unit === 'month' || unit === 'year' || unit === 'decade') {
    const [y, m] = unit === 'month' ? shiftMonth(P.y, P.m, k) : [P.y + k * (unit === 'decade' ? 10 : 1), P.m];
    base = ymd(y, m, Math.min(P.d, daysInMonth(y, m)));
  } else base = addDays(pub, unit === 'week' ? 7 * k : unit === 'day' ? k : dir * Math.floor(n / 24));
  return env.counted(addDays(base, dir * days), 'offset', [
    `${n} ${unit}${n === 1 ? '' : 's'} and ${days} day${days === 1 ? '' : 's'} ${dir < 0 ? 'before' : 'after'}`,
    `${dir < 0 ? 'قبلها' : 'بعدها'} ${countedUnitAr(n, unit)} و${countedUnitAr(days, 'day').replace(/^بـ?/u, '')}`,
  ]);
}

/** «قبل يومين», «منذ ثلاثة أشهر», «بعد أسبوع»: a count of units before or after publication. */
const offset: Rule = {
  name: 'offset',
  when: (p) => p.offset !== undefined,
  resolve: (p, env) => {
    const o = p.offset ?? { n: null, unit: 'day', dir: -1 };
    const pub = env.pub ?? '';
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    if (o.n === null || o.approximate === true)
      return env.none('vague-offset', 'gives no exact count.', 'لا يذكر عددًا محددًا.');
    const k = o.n * o.dir;
    let value: string;
    if (o.days !== undefined) return offsetInDays(o.n, o.unit, o.dir, o.days, env);
    if (o.unit === 'hour') value = addDays(pub, o.dir * Math.floor(o.n / 24));
    else if (o.unit === 'day') value = addDays(pub, k);
    else if (o.unit === 'week') value = addDays(pub, 7 * k);
    else if (o.unit === 'month') value = ym(...shiftMonth(P.y, P.m, k));
    else value = String(P.y + k * (o.unit === 'decade' ? 10 : 1));
    return env.counted(value, 'offset', [
      `${o.n} ${o.unit}${o.n === 1 ? '' : 's'} ${o.dir < 0 ? 'before' : 'after'}`,
      `${o.dir < 0 ? 'قبلها' : 'بعدها'} ${countedUnitAr(o.n, o.unit)}`,
    ]);
  },
};

/** «خلال الـ24 ساعة الماضية», «الأيام الثلاثة المقبلة»: a window up to or after publication. */
const windowRule: Rule = {
  name: 'window',
  when: (p) => p.period?.n !== undefined,
  resolve: (p, env) => {
    const r = p.period ?? { unit: 'day', shift: 0 };
    const n = r.n ?? 1;
    const pub = env.pub ?? '';
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    const span = (u: Unit): [string, string] => {
      if (u === 'hour') return [addDays(pub, -Math.max(1, Math.ceil(n / 24))), pub];
      if (u === 'day') return [addDays(pub, -n), pub];
      if (u === 'week') return [addDays(pub, -7 * n), pub];
      if (u === 'month') return [ym(...shiftMonth(P.y, P.m, -n)), ym(P.y, P.m)];
      return [String(P.y - n * (u === 'decade' ? 10 : 1)), String(P.y)];
    };
    let [a, b] = span(r.unit);
    if (r.shift > 0)
      [a, b] =
        r.unit === 'hour'
          ? [pub, addDays(pub, Math.max(1, Math.ceil(n / 24)))]
          : r.unit === 'day'
            ? [addDays(pub, 1), addDays(pub, n)]
            : r.unit === 'week'
              ? [addDays(pub, 1), addDays(pub, 7 * n)]
              : r.unit === 'month'
                ? [ym(P.y, P.m), ym(...shiftMonth(P.y, P.m, n))]
                : [String(P.y), String(P.y + n * (r.unit === 'decade' ? 10 : 1))];
    return env.counted(`${a}/${b}`, 'window', [
      `the ${n} ${r.unit}${n === 1 ? '' : 's'} ${r.shift > 0 ? 'after' : 'up to'} that day`,
      `مدة ${countedUnitAr(n, r.unit).replace(/^بـ?/u, '')} ${r.shift > 0 ? 'بعده' : 'حتى يومه'}`,
    ]);
  },
};

/** «الليلة», «الليلة الماضية»: the evening of publication, or of the day before. */
const night: Rule = {
  name: 'night',
  when: (p) => p.period?.night === true,
  resolve: (p, env) =>
    env.counted(addDays(env.pub ?? '', (p.period?.shift ?? 0) < 0 ? -1 : 0), 'night', [
      'the night of',
      'ليلة',
    ]),
};

/**
 * «عطلة نهاية الأسبوع»: Saturday and Sunday, or Friday and Saturday; the last one in past narration,
 * the next one (on or after publication) when the clause speaks of the future.
 */
const weekend: Rule = {
  name: 'weekend',
  when: (p) => p.period?.unit === 'week' && p.period.part === 'weekend',
  resolve: (_p, env) => {
    const pub = env.pub ?? '';
    const future = env.ctx.future === true;
    // The weekend's Saturday. Past: for Saturday–Sunday the last whose Sunday is not after
    // publication, for Friday–Saturday the last Saturday on or before it. Future: the first Saturday on
    // or after publication, for both.
    const wd = weekdayOf(pub);
    const sat = addDays(pub, future ? 6 - wd : -(wd + 1));
    const sat2 = addDays(pub, future ? 6 - wd : -((wd + 1) % 7));
    const satSun = `${sat}/${addDays(sat, 1)}`;
    const friSat = `${addDays(sat2, -1)}/${sat2}`;
    const [en, ar] = future
      ? ['the next weekend, Saturday and Sunday', 'أي عطلة نهاية الأسبوع التالية، السبت والأحد']
      : ['the last weekend, Saturday and Sunday', 'أي آخر عطلة نهاية أسبوع، السبت والأحد'];
    return env.counted(satSun, 'weekend', [en, ar], {
      assumptions: ['weekend-saturday-sunday', ...(future ? ['future-weekend-is-next'] : [])],
      alternatives: [{ value: friSat, reading: 'Friday–Saturday weekend' }],
      en: ` Where the weekend is Friday and Saturday: ${describeValue(friSat, 'en')}.`,
      ar: ` وحيث تكون العطلة الجمعة والسبت: ${describeValue(friSat, 'ar')}.`,
    });
  },
};

/** «الأسبوع الماضي», «مطلع الأسبوع الجاري»: weeks from Sunday, Saturday and Monday as alternatives. */
const week: Rule = {
  name: 'week',
  when: (p) => p.period?.unit === 'week',
  resolve: (p, env) => {
    const r = p.period ?? { unit: 'week', shift: 0 };
    const pub = env.pub ?? '';
    const [first, ...others] = WEEK_STARTS.map((s) => ({
      s,
      value: partOfWeek(weekOf(pub, s.day, r.shift), r.part, pub, r.shift, env.ctx.future === true),
    }));
    if (first === undefined) return env.none('week', '', '');
    return env.counted(
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
  },
};

/** «الشهر الماضي», «أواخر الشهر المقبل»: the month before, of or after publication, or a part of it. */
const month: Rule = {
  name: 'month',
  when: (p) => p.period?.unit === 'month',
  resolve: (p, env) => {
    const r = p.period ?? { unit: 'month', shift: 0 };
    const P = env.P ?? { y: 0, m: 1, d: 1 };
    // «بمنتصف الشهر» after «في سبتمبر»: the month just named.
    const prev = r.bare === true ? last(env) : undefined;
    const named = prev === undefined ? null : parsePartialDate((prev.split('/')[0] ?? prev).slice(0, 7));
    const [y, m] = named?.month !== undefined ? [named.year, named.month] : shiftMonth(P.y, P.m, r.shift);
    const lastDay = daysInMonth(y, m);
    const value =
      r.part === 'start'
        ? `${ymd(y, m, 1)}/${ymd(y, m, 10)}`
        : r.part === 'middle'
          ? `${ymd(y, m, 11)}/${ymd(y, m, 20)}`
          : r.part === 'end'
            ? `${ymd(y, m, 21)}/${ymd(y, m, lastDay)}`
            : ym(y, m);
    if (named?.month !== undefined)
      return {
        value,
        rule: 'anaphor',
        reference: prev ?? null,
        assumptions: [],
        alternatives: [],
        en: `${q(env.text)}: the month named before it (${describeValue(ym(y, m), 'en')}): ${describeValue(value, 'en')}.`,
        ar: `${qa(env.text)}: الشهر المذكور قبله (${describeValue(ym(y, m), 'ar')}): ${describeValue(value, 'ar')}.`,
      };
    return env.counted(value, 'month', [
      r.shift < 0 ? 'the month before' : r.shift > 0 ? 'the month after' : 'the month of publication',
      r.shift < 0 ? 'الشهر السابق' : r.shift > 0 ? 'الشهر التالي' : 'شهر النشر',
    ]);
  },
};

/** «العام الماضي», «مطلع العام المقبل»: the year before, of or after publication, or a part of it. */
const year: Rule = {
  name: 'year',
  when: (p) => p.period?.unit === 'year',
  resolve: (p, env) => {
    const r = p.period ?? { unit: 'year', shift: 0 };
    const y = (env.P?.y ?? 0) + r.shift;
    const value =
      r.part === 'start'
        ? `${y}-01/${y}-03`
        : r.part === 'middle'
          ? `${y}-05/${y}-08`
          : r.part === 'end'
            ? `${y}-10/${y}-12`
            : String(y);
    return env.counted(value, 'year', [
      r.shift < 0 ? 'the year before' : r.shift > 0 ? 'the year after' : 'the year of publication',
      r.shift < 0 ? 'العام السابق' : r.shift > 0 ? 'العام التالي' : 'عام النشر',
    ]);
  },
};

/** Any other period (hours, decades) is a stretch without bounds. */
const otherPeriod: Rule = {
  name: 'vague-period',
  when: (p) => p.period !== undefined,
  resolve: (_p, env) =>
    env.none('vague-period', 'names a stretch of time without bounds.', 'يذكر مدة بلا حدود.'),
};

/** What no rule reads. */
export const UNRESOLVED: Rule = {
  name: 'unresolved',
  when: () => true,
  resolve: (_p, env) =>
    env.none('unresolved', 'cannot be placed on the calendar.', 'لا يمكن وضعه على التقويم.'),
};

export const RELATIVE_RULES: readonly Rule[] = [
  afterEarlier,
  anaphor,
  vagueOrder,
  vaguePeriod,
  // «السادس عشر من نفس الشهر» counts from the date before it, not from publication.
  dayOfSameMonth,
  noReference,
  justNow,
  deictic,
  weekday,
  dayOfMonth,
  offset,
  windowRule,
  night,
  restOfPeriod,
  weekend,
  week,
  month,
  year,
  otherPeriod,
];
