import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { makeEnv, type DateContext } from '../../src/domain/date-rule-env';
import { afterEarlier, anaphor, dayOfSameMonth, last } from '../../src/domain/date-rules-anaphora';

// Each anaphora rule called directly, not only through the sentence sets' floors, so that a change to
// any of its branches, values or notes shows.
const env = (text: string, ctx: DateContext) =>
  makeEnv(text, ctx, () => {
    throw new Error('these rules resolve nothing else');
  });
const P = '2024-03-10';

describe('last', () => {
  it('is the date given last before the expression, if any', () => {
    expect(last(env('x', { published: P, earlier: ['2024-01-01', '2024-02-02'] }))).toBe('2024-02-02');
    expect(last(env('x', { published: P, earlier: [] }))).toBeUndefined();
    expect(last(env('x', { published: P }))).toBeUndefined();
  });
});

describe('after-earlier («في اليوم التالي», «بعد ذلك بيومين»)', () => {
  const after = (n: number, unit: 'day' | 'week' | 'month' | 'year'): ExpressionParts => ({
    after: { n, unit },
  });

  it('applies only to an expression that counts after something', () => {
    expect(afterEarlier.when(after(1, 'day'), env('x', { published: P }))).toBe(true);
    expect(afterEarlier.when({ day: 1 }, env('x', { published: P }))).toBe(false);
  });

  it('counts from publication when no date came before, and says so', () => {
    const d = afterEarlier.resolve(after(1, 'day'), env('في اليوم التالي', { published: '2024-03-03' }));
    expect(d.value).toBe('2024-03-04');
    expect(d.rule).toBe('after-publication');
    expect(d.reference).toBe('2024-03-03');
    expect(d.assumptions).toEqual(['no-earlier-date']);
    expect(d.alternatives).toEqual([]);
    expect(d.en).toBe(
      '“في اليوم التالي”: 1 day after the publication date (Sunday 3 March 2024): Monday 4 March 2024.',
    );
    expect(d.ar).toContain('«في اليوم التالي»: بعد تاريخ النشر');
  });

  it('counts from the date before it: after from its end, before from its start', () => {
    const e = env('بعد ذلك بيومين', { published: P, earlier: ['2024-03-01/2024-03-05'] });
    const d = afterEarlier.resolve(after(2, 'day'), e);
    expect(d.value).toBe('2024-03-07');
    expect(d.rule).toBe('anaphor');
    expect(d.reference).toBe('2024-03-01/2024-03-05');
    expect(d.assumptions).toEqual([]);
    expect(d.en).toContain('2 days after the date given before it');
    expect(d.ar).toContain('بعد التاريخ المذكور قبله');
    const b = afterEarlier.resolve(after(-2, 'day'), e);
    expect(b.value).toBe('2024-02-28');
    expect(b.en).toContain('2 days before the date given before it');
    expect(b.ar).toContain('قبل التاريخ المذكور قبله');
  });

  it('counts weeks, months and years', () => {
    const e = (earlier: string) => env('x', { published: P, earlier: [earlier] });
    expect(afterEarlier.resolve(after(1, 'week'), e('2024-03-03')).value).toBe('2024-03-10');
    expect(afterEarlier.resolve(after(2, 'week'), e('2024-03-03')).en).toContain('2 weeks after');
    expect(afterEarlier.resolve(after(1, 'month'), e('2024-01-31')).value).toBe('2024-02');
    expect(afterEarlier.resolve(after(2, 'month'), e('2024-11')).value).toBe('2025-01');
    expect(afterEarlier.resolve(after(-1, 'month'), e('2024-01')).value).toBe('2023-12');
    expect(afterEarlier.resolve(after(1, 'year'), e('2024-05')).value).toBe('2025');
    expect(afterEarlier.resolve(after(-3, 'year'), e('2024')).value).toBe('2021');
  });

  it('gives no value when the unit cannot be counted from what came before, or nothing is known', () => {
    const month = afterEarlier.resolve(after(1, 'day'), env('x', { published: P, earlier: ['2024-03'] }));
    expect(month.value).toBeNull();
    expect(month.rule).toBe('anaphor-unresolved');
    expect(month.en).toContain('cannot be counted from the date before it');
    expect(
      afterEarlier.resolve(after(1, 'week'), env('x', { published: P, earlier: ['2024'] })).value,
    ).toBeNull();
    expect(
      afterEarlier.resolve(after(1, 'month'), env('x', { published: P, earlier: ['2024'] })).value,
    ).toBeNull();
    const none = afterEarlier.resolve(after(1, 'day'), env('x', { published: null }));
    expect(none.value).toBeNull();
    expect(none.rule).toBe('anaphor-unresolved');
    expect(none.en).toContain('none is known');
    expect(none.ar).toContain('ولا يُعرف');
  });
});

