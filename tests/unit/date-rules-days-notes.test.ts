import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { resolveDate, type DateContext } from '../../src/domain/date-resolver';
import { easter, nearestDayOfMonth, nthWeekdayOf } from '../../src/domain/date-rules-days';

// What the day rules (`date-rules-days.ts`) write besides their value: the rule, the reference, the
// assumptions and other readings, and the note in both languages, for each branch of each rule. The
// parts are given as the finder makes them, so that each rule is reached alone.
const read = (text: string, parts: ExpressionParts, ctx: DateContext) =>
  resolveDate({ start: 0, end: text.length, text, kind: 'date', parts }, ctx);

describe('a day without its month (day-alone)', () => {
  it('writes the narration reading, its assumption and the future one as the alternative', () => {
    // Published Monday 7 November 2016.
    const r = read('27', { dayAlone: true, day: 27 }, { published: '2016-11-07' });
    expect(r.value).toBe('2016-10-27');
    expect(r.rule).toBe('day-alone');
    expect(r.reference).toBe('2016-11-07');
    expect(r.assumptions).toEqual(['bare-day-is-past']);
    expect(r.alternatives).toEqual([{ value: '2016-11-27', reading: 'future' }]);
    expect(r.note.en).toBe(
      '“27” counted from the publication date (Monday 7 November 2016), a day with no month in narration: the last 27th on or before that day: Thursday 27 October 2016.',
    );
    expect(r.note.ar).toBe(
      '«27» محسوبًا من تاريخ النشر (الاثنين 7 تشرين الثاني/نوفمبر 2016)، يومٌ بلا شهر في سرد الخبر: آخر يوم 27 في يوم النشر أو قبله: الخميس 27 تشرين الأول/أكتوبر 2016.',
    );
  });

  it('writes the future reading, with the weekday it must fall on', () => {
    // Published Friday 15 September 2017; the next 31st that is a Wednesday is in January 2018.
    const r = read(
      'يوم الأربعاء 31',
      { dayAlone: true, day: 31, weekday: 3 },
      { published: '2017-09-15', future: true },
    );
    expect(r.value).toBe('2018-01-31');
    expect(r.assumptions).toEqual(['future-day-is-next']);
    expect(r.alternatives).toEqual([{ value: '2017-05-31', reading: 'past narration' }]);
    expect(r.note.en).toBe(
      '“يوم الأربعاء 31” counted from the publication date (Friday 15 September 2017), said of the future, a day with no month: the first 31st that is a Wednesday on or after that day: Wednesday 31 January 2018.',
    );
    expect(r.note.ar).toBe(
      '«يوم الأربعاء 31» محسوبًا من تاريخ النشر (الجمعة 15 أيلول/سبتمبر 2017)، في سياق المستقبل ويومٌ بلا شهر: أول يوم 31 الموافق يوم الأربعاء في يوم النشر أو بعده: الأربعاء 31 كانون الثاني/يناير 2018.',
    );
  });

  it('gives no alternative when the publication day is the day named', () => {
    const r = read('7', { dayAlone: true, day: 7 }, { published: '2016-11-07', future: true });
    expect(r.value).toBe('2016-11-07');
    expect(r.alternatives).toEqual([]);
    const past = read('7', { dayAlone: true, day: 7 }, { published: '2016-11-07' });
    expect(past.value).toBe('2016-11-07');
    expect(past.alternatives).toEqual([]);
  });

  it('says in both languages that a day alone needs a publication date', () => {
    const r = read('27', { dayAlone: true, day: 27 }, { published: null });
    expect(r.value).toBeNull();
    expect(r.rule).toBe('day-alone');
    expect(r.note.en).toBe('“27” has no month, and there is no publication date.');
    expect(r.note.ar).toBe('«27» بلا شهر، ولا تاريخ نشر.');
  });

  it('writes English ordinals right, the teens included', () => {
    const ordinal = (day: number): string | undefined =>
      /the last (\d+\w\w) on or before/u.exec(
        read(String(day), { dayAlone: true, day }, { published: '2016-12-31' }).note.en,
      )?.[1];
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 31].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '30th',
      '31st',
    ]);
  });

  it('takes the nearest month on either side, within two years', () => {
    // 31 January 2018 is the first 31st after 15 October 2017 that is a Wednesday.
    expect(nearestDayOfMonth('2017-10-15', 31, 1, 3)).toBe('2018-01-31');
    expect(nearestDayOfMonth('2017-10-15', 15, 1)).toBe('2017-10-15');
    expect(nearestDayOfMonth('2017-10-15', 15, -1)).toBe('2017-10-15');
    expect(nearestDayOfMonth('2017-10-15', 16, -1)).toBe('2017-09-16');
    expect(nearestDayOfMonth('2017-10-15', 14, 1)).toBe('2017-11-14');
    // No month has a 32nd.
    expect(nearestDayOfMonth('2017-10-15', 32, 1)).toBeNull();
    // 29 February that is a Sunday: 2032 is more than two years on.
    expect(nearestDayOfMonth('2024-03-01', 29, 1)).toBe('2024-03-29');
    expect(nearestDayOfMonth('2023-03-01', 29, 1, 0)).toBe('2023-10-29');
  });
});

