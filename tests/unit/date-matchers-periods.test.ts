import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// The finder's patterns for decades, the rest of a period, shares of a year, seasons and what is
// counted from the date before it (src/domain/date-matchers-periods.ts), read through the analyser:
// each expression's words and value.
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Published Wednesday 26 June 2024 unless a test says otherwise.
const PUB = '2024-06-26';
// «سافر في 3 مارس 2024»: the date the counted expressions after it count from.
const TRIP = 'سافر في 3 مارس 2024 ';

describe('decades (السبعينيات)', () => {
  it('reads every decade word, of the 1900s unless its century is named', () => {
    expect(read('في العشرينيات', PUB)).toEqual([['العشرينيات', '1920/1929']]);
    expect(read('في الثلاثينيات', PUB)).toEqual([['الثلاثينيات', '1930/1939']]);
    expect(read('في الأربعينيات', PUB)).toEqual([['الأربعينيات', '1940/1949']]);
    expect(read('في الخمسينات', PUB)).toEqual([['الخمسينات', '1950/1959']]);
    expect(read('في الستينيات', PUB)).toEqual([['الستينيات', '1960/1969']]);
    expect(read('في السبعينيات', PUB)).toEqual([['السبعينيات', '1970/1979']]);
    expect(read('ثمانينيات القرن الماضي', PUB)).toEqual([['ثمانينيات القرن الماضي', '1980/1989']]);
    expect(read('في التسعينيات', PUB)).toEqual([['التسعينيات', '1990/1999']]);
  });

  it('takes the century named after it: the twentieth, nineteenth or eighteenth', () => {
    expect(read('الخمسينيات من القرن العشرين', PUB)).toEqual([['الخمسينيات من القرن العشرين', '1950/1959']]);
    expect(read('في الأربعينيات من القرن التاسع عشر', PUB)).toEqual([
      ['الأربعينيات من القرن التاسع عشر', '1840/1849'],
    ]);
    expect(read('في الثلاثينيات من القرن الثامن عشر', PUB)).toEqual([
      ['الثلاثينيات من القرن الثامن عشر', '1730/1739'],
    ]);
  });

  it('is not an age («في العشرينات من عمره»)', () => {
    expect(read('رجل في العشرينات من عمره', PUB)).toEqual([]);
  });
});

describe('the rest of a period (بقية الأسبوع)', () => {
  it('runs from publication to the end of the week, the month or the year', () => {
    expect(read('بقية الأسبوع', PUB)).toEqual([['بقية الأسبوع', '2024-06-26/2024-06-29']]);
    expect(read('باقي الشهر الجاري', PUB)).toEqual([['باقي الشهر الجاري', '2024-06-26/2024-06-30']]);
    expect(read('بقية هذا العام', PUB)).toEqual([['بقية هذا العام', '2024-06-26/2024-12-31']]);
    expect(read('بقية السنة', PUB)).toEqual([['بقية السنة', '2024-06-26/2024-12-31']]);
  });
});

