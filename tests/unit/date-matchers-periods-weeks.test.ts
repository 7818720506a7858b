import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// The finder's patterns for the nth week of a month and a share of a year written in words
// (src/domain/date-matchers-periods.ts), read through the analyser: each expression's words and
// value. Made up for the class; published Monday 7 November 2016 (Recognizers-Text's reference day).
const read = (text: string): [string, string | null][] =>
  analyseDates(text, '2016-11-07').map((e) => [e.text, e.value]);

describe('the nth week of a month', () => {
  it('reads every ordinal, first to fifth and the last, of this month', () => {
    // 1 November 2016 was a Tuesday: the first week is 1–5, the fifth 27–30.
    expect(read('سأخرج الأسبوع الأول من هذا الشهر')).toEqual([
      ['الأسبوع الأول من هذا الشهر', '2016-11-01/2016-11-05'],
    ]);
    expect(read('سأخرج الأسبوع الثاني من هذا الشهر')).toEqual([
      ['الأسبوع الثاني من هذا الشهر', '2016-11-06/2016-11-12'],
    ]);
    expect(read('سأخرج الأسبوع الرابع من هذا الشهر')).toEqual([
      ['الأسبوع الرابع من هذا الشهر', '2016-11-20/2016-11-26'],
    ]);
    expect(read('سأخرج الأسبوع الخامس من هذا الشهر')).toEqual([
      ['الأسبوع الخامس من هذا الشهر', '2016-11-27/2016-11-30'],
    ]);
    expect(read('سأخرج الأسبوع الأخير من هذا الشهر')).toEqual([
      ['الأسبوع الأخير من هذا الشهر', '2016-11-24/2016-11-30'],
    ]);
  });

  it('counts the month before, or two before, and a month named with its year', () => {
    // 1 October 2016 was a Saturday: its first week is that one day.
    expect(read('عاد في الأسبوع الأول من الشهر الماضي')).toEqual([
      ['الأسبوع الأول من الشهر الماضي', '2016-10-01/2016-10-01'],
    ]);
    expect(read('عاد في الأسبوع الثاني من الشهر قبل الماضي')).toEqual([
      ['الأسبوع الثاني من الشهر قبل الماضي', '2016-09-04/2016-09-10'],
    ]);
    expect(read('في الأسبوع الأخير من سبتمبر عام 2015')).toEqual([
      ['الأسبوع الأخير من سبتمبر عام 2015', '2015-09-24/2015-09-30'],
    ]);
    expect(read('الأسبوع الثالث من يوليو')).toEqual([['الأسبوع الثالث من يوليو', '2016-07-10/2016-07-16']]);
  });

  it('is of the relative kind', () => {
    expect(analyseDates('الأسبوع الثالث من هذا الشهر', '2016-11-07').map((e) => e.kind)).toEqual([
      'relative',
    ]);
  });

  it('is the whole month where the week does not exist, and no week past the fifth', () => {
    // February 2015 began on a Sunday: four weeks, no fifth.
    expect(read('الأسبوع الخامس من شهر فبراير 2015')).toEqual([
      ['الأسبوع الخامس من شهر فبراير 2015', '2015-02'],
    ]);
    expect(read('الأسبوع السادس من يوليو')).toEqual([['السادس من يوليو', '2016-07-06']]);
  });
});

describe('a share of a year written in words', () => {
  it('takes the year after «عام» or «سنة», for quarters, halves and counted months', () => {
    expect(read('الربع الأول من عام ألفين وعشرين')).toEqual([
      ['الربع الأول من عام ألفين وعشرين', '2020-01/2020-03'],
    ]);
    expect(read('الأشهر الثلاثة الأولى من عام ألفين وعشرين')).toEqual([
      ['الأشهر الثلاثة الأولى من عام ألفين وعشرين', '2020-01/2020-03'],
    ]);
    expect(read('النصف الثاني من سنة ألفين وتسعة عشر')).toEqual([
      ['النصف الثاني من سنة ألفين وتسعة عشر', '2019-07/2019-12'],
    ]);
  });
});

describe('a count of months that is no quarter nor half', () => {
  it('reads four, five, seven, eight and ten months, the first or the last, of the year counted', () => {
    expect(read('الأشهر الثمانية الأولى من العام الماضي')).toEqual([
      ['الأشهر الثمانية الأولى من العام الماضي', '2015-01/2015-08'],
    ]);
    expect(read('الأشهر الثمانية الأولى من العام قبل الماضي')).toEqual([
      ['الأشهر الثمانية الأولى من العام قبل الماضي', '2014-01/2014-08'],
    ]);
    expect(read('الخمسة أشهر الأخيرة من هذا العام')).toEqual([
      ['الخمسة أشهر الأخيرة من هذا العام', '2016-08/2016-12'],
    ]);
    expect(read('الأشهر الخمسة الأولى من العام الجاري')).toEqual([
      ['الأشهر الخمسة الأولى من العام الجاري', '2016-01/2016-05'],
    ]);
    expect(read('الأشهر الأربعة الأولى من عام 2019')).toEqual([
      ['الأشهر الأربعة الأولى من عام 2019', '2019-01/2019-04'],
    ]);
    expect(read('الأشهر العشرة الأولى من العام المقبل')).toEqual([
      ['الأشهر العشرة الأولى من العام المقبل', '2017-01/2017-10'],
    ]);
    expect(read('الأشهر السبعة الأخيرة من سنة ألفين وعشرين')).toEqual([
      ['الأشهر السبعة الأخيرة من سنة ألفين وعشرين', '2020-06/2020-12'],
    ]);
  });

  it('reads nine months as three quarters, from the first or to the last', () => {
    expect(read('الأشهر التسعة الأولى من عام 2019')).toEqual([
      ['الأشهر التسعة الأولى من عام 2019', '2019-01/2019-09'],
    ]);
    expect(read('التسعة أشهر الأخيرة من العام الماضي')).toEqual([
      ['التسعة أشهر الأخيرة من العام الماضي', '2015-04/2015-12'],
    ]);
  });
});