describe('consecutive weekdays (weekday-span)', () => {
  it('adds the run of days to the first day’s note, in both languages', () => {
    // Published Monday 9 December 2024.
    const r = read(
      'يومي الأربعاء والخميس',
      { weekday: 3, to: { weekday: 4 } },
      { published: '2024-12-09', future: true },
    );
    expect(r.value).toBe('2024-12-11/2024-12-12');
    expect(r.rule).toBe('weekday-span');
    expect(r.note.en).toBe(
      '“يومي الأربعاء والخميس” counted from the publication date (Monday 9 December 2024), said of the future: the first Wednesday on or after that day: Wednesday 11 December 2024. The days named run on from it: 2024-12-11 to 2024-12-12.',
    );
    expect(r.note.ar).toBe(
      '«يومي الأربعاء والخميس» محسوبًا من تاريخ النشر (الاثنين 9 كانون الأول/ديسمبر 2024)، في سياق المستقبل: أول الأربعاء في يوم النشر أو بعده: الأربعاء 11 كانون الأول/ديسمبر 2024. والأيام المذكورة متتالية بعده: 2024-12-11 إلى 2024-12-12.',
    );
  });

  it('runs across the week’s end, from Friday to Sunday', () => {
    const r = read('يومي الجمعة والأحد', { weekday: 5, to: { weekday: 0 } }, { published: '2024-12-09' });
    expect(r.value).toBe('2024-12-06/2024-12-08');
    expect(r.assumptions).toEqual(['bare-weekday-is-past']);
  });

  it('is not a span when either end has a day of the month', () => {
    expect(read('x', { weekday: 5, day: 6, to: { weekday: 0 } }, { published: '2024-12-09' }).rule).not.toBe(
      'weekday-span',
    );
    expect(read('x', { weekday: 5, to: { weekday: 0, day: 8 } }, { published: '2024-12-09' }).rule).not.toBe(
      'weekday-span',
    );
    expect(read('x', { weekday: 5, to: { day: 8 } }, { published: '2024-12-09' }).rule).not.toBe(
      'weekday-span',
    );
  });

  it('has no value when its first day has none', () => {
    const r = read('يومي الجمعة والأحد', { weekday: 5, to: { weekday: 0 } }, { published: null });
    expect(r.value).toBeNull();
  });
});

