import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words, value and rule. */
const read = (text: string, published: string | null): [string, string | null, string][] =>
  analyseDates(text, published).map((e) => [e.text, e.value, e.rule]);

// Rules written on the unseen set's sixth batch, tuning split (date-sentences-unseen.md). The
// sentences here are made up for each class, not copied from the set.
describe('named days (docs/dates.md: national days have no value, Labour Day is 1 May)', () => {
  it('finds a country national day as a named day with no value, with its qualifiers', () => {
    expect(read('احتفلت الوزارة بعيد الشرطة في مقرها', '2024-01-20')).toEqual([
      ['عيد الشرطة', null, 'national-day'],
    ]);
    expect(read('تستعد المدارس للاحتفال باليوم الوطني السعودي الـ94 هذا الأسبوع', '2024-09-15')[0]).toEqual([
      'اليوم الوطني السعودي الـ94',
      null,
      'national-day',
    ]);
    expect(read('هنأ السفير الشعب بمناسبة عيد استقلال الجمهورية التونسية', null)).toEqual([
      ['عيد استقلال الجمهورية التونسية', null, 'national-day'],
    ]);
    expect(read('أقيم حفل بمناسبة العيد الوطني المجيد وعيد جلوس جلالة الملك', null)).toEqual([
      ['العيد الوطني المجيد', null, 'national-day'],
      ['عيد جلوس جلالة الملك', null, 'national-day'],
    ]);
  });

  it('keeps «اليوم الوطني» whole, not «اليوم» today, and stops before a conjunction or a preposition', () => {
    expect(read('نظمت الجامعة كرنفال اليوم الوطني والمعرض', '2023-12-14')).toEqual([
      ['اليوم الوطني', null, 'national-day'],
    ]);
    expect(read('ألقى كلمة في يوم الشهيد على المنصة', null)).toEqual([['يوم الشهيد', null, 'national-day']]);
    // «اليوم» alone is still today.
    expect(read('وصل الوفد اليوم إلى العاصمة', '2023-12-14')).toEqual([['اليوم', '2023-12-14', 'deictic']]);
  });

  it('leaves the day to a date printed beside the national day', () => {
    expect(read('يحتفل المصريون بعيد الشرطة في 25 يناير 2026', '2026-01-20').map((e) => e[1])).toEqual([
      null,
      '2026-01-25',
    ]);
  });

  it('finds «ليلة القدر» as a night with no fixed day', () => {
    expect(read('يحيي المصلون ليلة القدر في المسجد', '2024-04-02')).toEqual([
      ['ليلة القدر', null, 'national-day'],
    ]);
  });

  it('reads Labour Day as 1 May by the tense of its clause, or in the year printed after it', () => {
    expect(read('قررت الحكومة تعطيل الدوائر بمناسبة عيد العمال', '2022-04-26').map((e) => e[1])).toEqual([
      '2022-05-01',
    ]);
    // «أمس» before it names the same day, and the two are one expression.
    expect(read('احتفل العمال أمس بيوم العمال العالمي في الساحات', '2022-05-02').map((e) => e[1])).toEqual([
      '2022-05-01',
    ]);
    expect(read('موعد إجازة عيد العمال 2027', null).map((e) => e[1])).toEqual(['2027-05-01']);
    expect(read('عطلة عيد الشغل يوم الخميس', '2025-04-28').map((e) => e[1])).toContain('2025-05-01');
  });
});
