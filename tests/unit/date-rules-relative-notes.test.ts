import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { resolveDate, type DateContext, type DateReading } from '../../src/domain/date-resolver';

// What the relative rules (`date-rules-relative.ts`) give for each of their branches: the value,
// the rule, what it was counted from, the assumptions and other readings, and the note in both
// languages, which an event's basis note quotes. Parts are given as the finder makes them, so each
// rule is reached alone. Published Wednesday 26 June 2024 unless a case says otherwise. A window's
// Arabic note counts its length in Arabic («مدة 3 أيام»), where it once printed the unit in English.
type Case = [text: string, parts: ExpressionParts, ctx: DateContext, expected: DateReading];

const CASES: Case[] = [
  [
    'في وقت سابق',
    { vague: 'earlier' },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“في وقت سابق” places the event before or after another without a date.',
        ar: '«في وقت سابق» يضع الحدث قبل غيره أو بعده بلا تاريخ.',
      },
    },
  ],
  [
    'الأيام المقبلة',
    { period: { unit: 'day', shift: 1, vague: true } },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague-future-period',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأيام المقبلة” looks ahead without bounds; it dates no event.',
        ar: '«الأيام المقبلة» يتطلع إلى المستقبل بلا حدود؛ فلا يؤرّخ حدثًا.',
      },
    },
  ],
  [
    'السنوات الماضية',
    { period: { unit: 'year', shift: -1, vague: true } },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague-period',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“السنوات الماضية” names a stretch of time without bounds.',
        ar: '«السنوات الماضية» يذكر مدة بلا حدود.',
      },
    },
  ],
  [
    'أمس',
    { dayOffset: -1 },
    { published: null },
    {
      value: null,
      rule: 'no-reference',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أمس” is counted from the publication date, which is unknown.',
        ar: '«أمس» يُحسب من تاريخ النشر، وهو مجهول.',
      },
    },
  ],
  [
    'أمس',
    { dayOffset: -1 },
    { published: '2024-06' },
    {
      value: null,
      rule: 'no-reference',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أمس” is counted from the publication date, which is unknown.',
        ar: '«أمس» يُحسب من تاريخ النشر، وهو مجهول.',
      },
    },
  ],
  [
    'منذ قليل',
    { vague: 'now' },
    { published: '2024-06-26' },
    {
      value: '2024-06-26',
      rule: 'just-now',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“منذ قليل” counted from the publication date (Wednesday 26 June 2024), moments before publication: Wednesday 26 June 2024.',
        ar: '«منذ قليل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبيل النشر بقليل: الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'اليوم',
    { dayOffset: 0 },
    { published: '2024-06-26' },
    {
      value: '2024-06-26',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“اليوم” counted from the publication date (Wednesday 26 June 2024), the same day: Wednesday 26 June 2024.',
        ar: '«اليوم» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم نفسه: الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'أول أمس',
    { dayOffset: -2 },
    { published: '2024-06-26' },
    {
      value: '2024-06-24',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أول أمس” counted from the publication date (Wednesday 26 June 2024), two days before: Monday 24 June 2024.',
        ar: '«أول أمس» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبل يومين: الاثنين 24 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'بعد غد',
    { dayOffset: 2 },
    { published: '2024-06-26' },
    {
      value: '2024-06-28',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بعد غد” counted from the publication date (Wednesday 26 June 2024), two days after: Friday 28 June 2024.',
        ar: '«بعد غد» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، بعد يومين: الجمعة 28 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'غدا',
    { dayOffset: 1 },
    { published: '2024-06-26' },
    {
      value: '2024-06-27',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“غدا” counted from the publication date (Wednesday 26 June 2024), the day after: Thursday 27 June 2024.',
        ar: '«غدا» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم التالي: الخميس 27 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الليلة الماضية',
    { dayOffset: -1, period: { unit: 'day', shift: -1, night: true } },
    { published: '2024-06-26' },
    {
      value: '2024-06-25',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الليلة الماضية” counted from the publication date (Wednesday 26 June 2024), the day before: Tuesday 25 June 2024.',
        ar: '«الليلة الماضية» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم السابق: الثلاثاء 25 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'أمس الثلاثاء',
    { dayOffset: -1, weekday: 2 },
    { published: '2024-06-26' },
    {
      value: '2024-06-25',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أمس الثلاثاء” counted from the publication date (Wednesday 26 June 2024), the day before: Tuesday 25 June 2024.',
        ar: '«أمس الثلاثاء» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم السابق: الثلاثاء 25 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'أمس الاثنين',
    { dayOffset: -1, weekday: 1 },
    { published: '2024-06-26' },
    {
      value: '2024-06-24',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: ['weekday-disagrees', 'weekday-kept'],
      alternatives: [{ value: '2024-06-25', reading: 'the publication date is right, the weekday wrong' }],
      note: {
        en: "“أمس الاثنين” counted from the publication date (Wednesday 26 June 2024), the day before: Monday 24 June 2024. The text's weekday (Monday) does not match the day counted (Tuesday 25 June 2024): the publication date may be late, and the weekday is kept.",
        ar: '«أمس الاثنين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم السابق: الاثنين 24 حزيران/يونيو 2024. ولا يوافق اليومُ المذكور (الاثنين) اليومَ المحسوب (الثلاثاء 25 حزيران/يونيو 2024)؛ فقد يكون تاريخ النشر متأخرًا، ويُعتمد اليوم المذكور.',
      },
    },
  ],
  [
    'أمس الأربعاء',
    { dayOffset: -1, weekday: 3 },
    { published: '2024-06-26' },
    {
      value: '2024-06-26',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: ['weekday-disagrees', 'weekday-kept'],
      alternatives: [{ value: '2024-06-25', reading: 'the publication date is right, the weekday wrong' }],
      note: {
        en: "“أمس الأربعاء” counted from the publication date (Wednesday 26 June 2024), the day before: Wednesday 26 June 2024. The text's weekday (Wednesday) does not match the day counted (Tuesday 25 June 2024): the publication date may be late, and the weekday is kept.",
        ar: '«أمس الأربعاء» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم السابق: الأربعاء 26 حزيران/يونيو 2024. ولا يوافق اليومُ المذكور (الأربعاء) اليومَ المحسوب (الثلاثاء 25 حزيران/يونيو 2024)؛ فقد يكون تاريخ النشر متأخرًا، ويُعتمد اليوم المذكور.',
      },
    },
  ],
  [
    'أمس الجمعة',
    { dayOffset: -1, weekday: 5 },
    { published: '2024-06-26' },
    {
      value: '2024-06-25',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: ['weekday-disagrees'],
      alternatives: [],
      note: {
        en: "“أمس الجمعة” counted from the publication date (Wednesday 26 June 2024), the day before: Tuesday 25 June 2024. The text's weekday (Friday) does not match: the publication date may be off.",
        ar: '«أمس الجمعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم السابق: الثلاثاء 25 حزيران/يونيو 2024. ولا يوافقه اليوم المذكور (الجمعة): قد يكون تاريخ النشر غير دقيق.',
      },
    },
  ],
  [
    'اليوم الجمعة',
    { dayOffset: 0, weekday: 5 },
    { published: '2024-06-26', earlier: ['2024-06-21'] },
    {
      value: '2024-06-21',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: ['weekday-disagrees', 'dateline'],
      alternatives: [{ value: '2024-06-26', reading: 'the publication date is right, the weekday wrong' }],
      note: {
        en: "“اليوم الجمعة” counted from the publication date (Wednesday 26 June 2024), the same day: Friday 21 June 2024. The text's weekday (Friday) is not the publication's; it is the date given just before (Friday 21 June 2024), the dateline's day.",
        ar: '«اليوم الجمعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم نفسه: الجمعة 21 حزيران/يونيو 2024. ولا يوافق اليومُ المذكور (الجمعة) يومَ النشر؛ وهو التاريخ المذكور قبله (الجمعة 21 حزيران/يونيو 2024)، يوم كتابة الخبر.',
      },
    },
  ],
  [
    'اليوم الجمعة',
    { dayOffset: 0, weekday: 5 },
    { published: '2024-06-26', earlier: ['2024-06-14'] },
    {
      value: '2024-06-26',
      rule: 'deictic',
      reference: '2024-06-26',
      assumptions: ['weekday-disagrees'],
      alternatives: [],
      note: {
        en: "“اليوم الجمعة” counted from the publication date (Wednesday 26 June 2024), the same day: Wednesday 26 June 2024. The text's weekday (Friday) does not match: the publication date may be off.",
        ar: '«اليوم الجمعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اليوم نفسه: الأربعاء 26 حزيران/يونيو 2024. ولا يوافقه اليوم المذكور (الجمعة): قد يكون تاريخ النشر غير دقيق.',
      },
    },
  ],
  [
    'الخميس قبل الماضي',
    { weekday: 4, qualifier: 'past', step: 2 },
    { published: '2024-06-26' },
    {
      value: '2024-06-13',
      rule: 'weekday-step',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الخميس قبل الماضي” counted from the publication date (Wednesday 26 June 2024), “the Thursday before last”: a week before the last one: Thursday 13 June 2024.',
        ar: '«الخميس قبل الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي الخميس الذي قبل الماضي: الخميس 13 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الخميس بعد المقبل',
    { weekday: 4, qualifier: 'next', step: 2 },
    { published: '2024-06-26' },
    {
      value: '2024-07-04',
      rule: 'weekday-step',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الخميس بعد المقبل” counted from the publication date (Wednesday 26 June 2024), “the Thursday after next”: a week after the next one: Thursday 4 July 2024.',
        ar: '«الخميس بعد المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي الخميس الذي بعد المقبل: الخميس 4 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'الأربعاء الماضي',
    { weekday: 3, qualifier: 'past' },
    { published: '2024-06-26' },
    {
      value: '2024-06-19',
      rule: 'weekday-last',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأربعاء الماضي” counted from the publication date (Wednesday 26 June 2024), “last Wednesday”: the Wednesday before that day: Wednesday 19 June 2024.',
        ar: '«الأربعاء الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي الأربعاء السابق له: الأربعاء 19 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأربعاء المقبل',
    { weekday: 3, qualifier: 'next' },
    { published: '2024-06-26' },
    {
      value: '2024-07-03',
      rule: 'weekday-next',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأربعاء المقبل” counted from the publication date (Wednesday 26 June 2024), “next Wednesday”: the Wednesday after that day: Wednesday 3 July 2024.',
        ar: '«الأربعاء المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي الأربعاء التالي له: الأربعاء 3 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'الأربعاء',
    { weekday: 3 },
    { published: '2024-06-26', future: true },
    {
      value: '2024-06-26',
      rule: 'weekday-future',
      reference: '2024-06-26',
      assumptions: ['future-weekday-is-next'],
      alternatives: [{ value: '2024-06-26', reading: 'past narration' }],
      note: {
        en: '“الأربعاء” counted from the publication date (Wednesday 26 June 2024), said of the future: the first Wednesday on or after that day: Wednesday 26 June 2024.',
        ar: '«الأربعاء» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، في سياق المستقبل: أول الأربعاء في يوم النشر أو بعده: الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأربعاء',
    { weekday: 3 },
    { published: '2024-06-26' },
    {
      value: '2024-06-26',
      rule: 'weekday-past',
      reference: '2024-06-26',
      assumptions: ['bare-weekday-is-past'],
      alternatives: [{ value: '2024-06-26', reading: 'future' }],
      note: {
        en: '“الأربعاء” counted from the publication date (Wednesday 26 June 2024), a bare weekday in news narration: the last Wednesday on or before that day: Wednesday 26 June 2024.',
        ar: '«الأربعاء» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اسم يوم بلا قرينة في سرد الخبر: آخر الأربعاء في يوم النشر أو قبله: الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الخميس',
    { weekday: 4 },
    { published: '2024-06-26' },
    {
      value: '2024-06-20',
      rule: 'weekday-past',
      reference: '2024-06-26',
      assumptions: ['bare-weekday-is-past'],
      alternatives: [{ value: '2024-06-27', reading: 'future' }],
      note: {
        en: '“الخميس” counted from the publication date (Wednesday 26 June 2024), a bare weekday in news narration: the last Thursday on or before that day: Thursday 20 June 2024.',
        ar: '«الخميس» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، اسم يوم بلا قرينة في سرد الخبر: آخر الخميس في يوم النشر أو قبله: الخميس 20 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'يوم 4 من الشهر المقبل',
    { day: 4, qualifier: 'next' },
    { published: '2024-06-26' },
    {
      value: '2024-07-04',
      rule: 'day-of-month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“يوم 4 من الشهر المقبل” counted from the publication date (Wednesday 26 June 2024), a day of the month named relative to it: Thursday 4 July 2024.',
        ar: '«يوم 4 من الشهر المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، يوم من شهر مسمّى نسبةً إليه: الخميس 4 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'يوم 31 من الشهر الماضي',
    { day: 31, qualifier: 'past' },
    { published: '2024-06-26' },
    {
      value: '2024-05-31',
      rule: 'day-of-month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“يوم 31 من الشهر الماضي” counted from the publication date (Wednesday 26 June 2024), a day of the month named relative to it: Friday 31 May 2024.',
        ar: '«يوم 31 من الشهر الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، يوم من شهر مسمّى نسبةً إليه: الجمعة 31 أيار/مايو 2024.',
      },
    },
  ],
  [
    'يوم 31 من هذا الشهر',
    { day: 31 },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'day-of-month',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“يوم 31 من هذا الشهر” a day of the month named relative to it',
        ar: '«يوم 31 من هذا الشهر» يوم من شهر مسمّى نسبةً إليه',
      },
    },
  ],
  [
    'قبل أيام',
    { offset: { n: null, unit: 'day', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague-offset',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: { en: '“قبل أيام” gives no exact count.', ar: '«قبل أيام» لا يذكر عددًا محددًا.' },
    },
  ],
  [
    'قبل نحو ثلاثة أيام',
    { offset: { n: 3, unit: 'day', dir: -1, approximate: true } },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague-offset',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“قبل نحو ثلاثة أيام” gives no exact count.',
        ar: '«قبل نحو ثلاثة أيام» لا يذكر عددًا محددًا.',
      },
    },
  ],
  [
    'قبل 48 ساعة',
    { offset: { n: 48, unit: 'hour', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-24',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“قبل 48 ساعة” counted from the publication date (Wednesday 26 June 2024), 48 hours before: Monday 24 June 2024.',
        ar: '«قبل 48 ساعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بـ48 ساعة: الاثنين 24 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'بعد 30 ساعة',
    { offset: { n: 30, unit: 'hour', dir: 1 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-27',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بعد 30 ساعة” counted from the publication date (Wednesday 26 June 2024), 30 hours after: Thursday 27 June 2024.',
        ar: '«بعد 30 ساعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، بعدها بـ30 ساعة: الخميس 27 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'قبل يوم',
    { offset: { n: 1, unit: 'day', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-25',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“قبل يوم” counted from the publication date (Wednesday 26 June 2024), 1 day before: Tuesday 25 June 2024.',
        ar: '«قبل يوم» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بيوم: الثلاثاء 25 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'بعد أسبوعين',
    { offset: { n: 2, unit: 'week', dir: 1 } },
    { published: '2024-06-26' },
    {
      value: '2024-07-10',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بعد أسبوعين” counted from the publication date (Wednesday 26 June 2024), 2 weeks after: Wednesday 10 July 2024.',
        ar: '«بعد أسبوعين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، بعدها بأسبوعين: الأربعاء 10 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'منذ 7 أشهر',
    { offset: { n: 7, unit: 'month', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: '2023-11',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“منذ 7 أشهر” counted from the publication date (Wednesday 26 June 2024), 7 months before: November 2023.',
        ar: '«منذ 7 أشهر» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بـ7 أشهر: تشرين الثاني/نوفمبر 2023.',
      },
    },
  ],
  [
    'قبل 3 سنوات',
    { offset: { n: 3, unit: 'year', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: '2021',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“قبل 3 سنوات” counted from the publication date (Wednesday 26 June 2024), 3 years before: 2021.',
        ar: '«قبل 3 سنوات» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بـ3 سنوات: 2021.',
      },
    },
  ],
  [
    'قبل عقدين',
    { offset: { n: 2, unit: 'decade', dir: -1 } },
    { published: '2024-06-26' },
    {
      value: '2004',
      rule: 'offset',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“قبل عقدين” counted from the publication date (Wednesday 26 June 2024), 2 decades before: 2004.',
        ar: '«قبل عقدين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بعقدين: 2004.',
      },
    },
  ],
  [
    'خلال الـ24 ساعة الماضية',
    { period: { unit: 'hour', shift: -1, n: 24 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-25/2024-06-26',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“خلال الـ24 ساعة الماضية” counted from the publication date (Wednesday 26 June 2024), the 24 hours up to that day: Tuesday 25 June 2024 to Wednesday 26 June 2024.',
        ar: '«خلال الـ24 ساعة الماضية» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 24 ساعة حتى يومه: من الثلاثاء 25 حزيران/يونيو 2024 إلى الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'خلال الـ72 ساعة المقبلة',
    { period: { unit: 'hour', shift: 1, n: 72 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-26/2024-06-29',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“خلال الـ72 ساعة المقبلة” counted from the publication date (Wednesday 26 June 2024), the 72 hours after that day: Wednesday 26 June 2024 to Saturday 29 June 2024.',
        ar: '«خلال الـ72 ساعة المقبلة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 72 ساعة بعده: من الأربعاء 26 حزيران/يونيو 2024 إلى السبت 29 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأيام الثلاثة الماضية',
    { period: { unit: 'day', shift: -1, n: 3 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-23/2024-06-26',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأيام الثلاثة الماضية” counted from the publication date (Wednesday 26 June 2024), the 3 days up to that day: Sunday 23 June 2024 to Wednesday 26 June 2024.',
        ar: '«الأيام الثلاثة الماضية» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 3 أيام حتى يومه: من الأحد 23 حزيران/يونيو 2024 إلى الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأيام الثلاثة المقبلة',
    { period: { unit: 'day', shift: 1, n: 3 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-27/2024-06-29',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأيام الثلاثة المقبلة” counted from the publication date (Wednesday 26 June 2024), the 3 days after that day: Thursday 27 June 2024 to Saturday 29 June 2024.',
        ar: '«الأيام الثلاثة المقبلة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 3 أيام بعده: من الخميس 27 حزيران/يونيو 2024 إلى السبت 29 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأسبوعين الماضيين',
    { period: { unit: 'week', shift: -1, n: 2 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-12/2024-06-26',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأسبوعين الماضيين” counted from the publication date (Wednesday 26 June 2024), the 2 weeks up to that day: Wednesday 12 June 2024 to Wednesday 26 June 2024.',
        ar: '«الأسبوعين الماضيين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة أسبوعين حتى يومه: من الأربعاء 12 حزيران/يونيو 2024 إلى الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأسبوعين المقبلين',
    { period: { unit: 'week', shift: 1, n: 2 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-27/2024-07-10',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأسبوعين المقبلين” counted from the publication date (Wednesday 26 June 2024), the 2 weeks after that day: Thursday 27 June 2024 to Wednesday 10 July 2024.',
        ar: '«الأسبوعين المقبلين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة أسبوعين بعده: من الخميس 27 حزيران/يونيو 2024 إلى الأربعاء 10 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'الأشهر الستة الماضية',
    { period: { unit: 'month', shift: -1, n: 6 } },
    { published: '2024-06-26' },
    {
      value: '2023-12/2024-06',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأشهر الستة الماضية” counted from the publication date (Wednesday 26 June 2024), the 6 months up to that day: December 2023 to June 2024.',
        ar: '«الأشهر الستة الماضية» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 6 أشهر حتى يومه: من كانون الأول/ديسمبر 2023 إلى حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأشهر الستة المقبلة',
    { period: { unit: 'month', shift: 1, n: 6 } },
    { published: '2024-06-26' },
    {
      value: '2024-06/2024-12',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الأشهر الستة المقبلة” counted from the publication date (Wednesday 26 June 2024), the 6 months after that day: June 2024 to December 2024.',
        ar: '«الأشهر الستة المقبلة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 6 أشهر بعده: من حزيران/يونيو 2024 إلى كانون الأول/ديسمبر 2024.',
      },
    },
  ],
  [
    'السنوات الخمس الماضية',
    { period: { unit: 'year', shift: -1, n: 5 } },
    { published: '2024-06-26' },
    {
      value: '2019/2024',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“السنوات الخمس الماضية” counted from the publication date (Wednesday 26 June 2024), the 5 years up to that day: 2019 to 2024.',
        ar: '«السنوات الخمس الماضية» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 5 سنوات حتى يومه: من 2019 إلى 2024.',
      },
    },
  ],
  [
    'السنوات الخمس المقبلة',
    { period: { unit: 'year', shift: 1, n: 5 } },
    { published: '2024-06-26' },
    {
      value: '2024/2029',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“السنوات الخمس المقبلة” counted from the publication date (Wednesday 26 June 2024), the 5 years after that day: 2024 to 2029.',
        ar: '«السنوات الخمس المقبلة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة 5 سنوات بعده: من 2024 إلى 2029.',
      },
    },
  ],
  [
    'العقد الماضي',
    { period: { unit: 'decade', shift: -1, n: 1 } },
    { published: '2024-06-26' },
    {
      value: '2014/2024',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“العقد الماضي” counted from the publication date (Wednesday 26 June 2024), the 1 decade up to that day: 2014 to 2024.',
        ar: '«العقد الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة عقد حتى يومه: من 2014 إلى 2024.',
      },
    },
  ],
  [
    'العقدين المقبلين',
    { period: { unit: 'decade', shift: 1, n: 2 } },
    { published: '2024-06-26' },
    {
      value: '2024/2044',
      rule: 'window',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“العقدين المقبلين” counted from the publication date (Wednesday 26 June 2024), the 2 decades after that day: 2024 to 2044.',
        ar: '«العقدين المقبلين» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، مدة عقدين بعده: من 2024 إلى 2044.',
      },
    },
  ],
  [
    'الليلة',
    { period: { unit: 'day', shift: 0, night: true } },
    { published: '2024-06-26' },
    {
      value: '2024-06-26',
      rule: 'night',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الليلة” counted from the publication date (Wednesday 26 June 2024), the night of: Wednesday 26 June 2024.',
        ar: '«الليلة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، ليلة: الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'عطلة نهاية الأسبوع',
    { period: { unit: 'week', shift: 0, part: 'weekend' } },
    { published: '2024-06-26' },
    {
      value: '2024-06-22/2024-06-23',
      rule: 'weekend',
      reference: '2024-06-26',
      assumptions: ['weekend-saturday-sunday'],
      alternatives: [{ value: '2024-06-21/2024-06-22', reading: 'Friday–Saturday weekend' }],
      note: {
        en: '“عطلة نهاية الأسبوع” counted from the publication date (Wednesday 26 June 2024), the last weekend, Saturday and Sunday: Saturday 22 June 2024 to Sunday 23 June 2024. Where the weekend is Friday and Saturday: Friday 21 June 2024 to Saturday 22 June 2024.',
        ar: '«عطلة نهاية الأسبوع» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي آخر عطلة نهاية أسبوع، السبت والأحد: من السبت 22 حزيران/يونيو 2024 إلى الأحد 23 حزيران/يونيو 2024. وحيث تكون العطلة الجمعة والسبت: من الجمعة 21 حزيران/يونيو 2024 إلى السبت 22 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'عطلة نهاية الأسبوع',
    { period: { unit: 'week', shift: 0, part: 'weekend' } },
    { published: '2024-06-26', future: true },
    {
      value: '2024-06-29/2024-06-30',
      rule: 'weekend',
      reference: '2024-06-26',
      assumptions: ['weekend-saturday-sunday', 'future-weekend-is-next'],
      alternatives: [{ value: '2024-06-28/2024-06-29', reading: 'Friday–Saturday weekend' }],
      note: {
        en: '“عطلة نهاية الأسبوع” counted from the publication date (Wednesday 26 June 2024), the next weekend, Saturday and Sunday: Saturday 29 June 2024 to Sunday 30 June 2024. Where the weekend is Friday and Saturday: Friday 28 June 2024 to Saturday 29 June 2024.',
        ar: '«عطلة نهاية الأسبوع» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي عطلة نهاية الأسبوع التالية، السبت والأحد: من السبت 29 حزيران/يونيو 2024 إلى الأحد 30 حزيران/يونيو 2024. وحيث تكون العطلة الجمعة والسبت: من الجمعة 28 حزيران/يونيو 2024 إلى السبت 29 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'عطلة نهاية الأسبوع',
    { period: { unit: 'week', shift: 0, part: 'weekend' } },
    { published: '2024-06-29' },
    {
      value: '2024-06-22/2024-06-23',
      rule: 'weekend',
      reference: '2024-06-29',
      assumptions: ['weekend-saturday-sunday'],
      alternatives: [{ value: '2024-06-28/2024-06-29', reading: 'Friday–Saturday weekend' }],
      note: {
        en: '“عطلة نهاية الأسبوع” counted from the publication date (Saturday 29 June 2024), the last weekend, Saturday and Sunday: Saturday 22 June 2024 to Sunday 23 June 2024. Where the weekend is Friday and Saturday: Friday 28 June 2024 to Saturday 29 June 2024.',
        ar: '«عطلة نهاية الأسبوع» محسوبًا من تاريخ النشر (السبت 29 حزيران/يونيو 2024)، أي آخر عطلة نهاية أسبوع، السبت والأحد: من السبت 22 حزيران/يونيو 2024 إلى الأحد 23 حزيران/يونيو 2024. وحيث تكون العطلة الجمعة والسبت: من الجمعة 28 حزيران/يونيو 2024 إلى السبت 29 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الأسبوع الماضي',
    { period: { unit: 'week', shift: -1 } },
    { published: '2024-06-26' },
    {
      value: '2024-06-16/2024-06-22',
      rule: 'week',
      reference: '2024-06-26',
      assumptions: ['week-starts-sunday'],
      alternatives: [
        { value: '2024-06-15/2024-06-21', reading: 'week from Saturday' },
        { value: '2024-06-17/2024-06-23', reading: 'week from Monday' },
      ],
      note: {
        en: '“الأسبوع الماضي” counted from the publication date (Wednesday 26 June 2024), the week, counted from Sunday: Sunday 16 June 2024 to Saturday 22 June 2024. With the week from Saturday: Saturday 15 June 2024 to Friday 21 June 2024; from Monday: Monday 17 June 2024 to Sunday 23 June 2024.',
        ar: '«الأسبوع الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الأسبوع محسوبًا من الأحد: من الأحد 16 حزيران/يونيو 2024 إلى السبت 22 حزيران/يونيو 2024. وإذا بدأ الأسبوع بالسبت: من السبت 15 حزيران/يونيو 2024 إلى الجمعة 21 حزيران/يونيو 2024؛ وبالاثنين: من الاثنين 17 حزيران/يونيو 2024 إلى الأحد 23 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'مطلع الأسبوع الجاري',
    { period: { unit: 'week', shift: 0, part: 'start' } },
    { published: '2024-06-26' },
    {
      value: '2024-06-23/2024-06-25',
      rule: 'week',
      reference: '2024-06-26',
      assumptions: ['week-starts-sunday'],
      alternatives: [
        { value: '2024-06-22/2024-06-24', reading: 'week from Saturday' },
        { value: '2024-06-24/2024-06-26', reading: 'week from Monday' },
      ],
      note: {
        en: '“مطلع الأسبوع الجاري” counted from the publication date (Wednesday 26 June 2024), the week (start of it), counted from Sunday: Sunday 23 June 2024 to Tuesday 25 June 2024. With the week from Saturday: Saturday 22 June 2024 to Monday 24 June 2024; from Monday: Monday 24 June 2024 to Wednesday 26 June 2024.',
        ar: '«مطلع الأسبوع الجاري» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الأسبوع (جزء منه) محسوبًا من الأحد: من الأحد 23 حزيران/يونيو 2024 إلى الثلاثاء 25 حزيران/يونيو 2024. وإذا بدأ الأسبوع بالسبت: من السبت 22 حزيران/يونيو 2024 إلى الاثنين 24 حزيران/يونيو 2024؛ وبالاثنين: من الاثنين 24 حزيران/يونيو 2024 إلى الأربعاء 26 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'الشهر الماضي',
    { period: { unit: 'month', shift: -1 } },
    { published: '2024-06-26' },
    {
      value: '2024-05',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الشهر الماضي” counted from the publication date (Wednesday 26 June 2024), the month before: May 2024.',
        ar: '«الشهر الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الشهر السابق: أيار/مايو 2024.',
      },
    },
  ],
  [
    'الشهر المقبل',
    { period: { unit: 'month', shift: 1 } },
    { published: '2024-06-26' },
    {
      value: '2024-07',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الشهر المقبل” counted from the publication date (Wednesday 26 June 2024), the month after: July 2024.',
        ar: '«الشهر المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الشهر التالي: تموز/يوليو 2024.',
      },
    },
  ],
  [
    'هذا الشهر',
    { period: { unit: 'month', shift: 0 } },
    { published: '2024-06-26' },
    {
      value: '2024-06',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“هذا الشهر” counted from the publication date (Wednesday 26 June 2024), the month of publication: June 2024.',
        ar: '«هذا الشهر» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، شهر النشر: حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'مطلع الشهر',
    { period: { unit: 'month', shift: 0, part: 'start' } },
    { published: '2024-06-26' },
    {
      value: '2024-06-01/2024-06-10',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“مطلع الشهر” counted from the publication date (Wednesday 26 June 2024), the month of publication: Saturday 1 June 2024 to Monday 10 June 2024.',
        ar: '«مطلع الشهر» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، شهر النشر: من السبت 1 حزيران/يونيو 2024 إلى الاثنين 10 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'منتصف الشهر المقبل',
    { period: { unit: 'month', shift: 1, part: 'middle' } },
    { published: '2024-06-26' },
    {
      value: '2024-07-11/2024-07-20',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“منتصف الشهر المقبل” counted from the publication date (Wednesday 26 June 2024), the month after: Thursday 11 July 2024 to Saturday 20 July 2024.',
        ar: '«منتصف الشهر المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الشهر التالي: من الخميس 11 تموز/يوليو 2024 إلى السبت 20 تموز/يوليو 2024.',
      },
    },
  ],
  [
    'أواخر شباط',
    { period: { unit: 'month', shift: -4, part: 'end' } },
    { published: '2024-06-26' },
    {
      value: '2024-02-21/2024-02-29',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أواخر شباط” counted from the publication date (Wednesday 26 June 2024), the month before: Wednesday 21 February 2024 to Thursday 29 February 2024.',
        ar: '«أواخر شباط» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، الشهر السابق: من الأربعاء 21 شباط/فبراير 2024 إلى الخميس 29 شباط/فبراير 2024.',
      },
    },
  ],
  [
    'بمنتصف الشهر',
    { period: { unit: 'month', shift: 0, part: 'middle', bare: true } },
    { published: '2024-06-26', earlier: ['2023-09'] },
    {
      value: '2023-09-11/2023-09-20',
      rule: 'anaphor',
      reference: '2023-09',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بمنتصف الشهر”: the month named before it (September 2023): Monday 11 September 2023 to Wednesday 20 September 2023.',
        ar: '«بمنتصف الشهر»: الشهر المذكور قبله (أيلول/سبتمبر 2023): من الاثنين 11 أيلول/سبتمبر 2023 إلى الأربعاء 20 أيلول/سبتمبر 2023.',
      },
    },
  ],
  [
    'بمنتصف الشهر',
    { period: { unit: 'month', shift: 0, part: 'middle', bare: true } },
    { published: '2024-06-26', earlier: ['2023-09-05/2023-09-08'] },
    {
      value: '2023-09-11/2023-09-20',
      rule: 'anaphor',
      reference: '2023-09-05/2023-09-08',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بمنتصف الشهر”: the month named before it (September 2023): Monday 11 September 2023 to Wednesday 20 September 2023.',
        ar: '«بمنتصف الشهر»: الشهر المذكور قبله (أيلول/سبتمبر 2023): من الاثنين 11 أيلول/سبتمبر 2023 إلى الأربعاء 20 أيلول/سبتمبر 2023.',
      },
    },
  ],
  [
    'بمنتصف الشهر',
    { period: { unit: 'month', shift: 0, part: 'middle', bare: true } },
    { published: '2024-06-26', earlier: ['2023'] },
    {
      value: '2024-06-11/2024-06-20',
      rule: 'month',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“بمنتصف الشهر” counted from the publication date (Wednesday 26 June 2024), the month of publication: Tuesday 11 June 2024 to Thursday 20 June 2024.',
        ar: '«بمنتصف الشهر» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، شهر النشر: من الثلاثاء 11 حزيران/يونيو 2024 إلى الخميس 20 حزيران/يونيو 2024.',
      },
    },
  ],
  [
    'العام الماضي',
    { period: { unit: 'year', shift: -1 } },
    { published: '2024-06-26' },
    {
      value: '2023',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“العام الماضي” counted from the publication date (Wednesday 26 June 2024), the year before: 2023.',
        ar: '«العام الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، العام السابق: 2023.',
      },
    },
  ],
  [
    'العام المقبل',
    { period: { unit: 'year', shift: 1 } },
    { published: '2024-06-26' },
    {
      value: '2025',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“العام المقبل” counted from the publication date (Wednesday 26 June 2024), the year after: 2025.',
        ar: '«العام المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، العام التالي: 2025.',
      },
    },
  ],
  [
    'هذا العام',
    { period: { unit: 'year', shift: 0 } },
    { published: '2024-06-26' },
    {
      value: '2024',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“هذا العام” counted from the publication date (Wednesday 26 June 2024), the year of publication: 2024.',
        ar: '«هذا العام» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، عام النشر: 2024.',
      },
    },
  ],
  [
    'مطلع العام',
    { period: { unit: 'year', shift: 0, part: 'start' } },
    { published: '2024-06-26' },
    {
      value: '2024-01/2024-03',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“مطلع العام” counted from the publication date (Wednesday 26 June 2024), the year of publication: January 2024 to March 2024.',
        ar: '«مطلع العام» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، عام النشر: من كانون الثاني/يناير 2024 إلى آذار/مارس 2024.',
      },
    },
  ],
  [
    'منتصف العام المقبل',
    { period: { unit: 'year', shift: 1, part: 'middle' } },
    { published: '2024-06-26' },
    {
      value: '2025-05/2025-08',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“منتصف العام المقبل” counted from the publication date (Wednesday 26 June 2024), the year after: May 2025 to August 2025.',
        ar: '«منتصف العام المقبل» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، العام التالي: من أيار/مايو 2025 إلى آب/أغسطس 2025.',
      },
    },
  ],
  [
    'أواخر العام الماضي',
    { period: { unit: 'year', shift: -1, part: 'end' } },
    { published: '2024-06-26' },
    {
      value: '2023-10/2023-12',
      rule: 'year',
      reference: '2024-06-26',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أواخر العام الماضي” counted from the publication date (Wednesday 26 June 2024), the year before: October 2023 to December 2023.',
        ar: '«أواخر العام الماضي» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، العام السابق: من تشرين الأول/أكتوبر 2023 إلى كانون الأول/ديسمبر 2023.',
      },
    },
  ],
  [
    'الساعات الماضية',
    { period: { unit: 'hour', shift: -1 } },
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'vague-period',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: {
        en: '“الساعات الماضية” names a stretch of time without bounds.',
        ar: '«الساعات الماضية» يذكر مدة بلا حدود.',
      },
    },
  ],
  [
    'شيء',
    {},
    { published: '2024-06-26' },
    {
      value: null,
      rule: 'unresolved',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: { en: '“شيء” cannot be placed on the calendar.', ar: '«شيء» لا يمكن وضعه على التقويم.' },
    },
  ],
];

describe('the relative rules, branch by branch', () => {
  it.each(CASES)('reads «%s»', (text, parts, ctx, expected) => {
    expect(resolveDate({ start: 0, end: text.length, text, kind: 'relative', parts }, ctx)).toEqual(expected);
  });
});