describe('two weekdays of a named week (weekdays-of-week)', () => {
  it('names the week before, after or the same one in both languages', () => {
    // Published Monday 7 November 2016; weeks from Sunday.
    const before = read(
      'الأسبوع الماضي من الأربعاء إلى الجمعة',
      { weekShift: -1, weekday: 3, to: { weekday: 5 } },
      { published: '2016-11-07' },
    );
    expect(before.value).toBe('2016-11-02/2016-11-04');
    expect(before.reference).toBe('2016-11-07');
    expect(before.note.en).toBe(
      '“الأسبوع الماضي من الأربعاء إلى الجمعة” counted from the publication date (Monday 7 November 2016), the days named, of the week before (weeks from Sunday): Wednesday 2 November 2016 to Friday 4 November 2016.',
    );
    expect(before.note.ar).toBe(
      '«الأسبوع الماضي من الأربعاء إلى الجمعة» محسوبًا من تاريخ النشر (الاثنين 7 تشرين الثاني/نوفمبر 2016)، الأيام المذكورة من الأسبوع السابق (الأسبوع يبدأ الأحد): من الأربعاء 2 تشرين الثاني/نوفمبر 2016 إلى الجمعة 4 تشرين الثاني/نوفمبر 2016.',
    );
    const after = read(
      'الأسبوع المقبل من الأربعاء',
      { weekShift: 1, weekday: 3 },
      { published: '2016-11-07' },
    );
    // Without a last day, to the week's Saturday.
    expect(after.value).toBe('2016-11-16/2016-11-19');
    expect(after.note.en).toContain(', the days named, of the week after (weeks from Sunday): ');
    expect(after.note.ar).toContain('، الأيام المذكورة من الأسبوع التالي (الأسبوع يبدأ الأحد): ');
    const same = read('هذا الأسبوع', { weekShift: 0 }, { published: '2016-11-07' });
    // Without a first day, from the week's Sunday.
    expect(same.value).toBe('2016-11-06/2016-11-12');
    expect(same.note.en).toContain(', the days named, of the same week (weeks from Sunday): ');
    expect(same.note.ar).toContain('، الأيام المذكورة من الأسبوع نفسه (الأسبوع يبدأ الأحد): ');
  });

  it('has no value without a publication date', () => {
    const r = read('الأسبوع المقبل', { weekShift: 1, weekday: 3, to: { weekday: 5 } }, { published: null });
    expect(r.value).toBeNull();
    expect(r.rule).toBe('weekdays-of-week');
  });
});

describe('Easter (easter)', () => {
  it('computes the Western date across centuries', () => {
    // Published Easter dates of the Western churches.
    expect([1818, 1900, 1943, 2000, 2008, 2038, 2100, 2285].map(easter)).toEqual([
      '1818-03-22',
      '1900-04-15',
      '1943-04-25',
      '2000-04-23',
      '2008-03-23',
      '2038-04-25',
      '2100-03-28',
      '2285-03-22',
    ]);
  });

  it('computes the years where the computus corrects itself, and early-April Easters', () => {
    // 1954, 1981, 2049 and 2076 are the years of the rule's correction (m = 1); 1934 and 1945 fell
    // on 1 April, a month boundary away from 31 March.
    expect([1954, 1981, 2049, 2076, 1934, 1945].map(easter)).toEqual([
      '1954-04-18',
      '1981-04-19',
      '2049-04-18',
      '2076-04-19',
      '1934-04-01',
      '1945-04-01',
    ]);
  });

  it('takes the next one said of the future, counting an Easter on the publication day', () => {
    const after = read('عيد الفصح', { holiday: 'easter' }, { published: '2024-04-10', future: true });
    expect(after.value).toBe('2025-04-20');
    expect(after.rule).toBe('easter');
    expect(after.reference).toBe('2024-04-10');
    expect(after.note.en).toBe(
      '“عيد الفصح” counted from the publication date (Wednesday 10 April 2024), said of the future: the next Easter Sunday (Western reckoning): Sunday 20 April 2025.',
    );
    expect(after.note.ar).toBe(
      '«عيد الفصح» محسوبًا من تاريخ النشر (الأربعاء 10 نيسان/أبريل 2024)، في سياق المستقبل: عيد الفصح التالي (بالحساب الغربي): الأحد 20 نيسان/أبريل 2025.',
    );
    expect(read('عيد الفصح', { holiday: 'easter' }, { published: '2024-03-20', future: true }).value).toBe(
      '2024-03-31',
    );
    expect(read('عيد الفصح', { holiday: 'easter' }, { published: '2024-03-31', future: true }).value).toBe(
      '2024-03-31',
    );
  });

  it('takes the last one in narration, counting an Easter on the publication day', () => {
    const before = read('عيد الفصح', { holiday: 'easter' }, { published: '2024-03-20' });
    expect(before.value).toBe('2023-04-09');
    expect(before.note.en).toBe(
      '“عيد الفصح” counted from the publication date (Wednesday 20 March 2024), in narration: the last Easter Sunday (Western reckoning): Sunday 9 April 2023.',
    );
    expect(before.note.ar).toBe(
      '«عيد الفصح» محسوبًا من تاريخ النشر (الأربعاء 20 آذار/مارس 2024)، في سرد الخبر: آخر عيد فصح (بالحساب الغربي): الأحد 9 نيسان/أبريل 2023.',
    );
    expect(read('عيد الفصح', { holiday: 'easter' }, { published: '2024-03-31' }).value).toBe('2024-03-31');
    expect(read('عيد الفصح', { holiday: 'easter' }, { published: '2024-04-10' }).value).toBe('2024-03-31');
  });

  it('takes the year printed, and says when there is neither year nor publication date', () => {
    // Said of 2019 in an article of 2024: that year's Easter, not counted from publication.
    const printed = read('عيد الفصح 2019', { holiday: 'easter', year: 2019 }, { published: '2024-03-20' });
    expect(printed.value).toBe('2019-04-21');
    expect(printed.rule).toBe('easter');
    expect(printed.reference).toBeNull();
    expect(printed.assumptions).toEqual([]);
    expect(printed.alternatives).toEqual([]);
    expect(printed.note.en).toBe(
      '“عيد الفصح 2019” states the year: Easter Sunday of 2019 (Western reckoning): Sunday 21 April 2019.',
    );
    expect(printed.note.ar).toBe(
      '«عيد الفصح 2019» يذكر العام: عيد الفصح لعام 2019 (بالحساب الغربي): الأحد 21 نيسان/أبريل 2019.',
    );
    expect(read('عيد الفصح 2019', { holiday: 'easter', year: 2019 }, { published: null }).value).toBe(
      '2019-04-21',
    );
    const none = read('عيد الفصح', { holiday: 'easter' }, { published: null });
    expect(none.value).toBeNull();
    expect(none.rule).toBe('easter');
    expect(none.note.en).toBe('“عيد الفصح” has no year, and there is no publication date.');
    expect(none.note.ar).toBe('«عيد الفصح» بلا عام، ولا تاريخ نشر.');
  });
});

