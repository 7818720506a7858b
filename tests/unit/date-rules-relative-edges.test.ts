import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { resolveDate, type DateContext } from '../../src/domain/date-resolver';

// The relative rules (`date-rules-relative.ts`) at the edges their other tests leave open: an offset
// of two units, «هذا» before a weekday, the dateline's day and when it is not taken, a window counted
// in hours, a month word after a month named. Published Wednesday 26 June 2024 unless a case says
// otherwise.
const PUB = '2024-06-26';

/** One expression with the parts the finder makes, resolved alone: value, rule and both notes. */
function resolve(text: string, parts: ExpressionParts, ctx: DateContext) {
  const r = resolveDate({ start: 0, end: text.length, text, kind: 'relative', parts }, ctx);
  return { value: r.value, rule: r.rule, assumptions: r.assumptions, en: r.note.en, ar: r.note.ar };
}

/** Each expression of a sentence: its words, value and rule. */
const read = (text: string, published: string | null): [string, string | null, string][] =>
  analyseDates(text, published).map((e) => [e.text, e.value, e.rule]);

describe('an offset of two units', () => {
  it('counts months to the same day, then the days, and says both in its note', () => {
    expect(
      resolve(
        'منذ شهرين ويوم واحد',
        { offset: { n: 2, unit: 'month', dir: -1, days: 1 } },
        { published: PUB },
      ),
    ).toEqual({
      value: '2024-04-25',
      rule: 'offset',
      assumptions: [],
      en: '“منذ شهرين ويوم واحد” counted from the publication date (Wednesday 26 June 2024), 2 months and 1 day before: Thursday 25 April 2024.',
      ar: '«منذ شهرين ويوم واحد» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، قبلها بشهرين ويوم: الخميس 25 نيسان/أبريل 2024.',
    });
  });

  it('stops at the last day of a shorter month before counting the days', () => {
    // 31 March less a month is 29 February (2024 is a leap year), less two days 27 February.
    expect(
      resolve(
        'منذ شهر ويومين',
        { offset: { n: 1, unit: 'month', dir: -1, days: 2 } },
        { published: '2024-03-31' },
      ),
    ).toEqual({
      value: '2024-02-27',
      rule: 'offset',
      assumptions: [],
      en: '“منذ شهر ويومين” counted from the publication date (Sunday 31 March 2024), 1 month and 2 days before: Tuesday 27 February 2024.',
      ar: '«منذ شهر ويومين» محسوبًا من تاريخ النشر (الأحد 31 آذار/مارس 2024)، قبلها بشهر ويومين: الثلاثاء 27 شباط/فبراير 2024.',
    });
    // 29 February 2024 and a year is 28 February 2025, and a day 1 March.
    expect(
      resolve(
        'بعد عام ويوم',
        { offset: { n: 1, unit: 'year', dir: 1, days: 1 } },
        { published: '2024-02-29' },
      ),
    ).toEqual({
      value: '2025-03-01',
      rule: 'offset',
      assumptions: [],
      en: '“بعد عام ويوم” counted from the publication date (Thursday 29 February 2024), 1 year and 1 day after: Saturday 1 March 2025.',
      ar: '«بعد عام ويوم» محسوبًا من تاريخ النشر (الخميس 29 شباط/فبراير 2024)، بعدها بسنة ويوم: السبت 1 آذار/مارس 2025.',
    });
  });

  it('counts a decade as ten years, a week as seven days, hours as whole days', () => {
    const value = (text: string, offset: NonNullable<ExpressionParts['offset']>) =>
      resolve(text, { offset }, { published: PUB }).value;
    expect(value('قبل عقد ويومين', { n: 1, unit: 'decade', dir: -1, days: 2 })).toBe('2014-06-24');
    expect(value('بعد أسبوعين و3 أيام', { n: 2, unit: 'week', dir: 1, days: 3 })).toBe('2024-07-13');
    expect(value('قبل يومين ويوم', { n: 2, unit: 'day', dir: -1, days: 1 })).toBe('2024-06-23');
    // 50 hours are two whole days.
    expect(value('قبل 50 ساعة ويوم', { n: 50, unit: 'hour', dir: -1, days: 1 })).toBe('2024-06-23');
    expect(
      resolve('بعد أسبوعين و3 أيام', { offset: { n: 2, unit: 'week', dir: 1, days: 3 } }, { published: PUB }),
    ).toMatchObject({
      en: '“بعد أسبوعين و3 أيام” counted from the publication date (Wednesday 26 June 2024), 2 weeks and 3 days after: Saturday 13 July 2024.',
      ar: '«بعد أسبوعين و3 أيام» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، بعدها بأسبوعين و3 أيام: السبت 13 تموز/يوليو 2024.',
    });
  });
});

