import { describe, expect, it } from 'vitest';
import {
  countedUnitAr,
  describeValue,
  ends,
  fromHijri,
  hijriMonthRange,
  hijriYearInGregorian,
  hijriYearRange,
  partOfDays,
  partOfMonth,
  partOfWeek,
  partOfYear,
  shareOfYear,
  shiftMonth,
  toHijri,
  weekOf,
} from '../../src/domain/date-calendar';
import { analyseDates } from '../../src/domain';

describe('the calendar arithmetic under the date resolver', () => {
  it('converts Umm al-Qura dates both ways, and knows 29- and 30-day months', () => {
    expect(toHijri('2024-06-26')).toEqual({ year: 1445, month: 12, day: 20 });
    expect(fromHijri(1445, 12, 20)).toBe('2024-06-26');
    expect(fromHijri(1445, 1, 30)).toBeNull();
    expect(fromHijri(1445, 2, 30)).toBe('2023-09-15');
    expect(hijriMonthRange(1445, 1)).toBe('2023-07-19/2023-08-16');
    expect(hijriMonthRange(1445, 9)).toBe('2024-03-11/2024-04-09');
    expect(hijriYearRange(1445)).toBe('2023-07-19/2024-07-06');
  });

  it('finds the Hijri year in which a month falls in a Gregorian year, earliest first', () => {
    expect(hijriYearInGregorian(2019, 9)).toBe(1440);
    // Ramadan fell twice in 2030 (January and December): the first.
    expect(hijriYearInGregorian(2030, 9)).toBe(1451);
    // Muharram 2024 began on 7 July, in the Hijri year after the one of 1 July.
    expect(hijriYearInGregorian(2024, 1)).toBe(1446);
    // No Muharram of 1445, 1446 or 1447 has a 30th in 2024: none, and no error.
    expect(hijriYearInGregorian(2024, 1, 30)).toBeNull();
    expect(hijriYearInGregorian(2024, 2, 30)).toBe(1446);
  });

  it('cuts months, years, day ranges and weeks into their parts', () => {
    expect(['start', 'middle', 'end'].map((p) => partOfMonth(2024, 2, p as 'start'))).toEqual([
      '2024-02-01/2024-02-10',
      '2024-02-11/2024-02-20',
      '2024-02-21/2024-02-29',
    ]);
    expect(['start', 'middle', 'end'].map((p) => partOfYear(2024, p as 'start'))).toEqual([
      '2024-01/2024-03',
      '2024-05/2024-08',
      '2024-10/2024-12',
    ]);
    expect(['start', 'middle', 'end'].map((p) => partOfDays('2025-01-01/2025-01-30', p as 'start'))).toEqual([
      '2025-01-01/2025-01-10',
      '2025-01-11/2025-01-20',
      '2025-01-21/2025-01-30',
    ]);
    const week: [string, string] = ['2024-06-23', '2024-06-29'];
    expect(partOfWeek(week, undefined, '2024-06-26', 0)).toBe('2024-06-23/2024-06-26');
    expect(partOfWeek(week, undefined, '2024-06-26', 1)).toBe('2024-06-23/2024-06-29');
    expect(partOfWeek(week, 'start', '2024-06-30', 0)).toBe('2024-06-23/2024-06-25');
    expect(partOfWeek(week, 'middle', '2024-06-30', 0)).toBe('2024-06-25/2024-06-27');
    expect(partOfWeek(week, 'end', '2024-06-30', 0)).toBe('2024-06-27/2024-06-29');
    expect(partOfWeek(week, 'end', '2024-06-27', 0)).toBe('2024-06-27');
    expect(partOfWeek(week, 'end', '2024-06-24', 0)).toBe('2024-06-27/2024-06-29');
  });

  it('gives a share of a year as months, and none past its count', () => {
    expect(shareOfYear(2024, 1, 4)).toBe('2024-01/2024-03');
    expect(shareOfYear(2024, 4, 4)).toBe('2024-10/2024-12');
    expect(shareOfYear(2024, 2, 2)).toBe('2024-07/2024-12');
    expect(shareOfYear(2024, 3, 3)).toBe('2024-09/2024-12');
    expect(shareOfYear(2024, 0, 4)).toBeNull();
    expect(shareOfYear(2024, 5, 4)).toBeNull();
  });

  it('shifts months across year ends with the year floored, not rounded (review finding M06)', () => {
    // August + "last month": 2025·12 + 7 − 1 = 24,306 months, 2,025.5 years: floored 2025, rounded 2026.
    expect(shiftMonth(2025, 8, -1)).toEqual([2025, 7]);
    expect(shiftMonth(2025, 1, -1)).toEqual([2024, 12]);
    expect(shiftMonth(2025, 12, 1)).toEqual([2026, 1]);
    expect(analyseDates('الشهر الماضي', '2025-08-14')[0]?.value).toBe('2025-07');
  });

  it('keeps the whole current week when said of the future, and cuts it at publication in past narration', () => {
    const week: [string, string] = ['2016-11-06', '2016-11-12'];
    expect(partOfWeek(week, undefined, '2016-11-07', 0)).toBe('2016-11-06/2016-11-07');
    expect(partOfWeek(week, undefined, '2016-11-07', 0, true)).toBe('2016-11-06/2016-11-12');
  });

  it('counts every unit as Arabic counts it in the notes: one, two, 3–10, 11 and over, hundreds', () => {
    const forms = {
      hour: ['ساعة', 'ساعتين', 'ساعات', 'ساعة'],
      day: ['يوم', 'يومين', 'أيام', 'يومًا'],
      week: ['أسبوع', 'أسبوعين', 'أسابيع', 'أسبوعًا'],
      month: ['شهر', 'شهرين', 'أشهر', 'شهرًا'],
      year: ['سنة', 'سنتين', 'سنوات', 'سنة'],
      decade: ['عقد', 'عقدين', 'عقود', 'عقدًا'],
    } as const;
    for (const [unit, [one, two, few, many]] of Object.entries(forms)) {
      const u = unit as keyof typeof forms;
      expect([1, 2, 3, 10, 11, 100].map((n) => countedUnitAr(n, u))).toEqual([
        `ب${one}`,
        `ب${two}`,
        `بـ3 ${few}`,
        `بـ10 ${few}`,
        `بـ11 ${many}`,
        `بـ100 ${one}`,
      ]);
    }
  });

  it('writes every month and weekday of a value in words, in Arabic and English', () => {
    const ar = [
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
    const en = [
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
    for (let m = 1; m <= 12; m++) {
      const month = `2024-${String(m).padStart(2, '0')}`;
      expect(describeValue(month, 'ar')).toBe(`${ar[m - 1]} 2024`);
      expect(describeValue(month, 'en')).toBe(`${en[m - 1]} 2024`);
    }
    // 23 to 29 June 2024 run from Sunday to Saturday.
    const arDays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const enDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    for (let d = 0; d < 7; d++) {
      expect(describeValue(`2024-06-${23 + d}`, 'ar')).toBe(`${arDays[d]} ${23 + d} حزيران/يونيو 2024`);
      expect(describeValue(`2024-06-${23 + d}`, 'en')).toBe(`${enDays[d]} ${23 + d} June 2024`);
    }
  });

  it('writes a year alone, a range as "from … to", and what is no date as it is', () => {
    expect(describeValue('2024', 'ar')).toBe('2024');
    expect(describeValue('2024-06/2024-08', 'ar')).toBe('من حزيران/يونيو 2024 إلى آب/أغسطس 2024');
    expect(describeValue('2024-06/2024-08', 'en')).toBe('June 2024 to August 2024');
    expect(describeValue('next week', 'en')).toBe('next week');
    expect(ends('2024-06')).toEqual(['2024-06', '2024-06']);
    expect(ends('2024-06/2024-08')).toEqual(['2024-06', '2024-08']);
  });

  it('finds the week of a day from Sunday, Saturday or Monday, and the weeks before and after it', () => {
    expect(weekOf('2024-06-26', 0, 0)).toEqual(['2024-06-23', '2024-06-29']);
    expect(weekOf('2024-06-26', 6, -1)).toEqual(['2024-06-15', '2024-06-21']);
    expect(weekOf('2024-06-26', 1, 1)).toEqual(['2024-07-01', '2024-07-07']);
    // A Sunday starts its own week.
    expect(weekOf('2024-06-23', 0, 0)).toEqual(['2024-06-23', '2024-06-29']);
  });
});