describe('the New Year just past (new-year-just-past)', () => {
  it('is this year’s up to 15 January, and its eve the last day of the year before', () => {
    const r = read('رأس السنة', { holiday: 'new-year' }, { published: '2026-01-15' });
    expect(r.value).toBe('2026-01-01');
    expect(r.rule).toBe('new-year-just-past');
    expect(r.note.en).toBe(
      '“رأس السنة” counted from the publication date (Thursday 15 January 2026), told in early January, not of the future: the New Year just past: Thursday 1 January 2026.',
    );
    expect(r.note.ar).toBe(
      '«رأس السنة» محسوبًا من تاريخ النشر (الخميس 15 كانون الثاني/يناير 2026)، في مطلع كانون الثاني/يناير ولا يتحدث عن المستقبل: رأس السنة الذي مضى للتو: الخميس 1 كانون الثاني/يناير 2026.',
    );
    expect(read('ليلة رأس السنة', { holiday: 'new-year-eve' }, { published: '2026-01-15' }).value).toBe(
      '2025-12-31',
    );
  });

  it('is the next one from 16 January, in another month, said of the future or with a year', () => {
    const rules = (parts: ExpressionParts, ctx: DateContext) => read('رأس السنة', parts, ctx).rule;
    expect(rules({ holiday: 'new-year' }, { published: '2026-01-16' })).toBe('next-new-year');
    expect(rules({ holiday: 'new-year' }, { published: '2026-02-01' })).toBe('next-new-year');
    expect(rules({ holiday: 'new-year' }, { published: '2026-12-01' })).toBe('next-new-year');
    expect(rules({ holiday: 'new-year' }, { published: '2026-01-02', future: true })).toBe('next-new-year');
    expect(rules({ holiday: 'new-year-eve' }, { published: '2026-01-02', future: true })).not.toBe(
      'new-year-just-past',
    );
    expect(rules({ holiday: 'new-year', year: 2026 }, { published: '2026-01-02' })).not.toBe(
      'new-year-just-past',
    );
    // Not a whole publication day: no day to compare.
    expect(rules({ holiday: 'new-year' }, { published: '2026-01' })).not.toBe('new-year-just-past');
    // Another feast told in early January is not the New Year.
    expect(rules({ holiday: 'fitr' }, { published: '2026-01-02' })).not.toBe('new-year-just-past');
  });
});

