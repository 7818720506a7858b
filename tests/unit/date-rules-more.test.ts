import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules added on the unseen set's second tuning split (date-sentences-unseen.md); one case at least each.
describe('the resolver on the second batch of unseen sentences', () => {
  it('reads two days joined by «حتى» or «إلى» as one span, each end by its own rule, running forwards', () => {
    expect(read('سأخرج من يوم الجمعة حتى الأحد القادم', '2016-11-07')).toEqual([
      ['يوم الجمعة حتى الأحد القادم', '2016-11-11/2016-11-13'],
    ]);
    expect(read('واستمرت الاشتباكات من أمس الأحد وحتى اليوم', '2023-05-29')).toEqual([
      ['أمس الأحد وحتى اليوم', '2023-05-28/2023-05-29'],
    ]);
    // An end without a year before the start is next year's; a start after the end, last year's.
    expect(read('سأخرج اليوم حتى 22 أكتوبر', '2016-11-07')).toEqual([
      ['اليوم حتى 22 أكتوبر', '2016-11-07/2017-10-22'],
    ]);
    expect(read('سأخرج في 2 أكتوبر حتى بعد غد', '2016-11-07')).toEqual([
      ['2 أكتوبر حتى بعد غد', '2016-10-02/2016-11-09'],
    ]);
    // «و» between two days is two days.
    expect(read('التقى الجمعة والأحد', '2016-11-07')).toHaveLength(2);
  });

  it('converts a numeric date marked «هـ» from the Hijri calendar', () => {
    expect(read('14-09-1432 هـ, 09:40 صباحاً', null)).toEqual([['14-09-1432 هـ', '2011-08-14']]);
  });

  it('reads a month and year written with numbers either way round', () => {
    expect(read('سأخرج 3-2015', '2016-11-07')).toEqual([['3-2015', '2015-03']]);
    expect(read('سأخرج 2015/3', '2016-11-07')).toEqual([['2015/3', '2015-03']]);
    expect(read('موسم 2011-12', '2016-11-07')).toEqual([['2011', '2011']]);
  });

  it('finds no date in a frequency', () => {
    expect(read('سأغادر كل يوم اثنين الساعة 4 مساءً', '2016-11-07')).toEqual([]);
    expect(read('سأغادر أيام الأحد', '2016-11-07')).toEqual([]);
    expect(read('سأغادر كل 4/15', '2016-11-07')).toEqual([]);
    expect(read('وهو اليوم التاسع والعشرين من أيام شهر رجب 1444', null)).not.toEqual([]);
  });

  it('reads the rest of a week, month or year from publication', () => {
    expect(read('سأرحل بقية الأسبوع', '2016-11-07')).toEqual([['بقية الأسبوع', '2016-11-07/2016-11-12']]);
    expect(read('سأرحل باقي الشهر', '2016-11-07')).toEqual([['باقي الشهر', '2016-11-07/2016-11-30']]);
    expect(read('سأرحل بقية العام', '2016-11-07')).toEqual([['بقية العام', '2016-11-07/2016-12-31']]);
    expect(read('بقية الفريق وصلوا', '2016-11-07')).toEqual([]);
  });

  it('reads the current week and the weekend by the tense of the clause', () => {
    expect(read('سأخرج في هذا الأسبوع', '2016-11-07')).toEqual([['هذا الأسبوع', '2016-11-06/2016-11-12']]);
    expect(read('خرج هذا الأسبوع', '2016-11-07')).toEqual([['هذا الأسبوع', '2016-11-06/2016-11-07']]);
    expect(read('سأخرج في عطلة نهاية الأسبوع', '2016-11-07')).toEqual([
      ['عطلة نهاية الأسبوع', '2016-11-12/2016-11-13'],
    ]);
    expect(read('قضى عطلة نهاية الأسبوع في البحر', '2016-11-07')).toEqual([
      ['عطلة نهاية الأسبوع', '2016-11-05/2016-11-06'],
    ]);
    const [weekend] = analyseDates('قضى عطلة نهاية الأسبوع', '2024-06-23');
    expect([weekend?.value, weekend?.alternatives.map((a) => a.value)]).toEqual([
      '2024-06-22/2024-06-23',
      ['2024-06-21/2024-06-22'],
    ]);
  });

  it('reads a decade, of the 1900s unless its century is named, and not an age', () => {
    expect(read('في السبعينيات', '2016-11-07')).toEqual([['السبعينيات', '1970/1979']]);
    expect(read('في ثمانينيات القرن التاسع عشر', '2016-11-07')).toEqual([
      ['ثمانينيات القرن التاسع عشر', '1880/1889'],
    ]);
    expect(read('رجل في العشرينات من عمره', '2016-11-07')).toEqual([]);
  });

  it('reads a Hijri month or feast without a year by its tense, and a Hijri month alone after a word of time', () => {
    expect(read('سأعود في رأس السنة الهجرية', '2016-11-07')).toEqual([['رأس السنة الهجرية', '2017-09-21']]);
    expect(read('سأخرج في محرم', '2016-11-07')).toEqual([['محرم', '2017-09-21/2017-10-20']]);
    expect(read('صام في رمضان', '2016-11-07')).toEqual([['رمضان', '2016-06-06/2016-07-05']]);
    expect(read('التقى في رجب طيب أردوغان', '2016-11-07')).toEqual([]);
    expect(read('وصل صفر من الأهداف', '2016-11-07')).toEqual([]);
  });

  it('reads Christmas and the Prophet’s birthday as days, not a birthday', () => {
    expect(read('سأعود في يوم عيد الميلاد', '2016-11-07')).toEqual([['عيد الميلاد', '2016-12-25']]);
    expect(read('احتفلوا بعيد الميلاد المجيد', '2017-01-02')).toEqual([['عيد الميلاد المجيد', '2016-12-25']]);
    expect(read('سأعود في المولد النبوي', '2016-11-07')).toEqual([['المولد النبوي', '2016-12-11']]);
    expect(read('عيد الميلاد الثمانين للملك', '2016-11-07')).toEqual([]);
  });

  it('takes the year of a day and month from the weekday printed with it', () => {
    const [e] = analyseDates('الخميس 15 اغسطس', '2013-02-12');
    expect([e?.value, e?.rule]).toEqual(['2013-08-15', 'qualifier-weekday']);
  });

  it('puts a month or day more than half a year ahead, told without a future verb, in the year before', () => {
    expect(read('في 25 ديسمبر وصلوا', '2017-01-02')).toEqual([['25 ديسمبر', '2016-12-25']]);
    expect(read('سيصلون في 25 ديسمبر', '2017-01-02')).toEqual([['25 ديسمبر', '2017-12-25']]);
  });
});

