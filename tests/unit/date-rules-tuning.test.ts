import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules written by class on the unseen set's tuning split (date-sentences-unseen.md). Real sentences
// name their page or suite file; the others are made up for the class.

describe('part of a period', () => {
  it('a share of a year takes the year written in words', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/DatePeriodExtractor.json, on its reference day.
    expect(read('سأخرج في الربع الأول من عام ألفين وعشرين', '2016-11-07')).toEqual([
      ['الربع الأول من عام ألفين وعشرين', '2020-01/2020-03'],
    ]);
    expect(read('تراجعت المبيعات في النصف الثاني من سنة ألفين وتسعة عشر', '2021-03-01')).toEqual([
      ['النصف الثاني من سنة ألفين وتسعة عشر', '2019-07/2019-12'],
    ]);
  });
});

describe('range', () => {
  it('two days counted from publication, one after the other, joined by «و», are one span', () => {
    // alshouranews.com/1945933, published 2021-10-02.
    expect(
      read(
        'أعلنت سلطنة عمان أن يومي الأحد والإثنين 3 و4 أكتوبر الحالي، أي الغد وبعد الغد إجازة رسمية للموظفين بسبب سوء الأحوال الجوية.',
        '2021-10-02',
      ),
    ).toEqual([
      ['يومي الأحد والإثنين 3 و4 أكتوبر الحالي', '2021-10-03/2021-10-04'],
      ['الغد وبعد الغد', '2021-10-03/2021-10-04'],
    ]);
    // khalijiuwn24.com/1367052, published 2025-11-30.
    expect(read('سيتم التصويت غدًا وبعد غد في الخارج', '2025-11-30')).toEqual([
      ['غدًا وبعد غد', '2025-12-01/2025-12-02'],
    ]);
    expect(read('تهطل الأمطار اليوم وغدًا على المرتفعات', '2025-11-30')).toEqual([
      ['اليوم وغدًا', '2025-11-30/2025-12-01'],
    ]);
  });

  it('but each with its weekday, or «الغد» alone, they are not', () => {
    expect(read('اجتمع اليوم الأحد وغدًا الاثنين', '2025-11-30')).toEqual([
      ['اليوم الأحد', '2025-11-30'],
      ['غدًا الاثنين', '2025-12-01'],
    ]);
    expect(read('جيل الغد وبعد ذلك جيل آخر', '2025-11-30')).toEqual([]);
  });
});

describe('named day', () => {
  it('«ليلة رأس السنة» with a year is the eve of that year’s 1 January', () => {
    // Made up for the class: the year names the new year, as in «رأس السنة الميلادية لعام 2026» (the
    // tuning split's coptstoday.com and kuwaitnews.com pages).
    expect(read('احتفلت المدينة ليلة رأس السنة 2020 بالألعاب النارية', '2020-01-02')).toEqual([
      ['ليلة رأس السنة 2020', '2019-12-31'],
    ]);
    expect(read('عطلة رأس السنة الميلادية لعام 2026', '2025-12-17')).toEqual([
      ['رأس السنة الميلادية لعام 2026', '2026-01-01'],
    ]);
  });
});

describe('the nth week of a month', () => {
  it('counts weeks from Sunday, the first holding the 1st; the last is the last seven days', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/DatePeriodExtractor.json, on its reference day.
    expect(read('سأخرج الأسبوع الثالث من هذا الشهر', '2016-11-07')).toEqual([
      ['الأسبوع الثالث من هذا الشهر', '2016-11-13/2016-11-19'],
    ]);
    expect(read('سأخرج الأسبوع الأخير من شهر يوليو', '2016-11-07')).toEqual([
      ['الأسبوع الأخير من شهر يوليو', '2017-07-25/2017-07-31'],
    ]);
    // The first week is cut to the month: 1 December 2016 was a Thursday.
    expect(read('تبدأ المفاوضات في الأسبوع الأول من الشهر المقبل', '2016-11-07')).toEqual([
      ['الأسبوع الأول من الشهر المقبل', '2016-12-01/2016-12-03'],
    ]);
    expect(read('عقد المؤتمر في الأسبوع الثاني من مارس 2015', '2016-11-07')).toEqual([
      ['الأسبوع الثاني من مارس 2015', '2015-03-08/2015-03-14'],
    ]);
  });
});

describe('plain', () => {
  it('«هذه» with a proclitic before a period is this period, as «لهذا العام» is', () => {
    // alaoual.com/politique/39011.html, published 2016-10-14.
    expect(
      read(
        'افتتح الملك محمد السادس قبل قليل، اليوم (الجمعة 14 اكتوبر)، دورة البرلمان التشريعية الأولى، لهذه السنة، التي عرفت انتخاب أعضاء جدد لمجلس النواب',
        '2016-10-14',
      ).at(-1),
    ).toEqual(['هذه السنة', '2016']);
    expect(read('ارتفعت الأسعار بهذه السنة وتراجعت في هذا الشهر', '2016-10-14')).toEqual([
      ['هذه السنة', '2016'],
      ['هذا الشهر', '2016-10'],
    ]);
  });
});

describe('the month before its day', () => {
  it('takes «شهر» before the month, and leaves a count after it alone', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/DatePeriodExtractor.json, on its reference day.
    expect(read('من شهر سبتمبر 15', '2016-11-07')).toEqual([['شهر سبتمبر 15', '2016-09-15']]);
    expect(read('وصل في شهر سبتمبر 15 ألف لاجئ', '2016-11-07')).toEqual([['شهر سبتمبر', '2016-09']]);
  });
});

describe('an offset of two units', () => {
  it('counts the months to the same day, then the finer days (hours only as whole days)', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/DateTimeExtractor.json, on its reference day.
    expect(read('التقيت به منذ شهرين ويوم واحد وساعتين', '2016-11-07')).toEqual([
      ['منذ شهرين ويوم واحد وساعتين', '2016-09-06'],
    ]);
    expect(read('سأعود بعد أسبوع ويومين', '2016-11-07')).toEqual([['بعد أسبوع ويومين', '2016-11-16']]);
    expect(read('غادر البلاد منذ عام وثلاثة أشهر', '2016-11-07')).toEqual([
      ['منذ عام وثلاثة أشهر', '2015-08'],
    ]);
  });

  it('but a weekday after «و» is a day of its own', () => {
    expect(read('وصل قبل أسبوع ويوم الجمعة غادر', '2016-11-07').map(([t]) => t)).toEqual([
      'قبل أسبوع',
      'الجمعة',
    ]);
  });
});