describe('shares of a year (الربع الأول من عام 2018)', () => {
  it('reads quarters, halves and thirds, first to last, of a stated year', () => {
    expect(read('الربع الأول من عام 2018', PUB)).toEqual([['الربع الأول من عام 2018', '2018-01/2018-03']]);
    expect(read('الربع الثاني من 2018', PUB)).toEqual([['الربع الثاني من 2018', '2018-04/2018-06']]);
    expect(read('الربع الثالث من 2018', PUB)).toEqual([['الربع الثالث من 2018', '2018-07/2018-09']]);
    expect(read('الربع الرابع من 2018', PUB)).toEqual([['الربع الرابع من 2018', '2018-10/2018-12']]);
    expect(read('النصف الأول من 2021', PUB)).toEqual([['النصف الأول من 2021', '2021-01/2021-06']]);
    expect(read('الثلث الثالث من عام 2020', PUB)).toEqual([['الثلث الثالث من عام 2020', '2020-09/2020-12']]);
    expect(read('الثلاثية الأولى من 2023', PUB)).toEqual([['الثلاثية الأولى من 2023', '2023-01/2023-03']]);
    expect(read('الثلاثي الرابع والأخير من سنة 2022', PUB)).toEqual([
      ['الثلاثي الرابع والأخير من سنة 2022', '2022-10/2022-12'],
    ]);
  });

  it('reads «الأخير» as the last share, and «الأشهر الستة/الثلاثة» as a half or a quarter', () => {
    expect(read('النصف الأخير من 2021', PUB)).toEqual([['النصف الأخير من 2021', '2021-07/2021-12']]);
    expect(read('الأشهر الستة الأولى من هذا العام', PUB)).toEqual([
      ['الأشهر الستة الأولى من هذا العام', '2024-01/2024-06'],
    ]);
    expect(read('الأشهر الثلاثة الأخيرة من العام الماضي', PUB)).toEqual([
      ['الأشهر الثلاثة الأخيرة من العام الماضي', '2023-10/2023-12'],
    ]);
  });

  it('counts the year from publication: this, last, the one before, next', () => {
    expect(read('النصف الأول من العام الجاري', PUB)).toEqual([
      ['النصف الأول من العام الجاري', '2024-01/2024-06'],
    ]);
    expect(read('الربع الثاني من العام المقبل', PUB)).toEqual([
      ['الربع الثاني من العام المقبل', '2025-04/2025-06'],
    ]);
    expect(read('الربع الأخير من العام قبل الماضي', PUB)).toEqual([
      ['الربع الأخير من العام قبل الماضي', '2022-10/2022-12'],
    ]);
  });

  it('takes a part of a share, and a bare quarter as of the year of publication', () => {
    expect(read('نهاية الربع الأول 2023', PUB)).toEqual([['نهاية الربع الأول 2023', '2023-03']]);
    expect(read('الربع الأول', PUB)).toEqual([['الربع الأول', '2024-01/2024-03']]);
    expect(read('الثلاثي الثاني', PUB)).toEqual([['الثلاثي الثاني', '2024-04/2024-06']]);
  });

  // The pattern's gate must hold «فصل» too, or alone in a text only «العام المقبل» is found.
  it('reads «الفصل الثاني من العام المقبل» as a quarter', () => {
    expect(read('الفصل الثاني من العام المقبل', PUB)).toEqual([
      ['الفصل الثاني من العام المقبل', '2025-04/2025-06'],
    ]);
  });

  it('is no date for a bare half, a share past the last or a fourth of a half', () => {
    expect(read('النصف الأول', PUB)).toEqual([]);
    // The year alone is then the expression.
    expect(read('النصف الثالث من 2021', PUB)).toEqual([['2021', '2021']]);
    expect(read('الثلث الرابع من 2021', PUB)).toEqual([['2021', '2021']]);
  });
});

describe('seasons (هذا الصيف)', () => {
  it('reads each season, this, next, last or of a stated year', () => {
    expect(read('هذا الصيف', PUB)).toEqual([['هذا الصيف', '2024-06/2024-08']]);
    expect(read('الخريف المقبل', PUB)).toEqual([['الخريف المقبل', '2024-09/2024-11']]);
    expect(read('الربيع الماضي', PUB)).toEqual([['الربيع الماضي', '2024-03/2024-05']]);
    expect(read('الشتاء الماضي', PUB)).toEqual([['الشتاء الماضي', '2023-12/2024-02']]);
    expect(read('شتاء عام 2019', PUB)).toEqual([['شتاء عام 2019', '2019-12/2020-02']]);
    expect(read('صيف 2016', null)).toEqual([['صيف 2016', '2016-06/2016-08']]);
  });

  it('is no date without «هذا», a qualifier or a year («الربيع العربي»)', () => {
    expect(read('الربيع العربي', PUB)).toEqual([]);
  });
});