describe('«هذا» before a weekday', () => {
  it('is the day of the week of publication, the next one when said of the future after it passed', () => {
    expect(read('وصل هذا الاثنين', PUB)).toEqual([['هذا الاثنين', '2024-06-24', 'weekday-this-week']]);
    expect(read('سيصل هذا الاثنين', PUB)).toEqual([['هذا الاثنين', '2024-07-01', 'weekday-this-week']]);
    expect(read('سيصل هذا الجمعة', PUB)).toEqual([['هذا الجمعة', '2024-06-28', 'weekday-this-week']]);
    // Said of the future on that very day, it is that day.
    expect(read('سيصل هذا الأربعاء', PUB)).toEqual([['هذا الأربعاء', '2024-06-26', 'weekday-this-week']]);
    expect(resolve('هذا الجمعة', { weekday: 5, qualifier: 'current' }, { published: PUB })).toMatchObject({
      en: '“هذا الجمعة” counted from the publication date (Wednesday 26 June 2024), “this Friday”: the Friday of the week of that day (from Sunday): Friday 28 June 2024.',
      ar: '«هذا الجمعة» محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي الجمعة من أسبوع ذلك اليوم (من الأحد): الجمعة 28 حزيران/يونيو 2024.',
    });
  });
});

describe('«اليوم (الجمعة)» after a dateline', () => {
  // «بكين 26 مارس 2021 (شينخوا) قالت … اليوم (الجمعة)» on a page dated Monday 29 March.
  const today = (published: string, earlier: string, dayOffset = 0) =>
    resolve(
      dayOffset === 0 ? 'اليوم (الجمعة)' : 'أمس (الجمعة)',
      { dayOffset, weekday: 5 },
      { published, earlier: [earlier] },
    );

  it('is the date just given when that date is the weekday named, in the week before publication', () => {
    expect(today('2021-03-29', '2021-03-26')).toMatchObject({
      value: '2021-03-26',
      assumptions: ['weekday-disagrees', 'dateline'],
    });
  });

  it('is not a range before it, a date of another weekday, a date after publication, or «أمس»', () => {
    for (const earlier of ['2021-03-26/2021-03-27', '2021-03-20/2021-03-26', '2021-03-25'])
      expect(today('2021-03-29', earlier)).toMatchObject({
        value: '2021-03-29',
        assumptions: ['weekday-disagrees'],
      });
    expect(today('2021-03-24', '2021-03-26')).toMatchObject({
      value: '2021-03-24',
      assumptions: ['weekday-disagrees'],
    });
    expect(today('2021-03-29', '2021-03-26', -1)).toMatchObject({
      value: '2021-03-28',
      assumptions: ['weekday-disagrees'],
    });
  });

  it('keeps the weekday when it is a day from publication, dateline or not', () => {
    expect(today('2021-03-27', '2021-03-26')).toMatchObject({
      value: '2021-03-26',
      assumptions: ['weekday-disagrees', 'weekday-kept'],
    });
  });
});

describe('windows, nights and periods', () => {
  it('counts hours in whole days, at least one', () => {
    expect(read('خلال الـ48 ساعة الماضية', PUB)).toEqual([
      ['الـ48 ساعة الماضية', '2024-06-24/2024-06-26', 'window'],
    ]);
  });

  it('reads «الليلة» as the day of publication, and «الليلة الماضية» as the day before', () => {
    expect(read('يصل الوفد الليلة', PUB)).toEqual([['الليلة', '2024-06-26', 'deictic']]);
    expect(read('وصل الوفد الليلة الماضية', PUB)).toEqual([['الليلة الماضية', '2024-06-25', 'deictic']]);
  });

  it('reads a night before publication as the evening before', () => {
    expect(
      resolve('الليلة', { period: { unit: 'day', shift: -1, night: true } }, { published: PUB }).value,
    ).toBe('2024-06-25');
  });

  it('reads «في وقت لاحق» as no date, and a stretch of this time as one without bounds', () => {
    expect(read('في وقت لاحق', PUB)).toEqual([['في وقت لاحق', null, 'vague']]);
    expect(
      resolve('هذه الأيام', { period: { unit: 'day', shift: 0, vague: true } }, { published: PUB }).rule,
    ).toBe('vague-period');
  });

  it('counts «الشهر المقبل» from publication even after a month named', () => {
    expect(read('في سبتمبر الماضي وصل، وفي الشهر المقبل يعود', PUB)).toEqual([
      ['سبتمبر الماضي', '2023-09', 'qualifier-past'],
      ['الشهر المقبل', '2024-07', 'month'],
    ]);
  });
});
