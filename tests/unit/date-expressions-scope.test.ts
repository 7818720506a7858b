import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// What `analyseDates` (`date-expressions.ts`) reads around each expression besides the expression
// itself: how far a future verb reaches, and which earlier year a day without one takes. Sentences
// made up for each case.
const read = (text: string, published: string | null): [string, string | null, string][] =>
  analyseDates(text, published).map((e) => [e.text, e.value, e.rule]);
// Published Wednesday 26 June 2024: the last Thursday is the 20th, the next the 27th.
const PUB = '2024-06-26';

describe('the reach of a future verb', () => {
  it('takes a future verb after the expression in its comma clause, up to the text’s very end', () => {
    expect(read('وصل الخميس سيعود', PUB)).toEqual([['الخميس', '2024-06-27', 'weekday-future']]);
    expect(read('الخميس سيعود', PUB)).toEqual([['الخميس', '2024-06-27', 'weekday-future']]);
    expect(read('سيعود الخميس', PUB)).toEqual([['الخميس', '2024-06-27', 'weekday-future']]);
  });

  it('takes the first future word of its own sentence, past one in an earlier sentence', () => {
    expect(read('سيزور غزة. وصل الخميس سيعود', PUB)).toEqual([['الخميس', '2024-06-27', 'weekday-future']]);
  });

  it('stops at the comma and the sentence, and looks at no earlier sentence', () => {
    expect(read('وصل الخميس، سيعود', PUB)).toEqual([['الخميس', '2024-06-20', 'weekday-past']]);
    expect(read('سيزور غزة. سيعود. وصل الخميس', PUB)).toEqual([['الخميس', '2024-06-20', 'weekday-past']]);
    expect(read('وصل الخميس. سيزور غزة الجمعة', PUB)).toEqual([
      ['الخميس', '2024-06-20', 'weekday-past'],
      ['الجمعة', '2024-06-28', 'weekday-future'],
    ]);
  });
});

describe('the earlier year a day without one takes (narrated-year)', () => {
  it('is looked for among the three expressions before it, no further', () => {
    expect(
      read('وصل في 3 حزيران عام 2015 ثم في 5 تموز ثم في 7 آب ثم في 9 أيلول ثم في 11 تشرين الأول', PUB),
    ).toEqual([
      ['3 حزيران عام 2015', '2015-06-03', 'stated'],
      ['5 تموز', '2015-07-05', 'narrated-year'],
      ['7 آب', '2015-08-07', 'narrated-year'],
      ['9 أيلول', '2015-09-09', 'narrated-year'],
      ['11 تشرين الأول', '2024-10-11', 'publication-year'],
    ]);
  });

  it('is the nearest year printed, not a range of years', () => {
    expect(read('افتتح الجسر في العام 2015 و2016 و2017 ثم أغلق في 3 حزيران', PUB).at(-1)).toEqual([
      '3 حزيران',
      '2017-06-03',
      'narrated-year',
    ]);
    expect(read('بين عامي 2015 و2019 أغلق في 3 حزيران', PUB).at(-1)).toEqual([
      '3 حزيران',
      '2024-06-03',
      'publication-year',
    ]);
  });

  it('is only a year before publication, and none after «منذ»', () => {
    expect(read('أغلق في العام 2030 ثم في 3 حزيران', PUB).at(-1)?.[2]).toBe('publication-year');
    expect(read('في العام 2024 ثم في 3 حزيران', PUB).at(-1)?.[2]).toBe('publication-year');
    expect(read('في العام 2023 ثم في 3 حزيران', PUB).at(-1)).toEqual([
      '3 حزيران',
      '2023-06-03',
      'narrated-year',
    ]);
    expect(read('منذ 2015 أغلق في 3 حزيران', PUB).at(-1)?.[2]).toBe('publication-year');
    expect(read('منذ عام 2015 أغلق في 3 حزيران', PUB).at(-1)?.[2]).toBe('publication-year');
    expect(read('منذ العام 2015 أغلق في 3 حزيران', PUB).at(-1)?.[2]).toBe('publication-year');
    // «منذ» well before the year does not reach it.
    expect(read('يعمل منذ زمن طويل، وفي عام 2015 أغلق في 3 حزيران', PUB).at(-1)?.[2]).toBe('narrated-year');
  });

  it('is taken only by a Gregorian day or month without a year, qualifier, weekday or end', () => {
    expect(read('في عام 2015 أغلق في حزيران الماضي', PUB).at(-1)?.[2]).not.toBe('narrated-year');
    expect(read('في عام 2015 أغلق يوم الأربعاء 3 حزيران', PUB).at(-1)?.[2]).not.toBe('narrated-year');
    expect(read('في عام 2015 أغلق من 3 إلى 5 حزيران', PUB).at(-1)?.[2]).not.toBe('narrated-year');
    expect(read('في عام 2015 أغلق في 3 حزيران 2016', PUB).at(-1)?.[1]).toBe('2016-06-03');
    expect(read('في عام 2015 أغلق في 3 حزيران', null).at(-1)?.[2]).not.toBe('narrated-year');
  });
});

describe('what each reading leaves to the next', () => {
  it('leaves a date to «اليوم نفسه», and an expression without a value leaves none', () => {
    expect(read('وصل في 3 مارس 2024، وقبل أيام غادر، وفي اليوم نفسه عاد', PUB)).toEqual([
      ['3 مارس 2024', '2024-03-03', 'stated'],
      ['قبل أيام', null, 'vague-offset'],
      ['اليوم نفسه', '2024-03-03', 'anaphor'],
    ]);
  });

  it('without a publication date, lends a day the year of the first expression of its sentence that prints one', () => {
    expect(analyseDates('وصل يوم 5 مايو وغادر يوم 7 مايو في عام 2024', null).map((e) => e.value)).toEqual([
      '2024-05-05',
      '2024-05-07',
      '2024',
    ]);
  });

  it('lends no Hijri year to a Gregorian day after it', () => {
    expect(read('أغلق المسجد في 1440 هـ ثم فتح في 3 حزيران', PUB).at(-1)).toEqual([
      '3 حزيران',
      '2024-06-03',
      'publication-year',
    ]);
  });
});