describe('anaphor («اليوم نفسه», «الشهر نفسه من العام الماضي»)', () => {
  const e = (earlier?: string) =>
    env('الشهر نفسه', { published: P, ...(earlier === undefined ? {} : { earlier: [earlier] }) });

  it('applies only to an expression that refers back', () => {
    expect(anaphor.when({ anaphor: 'day' }, e())).toBe(true);
    expect(anaphor.when({ day: 3 }, e())).toBe(false);
  });

  it('takes the day, month, year or whole period of the date before it', () => {
    expect(anaphor.resolve({ anaphor: 'day' }, e('2024-03-03')).value).toBe('2024-03-03');
    expect(anaphor.resolve({ anaphor: 'day' }, e('2024-03-01/2024-03-05')).value).toBe('2024-03-01');
    expect(anaphor.resolve({ anaphor: 'month' }, e('2024-03-03')).value).toBe('2024-03');
    expect(anaphor.resolve({ anaphor: 'year' }, e('2024-03-03')).value).toBe('2024');
    expect(anaphor.resolve({ anaphor: 'period' }, e('2024-03-01/2024-03-05')).value).toBe(
      '2024-03-01/2024-03-05',
    );
    const d = anaphor.resolve({ anaphor: 'month' }, e('2024-03-03'));
    expect(d.rule).toBe('anaphor');
    expect(d.reference).toBe('2024-03-03');
    expect(d.en).toBe(
      '“الشهر نفسه” refers back to the date given before it (Sunday 3 March 2024): March 2024.',
    );
    expect(d.ar).toContain('يحيل إلى التاريخ المذكور قبله');
    expect(d.ar).not.toContain('في العام الذي يذكره');
  });

  it('moves it to the year named, or by the years named, with 29 February kept only in a leap year', () => {
    const back = anaphor.resolve({ anaphor: 'month', yearShift: -1 }, e('2024-03-03'));
    expect(back.value).toBe('2023-03');
    expect(back.en).toContain(', in the year it names');
    expect(back.ar).toContain('، في العام الذي يذكره');
    expect(anaphor.resolve({ anaphor: 'day', yearShift: 0 }, e('2024-03-03')).value).toBe('2024-03-03');
    expect(anaphor.resolve({ anaphor: 'day', year: 2020 }, e('2024-02-29')).value).toBe('2020-02-29');
    expect(anaphor.resolve({ anaphor: 'day', year: 2023 }, e('2024-02-29')).value).toBe('2023-02-28');
    expect(anaphor.resolve({ anaphor: 'day', yearShift: 1 }, e('2024-02-29')).value).toBe('2025-02-28');
    expect(anaphor.resolve({ anaphor: 'period', year: 2022 }, e('2024-03-01/2024-04-05')).value).toBe(
      '2022-03-01/2022-04-05',
    );
    expect(anaphor.resolve({ anaphor: 'year', yearShift: -1000 }, e('2024-03-03')).value).toBe('1024');
    expect(anaphor.resolve({ anaphor: 'year', year: 987 }, e('2024-03-03')).value).toBe('0987');
  });

  it('gives no value with no date before it', () => {
    const d = anaphor.resolve({ anaphor: 'day' }, e());
    expect(d.value).toBeNull();
    expect(d.rule).toBe('anaphor-unresolved');
    expect(d.en).toContain('refers to a date given before it, and none is known');
  });
});

