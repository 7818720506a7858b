import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { makeEnv, type Draft } from '../../src/domain/date-rule-env';
import { shareOfNamedYear, weekOfMonth } from '../../src/domain/date-rules-periods';

// The nth week of a month and a count of a year's months, each rule called directly: the month (or
// nothing) the rest of the expression resolves to, then the rule's own value, assumptions and words.
const WHOLE: Draft = {
  value: '2024-07',
  rule: 'stated',
  reference: null,
  assumptions: [],
  alternatives: [],
  en: '“يوليو 2024”: July 2024.',
  ar: '«يوليو 2024»: تموز/يوليو 2024.',
};
const week = (n: number, whole: Draft = WHOLE): Draft =>
  weekOfMonth.resolve(
    { weekOfMonth: n, month: 7, year: 2024 },
    makeEnv('الأسبوع من يوليو 2024', { published: '2024-06-26' }, () => whole),
  );

describe('the nth week of a month (weekOfMonth)', () => {
  it('is taken for a week of a month, and only then', () => {
    expect(
      weekOfMonth.when(
        { weekOfMonth: 2 },
        makeEnv('', { published: null }, () => WHOLE),
      ),
    ).toBe(true);
    expect(
      weekOfMonth.when(
        { month: 7 },
        makeEnv('', { published: null }, () => WHOLE),
      ),
    ).toBe(false);
  });

  it('reads weeks from Sunday, the first holding the 1st, with its words', () => {
    // July 2024 starts on a Monday: its first week is 1–6, its second 7–13.
    expect(week(2)).toEqual({
      ...WHOLE,
      value: '2024-07-07/2024-07-13',
      assumptions: ['week-of-month'],
      en: '“يوليو 2024”: July 2024. Of it, its week 2, weeks from Sunday, the first holding the 1st: Sunday 7 July 2024 to Saturday 13 July 2024.',
      ar: '«يوليو 2024»: تموز/يوليو 2024. ومنه أسبوعه رقم 2، والأسابيع من الأحد أولها ما فيه اليوم الأول: من الأحد 7 تموز/يوليو 2024 إلى السبت 13 تموز/يوليو 2024.',
    });
    expect(week(1).value).toBe('2024-07-01/2024-07-06');
    // The fifth is cut at the month's end; a sixth July 2024 does not have is the month.
    expect(week(5).value).toBe('2024-07-28/2024-07-31');
    expect(week(6).value).toBe('2024-07');
  });

  it('reads the last week as the last seven days', () => {
    const r = week(0);
    expect(r.value).toBe('2024-07-25/2024-07-31');
    expect(r.en).toContain('Of it, its last week, its last seven days: Thursday 25 July 2024');
    expect(r.ar).toContain('ومنه أسبوعه الأخير، أيامه السبعة الأخيرة: من الخميس 25');
  });

  it('leaves a month it cannot read, or what is not a month, as it is', () => {
    const none: Draft = { ...WHOLE, value: null };
    expect(week(2, none)).toBe(none);
    const day: Draft = { ...WHOLE, value: '2024-07-04' };
    expect(week(2, day)).toBe(day);
  });
});

describe("a count of a year's months from its start or end (shareOfNamedYear)", () => {
  const share = (p: ExpressionParts): Draft =>
    shareOfNamedYear.resolve(
      p,
      makeEnv('الأشهر', { published: '2024-06-26' }, () => WHOLE),
    );
  it('runs from the first month counted to the last, and says which', () => {
    const r = share({ share: { n: 1, of: 12, count: 5 }, year: 2023 });
    expect(r.value).toBe('2023-01/2023-05');
    expect(r.en).toContain(': month 1–5 of 2023, as months:');
    expect(r.ar).toContain(': الشهر 1–5 من العام، 2023، بالأشهر:');
    expect(share({ share: { n: 10, of: 12, count: 3 }, year: 2023 }).value).toBe('2023-10/2023-12');
  });
});