// Rules of the second round on batch 3's tuning split and made-up examples; each test failed first.
describe('the comment after «أما …،» shares its topic’s tense (amma-clause)', () => {
  it('reads a weekday after «أما» with the «فـ» clause beyond its comma', () => {
    // Published Wednesday 4 June 2025.
    expect(read('أما يوم السبت، فيتوقع أن تستقر درجات الحرارة', '2025-06-04')).toEqual([
      ['يوم السبت', '2025-06-07'],
    ]);
  });

  it('does not reach past a comma without «أما» or without «فـ»', () => {
    expect(read('زار الوزير المدينة يوم السبت، ويتوقع أن يعود', '2025-06-04')).toEqual([
      ['يوم السبت', '2025-05-31'],
    ]);
    expect(read('أما يوم السبت، وقد يتوقع البعض', '2025-06-04')).toEqual([['يوم السبت', '2025-05-31']]);
  });
});

describe('an offset counted from another event is not a date (offset-from-event)', () => {
  it('finds no date in «بعد ساعات من غارات», «بعد يومين من الهجوم», «قبل شهر بالضبط من»', () => {
    expect(read('وجاء القصف بعد ساعات فقط من غارات جوية', '2025-06-04')).toEqual([]);
    expect(read('وجاءت الغارة بعد أيام من قصف المطار', '2025-06-04')).toEqual([]);
    expect(read('وصل بعد يومين من الهجوم', '2025-06-04')).toEqual([]);
    expect(read('وقع بعد شهر بالضبط من سقوط النظام', '2025-06-04')).toEqual([]);
    expect(read('بعد عام على الحرب', '2025-06-04')).toEqual([]);
  });

  it('keeps an offset from publication, and «من» that the verb before governs', () => {
    expect(read('وصل بعد يومين', '2025-06-04')).toEqual([['بعد يومين', '2025-06-06']]);
    expect(read('وكان الوزير حذر قبل أيام من تزايد الحالات', '2025-06-04')).toEqual([['قبل أيام', null]]);
  });
});
