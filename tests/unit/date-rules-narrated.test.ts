import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules written on the unseen set's sixth batch, tuning split (date-sentences-unseen.md). The
// sentences here are made up for each class, not copied from the set.
describe('a day or month without a year, after an earlier year its sentence names', () => {
  it('is in that year when told without a future verb', () => {
    expect(read('افتتح الجسر في العام 2015 ثم أغلق في 3 حزيران للصيانة', '2024-02-10')).toEqual([
      ['العام 2015', '2015'],
      ['3 حزيران', '2015-06-03'],
    ]);
    expect(read('وقعت الهزة عام 2009 وتلتها أخرى في أيلول', '2024-02-10')).toEqual([
      ['عام 2009', '2009'],
      ['أيلول', '2009-09'],
    ]);
  });

  it('keeps the year of publication after «منذ», with a qualifier, in another sentence or for the future', () => {
    expect(read('يعيش في المنفى منذ عام 2011 وقد عاد في 15 مارس', '2024-04-02')[1]).toEqual([
      '15 مارس',
      '2024-03-15',
    ]);
    expect(read('تأسس النادي عام 1990 وفاز باللقب في مايو الماضي', '2024-06-02')[1]).toEqual([
      'مايو الماضي',
      '2024-05',
    ]);
    expect(read('تأسس النادي عام 1990. وفاز باللقب في 3 مايو', '2024-06-02')[1]).toEqual([
      '3 مايو',
      '2024-05-03',
    ]);
    expect(read('بدأ بناء القاعة عام 2019 وستفتتح في 3 مايو', '2024-04-02')[1]).toEqual([
      '3 مايو',
      '2024-05-03',
    ]);
  });
});

describe('spans of months with their years, and the same period of another year', () => {
  it('reads two months each with its year, joined by «إلى» or «حتى», as one span', () => {
    expect(read('بلغ العجز ذروته من مارس 2020 إلى فبراير 2021 بحسب التقرير', '2021-06-01')).toEqual([
      ['مارس 2020 إلى فبراير 2021', '2020-03/2021-02'],
    ]);
    // Listed with «و», or running backwards, they stay two months.
    expect(read('ارتفعت الأسعار في مارس 2020 وفبراير 2021', '2021-06-01').length).toBe(2);
    expect(read('من ديسمبر 2021 حتى مارس 2020', '2021-06-01').length).toBe(2);
  });

  it('reads «بنفس الفترة من السنة الماضية» and «للفترة المماثلة من عام 2020» as the period before it', () => {
    expect(
      read('نمت الصادرات من يناير إلى مارس 2022 مقارنة بنفس الفترة من السنة الماضية', '2022-05-01'),
    ).toEqual([
      ['يناير إلى مارس 2022', '2022-01/2022-03'],
      ['نفس الفترة من السنة الماضية', '2021-01/2021-03'],
    ]);
    expect(
      read('زاد الإنتاج في الربع الثاني من 2023 قياسا بالفترة المماثلة من عام 2021', '2023-08-01'),
    ).toEqual([
      ['الربع الثاني من 2023', '2023-04/2023-06'],
      ['الفترة المماثلة من عام 2021', '2021-04/2021-06'],
    ]);
    // «المماثلة» names a period only: «في اليوم المماثل» and «في الفترة نفسها» alone are no date.
    expect(read('وقعت حوادث مماثلة في الفترة نفسها', '2023-08-01')).toEqual([]);
  });
});

describe('a dateline and a yearly day', () => {
  it('reads «اليوم» with a weekday the publication is not as the day of the dateline just before it', () => {
    // The agency's dateline is Tuesday 14 May 2024; the page is dated Friday 17 May.
    expect(read('القاهرة 14 مايو 2024 (أ ش أ) أعلنت الوزارة اليوم (الثلاثاء) أن', '2024-05-17')).toEqual([
      ['14 مايو 2024', '2024-05-14'],
      ['اليوم (الثلاثاء)', '2024-05-14'],
    ]);
    // Without a date of that weekday before it, «اليوم» stays the day of publication.
    expect(read('عقد الاجتماع في 10 مايو 2024 وأعلنت الوزارة اليوم (الثلاثاء) أن', '2024-05-17')[1]).toEqual([
      'اليوم (الثلاثاء)',
      '2024-05-17',
    ]);
  });

  it('does not take a day «من كل عام» for a date', () => {
    expect(read('يحتفل الموظفون في العاشر من مارس من كل عام بذكرى التأسيس', '2024-02-01')).toEqual([]);
    expect(read('يحتفل الموظفون في العاشر من مارس بذكرى التأسيس', '2024-02-01')).toEqual([
      ['العاشر من مارس', '2024-03-10'],
    ]);
  });
});