describe('day-of-same-month («19 من الشهر نفسه»)', () => {
  const e = (earlier?: string) =>
    env('19 من الشهر نفسه', { published: P, ...(earlier === undefined ? {} : { earlier: [earlier] }) });

  it('applies to a day of «the same» month only', () => {
    expect(dayOfSameMonth.when({ day: 19, qualifier: 'same' }, e())).toBe(true);
    expect(dayOfSameMonth.when({ day: 19, qualifier: 'next' }, e())).toBe(false);
    expect(dayOfSameMonth.when({ qualifier: 'same' }, e())).toBe(false);
  });

  it('takes that day of the month given before it (the first month of a span)', () => {
    const d = dayOfSameMonth.resolve({ day: 19, qualifier: 'same' }, e('2024-03-03'));
    expect(d.value).toBe('2024-03-19');
    expect(d.rule).toBe('anaphor');
    expect(d.reference).toBe('2024-03-03');
    expect(d.en).toBe('“19 من الشهر نفسه”: that day of the month given before it: Tuesday 19 March 2024.');
    expect(d.ar).toContain('ذلك اليوم من الشهر المذكور قبله');
    expect(dayOfSameMonth.resolve({ day: 19, qualifier: 'same' }, e('2024-03-01/2024-04-05')).value).toBe(
      '2024-03-19',
    );
    expect(dayOfSameMonth.resolve({ day: 29, qualifier: 'same' }, e('2024-02')).value).toBe('2024-02-29');
  });

  it('gives no value for a day the month lacks, or with no month before it', () => {
    const lacks = dayOfSameMonth.resolve({ day: 30, qualifier: 'same' }, e('2024-02'));
    expect(lacks.value).toBeNull();
    expect(lacks.rule).toBe('not-a-date');
    for (const d of [
      dayOfSameMonth.resolve({ day: 19, qualifier: 'same' }, e('2024')),
      dayOfSameMonth.resolve({ day: 19, qualifier: 'same' }, e()),
    ]) {
      expect(d.value).toBeNull();
      expect(d.rule).toBe('anaphor-unresolved');
      expect(d.en).toContain('refers to a month given before it');
    }
  });
});

describe('«الفترة نفسها من العام الماضي 2024» after months with no year (anaphor)', () => {
  // «نما الاقتصاد … من يناير إلى مارس مقارنة مع 3 في المئة خلال الفترة نفسها من العام الماضي 2024» in an
  // undated text (date-rules-batch8.test.ts): no dated value before it, only the months.
  const ctx: DateContext = { published: null, earlierMonths: '2024-01/2024-03' };
  it('is those months in the year it names, and a month the first of them', () => {
    const period = anaphor.resolve({ anaphor: 'period', year: 2024 }, env('الفترة نفسها', ctx));
    expect(period).toEqual({
      value: '2024-01/2024-03',
      rule: 'anaphor',
      reference: null,
      assumptions: ['months-before-it-without-year'],
      alternatives: [],
      en: '“الفترة نفسها” refers back to the months named before it, which have no year of their own, in the year it names: January 2024 to March 2024.',
      ar: '«الفترة نفسها» يحيل إلى الأشهر المذكورة قبله، وهي بلا سنة، في العام الذي يذكره: من كانون الثاني/يناير 2024 إلى آذار/مارس 2024.',
    });
    const month = anaphor.resolve({ anaphor: 'month', year: 2023 }, env('الشهر نفسه', ctx));
    expect(month.value).toBe('2023-01');
  });

  it('is no date for a day or a year, nor without a year of its own or months before it', () => {
    for (const p of [
      { anaphor: 'day', year: 2024 },
      { anaphor: 'year', year: 2024 },
      { anaphor: 'period' },
    ] as const) {
      const d = anaphor.resolve(p, env('اليوم نفسه', ctx));
      expect([d.value, d.rule]).toEqual([null, 'anaphor-unresolved']);
    }
    const none = anaphor.resolve({ anaphor: 'period', year: 2024 }, env('الفترة نفسها', { published: null }));
    expect([none.value, none.rule]).toEqual([null, 'anaphor-unresolved']);
  });
});