describe('what is counted from the date before it (بعد ذلك بيومين)', () => {
  it('reads the next day, with or without «في», and a span of the two days after', () => {
    expect(read('وصل ثم في اليوم التالي', PUB)).toEqual([['في اليوم التالي', '2024-06-27']]);
    expect(read(`${TRIP}وعاد في اليوم الموالي`, PUB)[1]).toEqual(['في اليوم الموالي', '2024-03-04']);
    expect(read(`${TRIP}واليومين التاليين له`, PUB)[1]).toEqual([
      'اليومين التاليين له',
      '2024-03-04/2024-03-05',
    ]);
  });

  it('reads the day before only after «خلال» or «وفي»', () => {
    expect(read('خلال اليوم السابق', PUB)).toEqual([['اليوم السابق', '2024-06-25']]);
    expect(read('خلال اليوم الذي قبله', PUB)).toEqual([['اليوم الذي قبله', '2024-06-25']]);
    expect(read(`${TRIP}وخلال اليوم السابق`, PUB)[1]).toEqual(['اليوم السابق', '2024-03-02']);
    expect(read(`${TRIP}وفي اليوم السابق`, PUB)[1]).toEqual(['اليوم السابق', '2024-03-02']);
  });

  // The «في» the day before needs may be inside the match itself; else «اليوم» is read as today.
  it('reads «في اليوم السابق» after a verb as the day before', () => {
    expect(analyseDates(`${TRIP}وكان وصل في اليوم السابق`, PUB).map((e) => e.value)).toEqual([
      '2024-03-03',
      '2024-03-02',
    ]);
  });

  it('counts days, weeks, months and years after or before it, with or without a number', () => {
    expect(read(`${TRIP}وعاد بعد ذلك بيومين`, PUB)[1]).toEqual(['بعد ذلك بيومين', '2024-03-05']);
    expect(read(`${TRIP}وقبلها بأسبوع`, PUB)[1]).toEqual(['قبلها بأسبوع', '2024-02-25']);
    expect(read(`${TRIP}وبعده بثلاثة أيام`, PUB)[1]).toEqual(['بعده بثلاثة أيام', '2024-03-06']);
    expect(read(`${TRIP}وبعد 3 أشهر من ذلك`, PUB)[1]).toEqual(['بعد 3 أشهر من ذلك', '2024-06']);
    expect(read(`${TRIP}وقبل 3 أسابيع من ذلك`, PUB)[1]).toEqual(['قبل 3 أسابيع من ذلك', '2024-02-11']);
    expect(read(`${TRIP}وبعد ذلك بعامين`, PUB)[1]).toEqual(['بعد ذلك بعامين', '2026']);
  });

  it('counts days only: «الشهر التالي», «الأسبوع التالي», «العام التالي» are no such date', () => {
    expect(read('الشهر التالي', PUB)).toEqual([]);
    expect(read('الأسبوع التالي', PUB)).toEqual([]);
    expect(read('العام التالي', PUB)).toEqual([]);
  });

  it('is no date for a plural without its number, hours or decades', () => {
    expect(read(`${TRIP}وبعد ذلك بأعوام`, PUB)).toHaveLength(1);
    expect(read(`${TRIP}وبعده بساعتين`, PUB)).toHaveLength(1);
    expect(read(`${TRIP}وبعد عقدين من ذلك`, PUB)).toHaveLength(1);
  });

  it('reads «في اليوم الثامن منه» as a day of the month before it, not «المادة الثانية منه»', () => {
    expect(read('في 3 مارس 2024 وفي اليوم الثامن منه', PUB)[1]).toEqual(['اليوم الثامن منه', '2024-03-08']);
    expect(read('المادة الثانية منه', PUB)).toEqual([]);
  });
});

describe('the kind of each expression', () => {
  it('is a year for a decade, and relative for the rest of a period, a share, a season and a count', () => {
    const kinds = (text: string): string[] => analyseDates(text, PUB).map((e) => e.kind);
    expect(kinds('في السبعينيات')).toEqual(['year']);
    expect(kinds('بقية الأسبوع')).toEqual(['relative']);
    expect(kinds('الربع الأول من 2018')).toEqual(['relative']);
    expect(kinds('هذا الصيف')).toEqual(['relative']);
    expect(kinds('وصل ثم في اليوم التالي')).toEqual(['relative']);
    expect(kinds('في 3 مارس 2024 وفي اليوم الثامن منه')).toEqual(['date', 'relative']);
  });
});