describe('the nth weekday of a month (nth-weekday)', () => {
  it('counts in the month before or after publication, in both languages', () => {
    // Published Monday 7 November 2016.
    const last = read(
      'آخر خميس من الشهر الماضي',
      { nth: -1, weekday: 4, qualifier: 'past' },
      { published: '2016-11-07' },
    );
    expect(last.value).toBe('2016-10-27');
    expect(last.rule).toBe('nth-weekday');
    expect(last.note.en).toBe(
      '“آخر خميس من الشهر الماضي” counted from the publication date (Monday 7 November 2016), the month before: October 2016. the last Thursday of that month: 2016-10-27.',
    );
    expect(last.note.ar).toBe(
      '«آخر خميس من الشهر الماضي» محسوبًا من تاريخ النشر (الاثنين 7 تشرين الثاني/نوفمبر 2016)، الشهر السابق: تشرين الأول/أكتوبر 2016. وآخر الخميس في ذلك الشهر: 2016-10-27.',
    );
    const first = read(
      'أول جمعة من الشهر المقبل',
      { nth: 1, weekday: 5, qualifier: 'next' },
      { published: '2016-11-07' },
    );
    expect(first.value).toBe('2016-12-02');
    expect(first.note.en).toMatch(/the 1st Friday of that month: 2016-12-02\.$/u);
    expect(first.note.ar).toMatch(/ورقم 1 من أيام الجمعة في ذلك الشهر: 2016-12-02\.$/u);
    // No qualifier: this month.
    expect(read('ثاني أحد', { nth: 2, weekday: 0 }, { published: '2016-11-07' }).value).toBe('2016-11-13');
  });

  it('says the weekday does not exist in the month named', () => {
    const r = read(
      'خامس ثلاثاء من فبراير 2016',
      { nth: 5, weekday: 2, month: 2, year: 2016 },
      { published: '2016-11-07' },
    );
    expect(r.value).toBeNull();
    expect(r.rule).toBe('nth-weekday');
    expect(r.note.en).toBe(
      '“خامس ثلاثاء من فبراير 2016” states the date: February 2016. the 5th Tuesday of that month does not exist.',
    );
    expect(r.note.ar).toBe(
      '«خامس ثلاثاء من فبراير 2016» يذكر التاريخ نصًّا: شباط/فبراير 2016. ورقم 5 من أيام الثلاثاء في ذلك الشهر غير موجود.',
    );
  });

  it('needs a weekday to count', () => {
    expect(read('أول من يوليو', { nth: 1, month: 7 }, { published: '2016-11-07' }).rule).not.toBe(
      'nth-weekday',
    );
  });

  it('has no value when the month has none', () => {
    const r = read('ثالث ثلاثاء', { nth: 3, weekday: 2 }, { published: null });
    expect(r.value).toBeNull();
    expect(r.rule).toBe('nth-weekday');
  });

  it('computes the last weekday of a month that ends on it, and the first on the 1st', () => {
    // 31 March 2024 is a Sunday, 1 September 2024 a Sunday.
    expect(nthWeekdayOf(2024, 3, 0, -1)).toBe('2024-03-31');
    expect(nthWeekdayOf(2024, 3, 6, -1)).toBe('2024-03-30');
    expect(nthWeekdayOf(2024, 9, 0, 1)).toBe('2024-09-01');
    expect(nthWeekdayOf(2024, 9, 6, 1)).toBe('2024-09-07');
    expect(nthWeekdayOf(2024, 9, 1, 5)).toBe('2024-09-30');
    expect(nthWeekdayOf(2024, 9, 2, 5)).toBeNull();
  });
});

describe('the first day of the new year (first-of-new-year)', () => {
  it('follows the last date before it, in both languages', () => {
    const r = read(
      'أول أيام السنة الجديدة',
      { firstOfNewYear: true, holiday: 'new-year' },
      { published: '2016-11-07', earlier: ['2014-05', '2015-12-20'] },
    );
    expect(r).toEqual({
      value: '2016-01-01',
      rule: 'first-of-new-year',
      reference: '2015-12-20',
      assumptions: [],
      alternatives: [],
      note: {
        en: '“أول أيام السنة الجديدة” after the date before it (2015-12-20): 2016-01-01.',
        ar: '«أول أيام السنة الجديدة» بعد التاريخ المذكور قبله (2015-12-20): 2016-01-01.',
      },
    });
  });

  it('is read as the New Year feast when no date comes before it', () => {
    const r = read(
      'أول أيام السنة الجديدة',
      { firstOfNewYear: true, holiday: 'new-year' },
      { published: '2016-11-07', earlier: [] },
    );
    expect(r.value).toBe('2017-01-01');
    expect(r.rule).toBe('next-new-year');
  });
});
