import { describe, expect, it, vi } from 'vitest';

// The builders of the numeric, month, year, Hijri and offset patterns of `date-matchers.ts` at the edges
// of what each keeps: a day and a month at their bounds, a span of years at ten and eleven, an offset of
// two units, a year at the ends of the range it may be read in, a month named alone and with each word
// that makes it a date. Each pair differs in the one number or word the builder reads. As in
// `date-matchers.test.ts`, the finder is imported inside each test, so its pattern table is built while
// the test runs (see the README's "Mutation testing"); two tests, since each import costs half a second
// per mutant tried.

type Read = (text: string) => [string, string, unknown][];

async function finder(): Promise<Read> {
  vi.resetModules();
  const { findDates } = await import('../../src/domain/date-finder');
  return (text) => findDates(text).map((d) => [d.text, d.kind, d.parts]);
}

const dm = (day: number, month: number, swappable = false) => ({
  calendar: 'gregory',
  day,
  month,
  ...(swappable ? { swappable: true } : {}),
});
const year = (y: number) => ({ calendar: 'gregory', year: y });
const month = (m: number, more: object = {}) => ({ calendar: 'gregory', month: m, ...more });
const hijri = (m: number, more: object = {}) => ({ calendar: 'islamic', month: m, ...more });

describe('what the numeric, month, year and Hijri patterns keep, at their edges', () => {
  it('reads days, months, years and counted units at their bounds, and turns away what no calendar has', async () => {
    const read = await finder();
    // Day/month: a day from 1 to 31 and a month from 1 to 12; month/day when the first cannot be a month.
    expect(read('تصل في 1/1')).toEqual([['1/1', 'numeric', dm(1, 1)]]);
    expect(read('تصل في 31/5')).toEqual([['31/5', 'numeric', dm(31, 5)]]);
    expect(read('تصل في 5/12')).toEqual([['5/12', 'numeric', dm(5, 12, true)]]);
    expect(read('تصل في 12/5')).toEqual([['12/5', 'numeric', dm(12, 5, true)]]);
    expect(read('تصل في 12/12')).toEqual([['12/12', 'numeric', dm(12, 12)]]);
    expect(read('تصل في 5/13')).toEqual([['5/13', 'numeric', dm(13, 5)]]);
    expect(read('تصل في 1/31')).toEqual([['1/31', 'numeric', dm(31, 1)]]);
    expect(read('تصل في 12/31')).toEqual([['12/31', 'numeric', dm(31, 12)]]);
    for (const none of ['0/5', '5/0', '0/13', '32/5', '13/13', '12/32'])
      expect(read(`تصل في ${none}`)).toEqual([]);
    // A full stop after it ends the sentence; a decimal after it makes it no date.
    expect(read('تصل في 5/10. ثم')).toEqual([['5/10', 'numeric', dm(5, 10, true)]]);
    expect(read('تصل في 5/10.3')).toEqual([]);
    // «هـ» makes a numeric date Hijri only with the month in figures: an English month's name is Gregorian.
    expect(read('في 14-Oct-1432 هـ وصل')).toEqual([
      ['14-Oct-1432 هـ', 'numeric', { calendar: 'gregory', day: 14, month: 10, year: 1432 }],
    ]);
    // An offset of two units: days (and weeks) after months, weeks or years, whole days of hours,
    // months after years; a unit no finer than the one before it, or years after a decade, left unread.
    const off = (n: number, unit: string, more: object = {}) => ({ offset: { n, unit, dir: -1, ...more } });
    expect(read('وصل منذ شهرين ويوم واحد')[0]).toEqual([
      'منذ شهرين ويوم واحد',
      'relative',
      off(2, 'month', { days: 1 }),
    ]);
    expect(read('وصل منذ أسبوعين و3 أيام')[0]).toEqual([
      'منذ أسبوعين و3 أيام',
      'relative',
      off(2, 'week', { days: 3 }),
    ]);
    expect(read('وصل منذ عام وأسبوع')[0]).toEqual([
      'منذ عام وأسبوع',
      'relative',
      off(1, 'year', { days: 7 }),
    ]);
    expect(read('وصل منذ عام وثلاثة أشهر')[0]).toEqual(['منذ عام وثلاثة أشهر', 'relative', off(15, 'month')]);
    expect(read('وصل منذ يوم و24 ساعة')[0]).toEqual([
      'منذ يوم و24 ساعة',
      'relative',
      off(1, 'day', { days: 1 }),
    ]);
    expect(read('وصل منذ يومين و48 ساعة')[0]).toEqual([
      'منذ يومين و48 ساعة',
      'relative',
      off(2, 'day', { days: 2 }),
    ]);
    expect(read('وصل منذ يوم و23 ساعة')[0]).toEqual(['منذ يوم و23 ساعة', 'relative', off(1, 'day')]);
    expect(read('وصل منذ شهرين ويوم واحد وساعتين')[0]).toEqual([
      'منذ شهرين ويوم واحد وساعتين',
      'relative',
      off(2, 'month', { days: 1 }),
    ]);
    expect(read('وصل قبل يوم وشهر')[0]).toEqual(['قبل يوم وشهر', 'relative', off(1, 'day')]);
    expect(read('وصل منذ ثلاثة أعوام وعامين')[0]).toEqual([
      'منذ ثلاثة أعوام وعامين',
      'relative',
      off(3, 'year'),
    ]);
    expect(read('وصل منذ عقد وعام')[0]).toEqual(['منذ عقد وعام', 'relative', off(1, 'decade')]);
    expect(read('وصل منذ عقد وشهرين')[0]).toEqual(['منذ عقد وشهرين', 'relative', off(1, 'decade')]);
    // Each unit finer than the one before: a week after a day, or days twice, leave the finer ones unread.
    expect(read('وصل منذ شهرين ويوم وأسبوع')[0]).toEqual([
      'منذ شهرين ويوم وأسبوع',
      'relative',
      off(2, 'month'),
    ]);
    expect(read('وصل منذ شهرين ويوم ويومين')[0]).toEqual([
      'منذ شهرين ويوم ويومين',
      'relative',
      off(2, 'month'),
    ]);
    // «ويوم الجمعة» is a weekday of its own, not a finer unit.
    expect(read('وصل قبل أسبوع ويوم الجمعة')).toEqual([
      ['قبل أسبوع', 'relative', off(1, 'week')],
      ['الجمعة', 'weekday', { weekday: 5 }],
    ]);
    // A span of years of ten at most, forwards, and a year in the range it may be.
    expect(read('وصل 2015/2025')).toEqual([['2015/2025', 'year', { ...year(2015), to: year(2025) }]]);
    // Eleven years apart, the same year twice or backwards: no span, the first year alone.
    expect(read('وصل 2015/2026')).toEqual([['2015', 'year', year(2015)]]);
    expect(read('وصل 2015/2015')).toEqual([['2015', 'year', year(2015)]]);
    expect(read('وصل 2016/2015')).toEqual([['2016', 'year', year(2016)]]);
    // After «عام», any year from 1000 to 2099; alone, from 1900.
    expect(read('عام 1000 وصل')).toEqual([['عام 1000', 'year', year(1000)]]);
    expect(read('عام 1500 وصل')).toEqual([['عام 1500', 'year', year(1500)]]);
    expect(read('عام 2099 وصل')).toEqual([['عام 2099', 'year', year(2099)]]);
    expect(read('عام 2100 وصل')).toEqual([]);
    expect(read('وصل 1900 مرة')).toEqual([['1900', 'year', year(1900)]]);
    expect(read('وصل 1899')).toEqual([]);
    expect(read('وصل 2099')).toEqual([['2099', 'year', year(2099)]]);
    expect(read('وصل 2100')).toEqual([]);
    // A number, an issue or «الـ» just before it makes it no year; «ال» earlier in the words does not.
    expect(read('رقم 2014')).toEqual([]);
    expect(read('رقم2014')).toEqual([]);
    expect(read('العدد 2014')).toEqual([]);
    expect(read('رقم 2014 ثم وصل الوفد إلى هناك')).toEqual([]);
    expect(read('وصل الوفد 2014')).toEqual([['2014', 'year', year(2014)]]);
    expect(read('وصل بالـ2014')).toEqual([]);
    // A word that ends in «ال» without being the article («قال», «احتفال») leaves the year a year.
    expect(read('قال 2014 إن الوفد وصل')).toEqual([['2014', 'year', year(2014)]]);
    expect(read('في احتفال 2014')).toEqual([['2014', 'year', year(2014)]]);
    expect(read('منذ أواخر 2014')).toEqual([['أواخر 2014', 'year', { ...year(2014), part: 'end' }]]);
    // A number said to be about so many, or followed by what it counts, is a count: Okaz, 26 November
    // 2025, on the Wang Fuk Court fire (https://www.okaz.com.sa/variety/na/2223927).
    expect(
      read('لإخماد الحريق الذي وقع في أبراج سكنية تضم 8 منها نحو 2000 وحدة سكنية، وسط تصاعد كثيف للأدخنة'),
    ).toEqual([]);
    expect(read('تضم نحو 2000')).toEqual([]);
    expect(read('أجلت السلطات حوالى 1950')).toEqual([]);
    expect(read('قتل أكثر من 2000 في الزلزال')).toEqual([]);
    expect(read('وصل ما يزيد على 2000 إلى المخيم')).toEqual([]);
    expect(read('فقد 2000 شخص منازلهم')).toEqual([]);
    expect(read('فقد 2000 لاجئ منازلهم')).toEqual([]);
    // With a word of time before it, or nothing counted after it, it stays a year.
    expect(read('تضم نحو عام 2000')).toEqual([['عام 2000', 'year', year(2000)]]);
    expect(read('فقد منذ 2000 منازلهم')).toEqual([['2000', 'year', year(2000)]]);
    expect(read('أنحو 2000')).toEqual([['2000', 'year', year(2000)]]);
    expect(read('في 2000 شخصيات')).toEqual([['2000', 'year', year(2000)]]);
  });

  it('reads a month named only with what makes it a date, and keeps each of those', async () => {
    const read = await finder();
    // «مارس» (he practised), «آب»: alone after no word of time, no month.
    expect(read('وصل مارس')).toEqual([]);
    expect(read('وصل ومارس')).toEqual([]);
    expect(read('كان آب وصل')).toEqual([]);
    // After a word of time, with «شهر», after «هذا», or with a year, a qualifier, its other name, a part
    // or a year counted from now, it is a month.
    expect(read('في مارس وصل الوفد إلى هناك')).toEqual([['مارس', 'month', month(3)]]);
    expect(read('وصل شهر مارس')).toEqual([['شهر مارس', 'month', month(3)]]);
    expect(read('هذا آب وصل')).toEqual([['آب', 'month', month(8)]]);
    expect(read('وصل مارس 2023')).toEqual([['مارس 2023', 'month', month(3, { year: 2023 })]]);
    expect(read('وصل مارس الماضي')).toEqual([['مارس الماضي', 'month', month(3, { qualifier: 'past' })]]);
    expect(read('وصل مارس قبل الماضي')).toEqual([
      ['مارس قبل الماضي', 'month', month(3, { qualifier: 'past', step: 2 })],
    ]);
    expect(read('وصل مارس/آذار')).toEqual([['مارس/آذار', 'month', month(3)]]);
    expect(read('وصل أواخر مارس')).toEqual([['أواخر مارس', 'month', month(3, { part: 'end' })]]);
    expect(read('وصل مارس من العام المقبل')).toEqual([
      ['مارس من العام المقبل', 'month', month(3, { yearShift: 1 })],
    ]);
    expect(read('وصل مارس من هذا العام')).toEqual([
      ['مارس من هذا العام', 'month', month(3, { yearShift: 0 })],
    ]);
    // «الغد» before «وبعد الغد» (or «وبعد غد») is a day, the first of two; not before «وبعد الغداء» (lunch).
    expect(read('يصل الغد وبعد الغد')).toEqual([
      ['الغد وبعد الغد', 'deictic', { dayOffset: 1, to: { dayOffset: 2 } }],
    ]);
    expect(read('يصل الغد وبعد غد')).toEqual([
      ['الغد وبعد غد', 'deictic', { dayOffset: 1, to: { dayOffset: 2 } }],
    ]);
    expect(read('يصل الغد وبعد الغداء')).toEqual([]);
    // A proclitic is no part of the word: «بالغد» alone is «الغد» alone; a rate reads «اليوم» only.
    expect(read('يصل بالغد')).toEqual([]);
    expect(read('توفي 5 أشخاص في الأمس')).toEqual([['الأمس', 'deictic', { dayOffset: -1 }]]);
    // A misprinted name («يونو») only with a year or «شهر».
    expect(read('وصل يونو')).toEqual([]);
    expect(read('شهر يونو وصل')).toEqual([['شهر يونو', 'month', month(6)]]);
    expect(read('وصل شهر يونو')).toEqual([['شهر يونو', 'month', month(6)]]);
    expect(read('وصل يونو 2023')).toEqual([['يونو 2023', 'month', month(6, { year: 2023 })]]);
    // A Hijri month with a day, a year, «شهر» or a part, and alone only after a word of time.
    expect(read('وصل رجب')).toEqual([]);
    expect(read('نام في البيت رجب')).toEqual([]);
    expect(read('وصل 5 رجب')).toEqual([['5 رجب', 'hijri', hijri(7, { day: 5 })]]);
    expect(read('وصل رجب 1445 هـ')).toEqual([['رجب 1445 هـ', 'hijri', hijri(7, { year: 1445 })]]);
    expect(read('وصل رجب 2024')).toEqual([['رجب 2024', 'hijri', hijri(7, { gregorianYear: 2024 })]]);
    expect(read('وصل شهر رجب')).toEqual([['شهر رجب', 'hijri', hijri(7)]]);
    expect(read('وصل أواخر رجب')).toEqual([['أواخر رجب', 'hijri', hijri(7, { part: 'end' })]]);
    // A Hijri year on its own, marked «هـ».
    expect(read('في عام 1445 هـ')).toEqual([['عام 1445 هـ', 'hijri', { calendar: 'islamic', year: 1445 }]]);
  });
});
