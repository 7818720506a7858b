import { describe, expect, it } from 'vitest';
import { weekdayNearStated } from '../../src/domain/date-equated';
import type { DateKind, ExpressionParts } from '../../src/domain/date-finder';
import type { DateReading } from '../../src/domain/date-resolver';

// `weekdayNearStated` called directly, on the pair `analyseDates` hands it: a stated day (or span) and a
// bare weekday after it. The sentences of `date-rules-classes.test.ts` reach it through the finder;
// these pin each guard, each end of the search, and the reading it gives.

const reading = (value: string | null): DateReading => ({
  value,
  rule: 'stated',
  reference: null,
  assumptions: [],
  alternatives: [],
  note: { en: '', ar: '' },
});
const read = (text: string, kind: DateKind, parts: ExpressionParts, value: string | null) => ({
  found: { start: 0, end: text.length, text, kind, parts },
  reading: reading(value),
});
/** «يوم 19 سبتمبر 2024»: Thursday. */
const STATED = read('يوم 19 سبتمبر 2024', 'date', { day: 19, month: 9, year: 2024 }, '2024-09-19');
/** A bare weekday (0 Sunday … 6 Saturday), «الجمعة» by default. */
const weekday = (w = 5, more: ExpressionParts = {}) =>
  read('الجمعة', 'weekday', { weekday: w, ...more }, '2024-09-13');
const near = (a: ReturnType<typeof read>, b: ReturnType<typeof read>): string | null | undefined =>
  weekdayNearStated(a, b)?.value;

describe('a bare weekday after a day the text states (weekdayNearStated)', () => {
  it('is the nearest such weekday to the stated day, with its rule, reference and words', () => {
    const r = weekdayNearStated(STATED, weekday());
    expect(r).toEqual({
      value: '2024-09-20',
      rule: 'weekday-near-stated-day',
      reference: '2024-09-19',
      assumptions: ['nearest-weekday'],
      alternatives: [],
      note: {
        en: '“الجمعة”: told of the day stated before it, “يوم 19 سبتمبر 2024” (Thursday 19 September 2024), so the Friday nearest it: Friday 20 September 2024.',
        ar: '«الجمعة»: يُروى عن اليوم المذكور قبله «يوم 19 سبتمبر 2024» (الخميس 19 أيلول/سبتمبر 2024)، فهو أقرب الجمعة إليه: الجمعة 20 أيلول/سبتمبر 2024.',
      },
    });
  });

  it('looks both ways from a day', () => {
    // Thursday 19 September: Monday is 3 days back, 4 ahead; Sunday 4 back, 3 ahead.
    expect(near(STATED, weekday(1))).toBe('2024-09-16');
    expect(near(STATED, weekday(0))).toBe('2024-09-22');
    // The same weekday is the day itself.
    expect(near(STATED, weekday(4))).toBe('2024-09-19');
  });

  it('inside a stated span, the span’s own day of that weekday, to its last day', () => {
    // Thursday 3 to Tuesday 8 October 2024.
    const span = read(
      'من 3 إلى 8 أكتوبر 2024',
      'date',
      { day: 3, month: 10, year: 2024 },
      '2024-10-03/2024-10-08',
    );
    expect(near(span, weekday(6))).toBe('2024-10-05');
    expect(near(span, weekday(2))).toBe('2024-10-08');
    // Wednesday is in no day of it, one day from either end: the one after, on a tie.
    expect(near(span, weekday(3))).toBe('2024-10-09');
    // A span of more than a week: the first of its days with that weekday, not the nearest end.
    const long = read(
      'من 1 إلى 20 أكتوبر 2024',
      'date',
      { day: 1, month: 10, year: 2024 },
      '2024-10-01/2024-10-20',
    );
    expect(near(long, weekday(2))).toBe('2024-10-01');
    expect(near(long, weekday(1))).toBe('2024-10-07');
  });

  it('reads a run of weekdays from the first to the last', () => {
    expect(near(STATED, weekday(5, { to: { weekday: 6 } }))).toBe('2024-09-20/2024-09-21');
    // A run that goes over the week's end: Friday to Monday.
    expect(near(STATED, weekday(5, { to: { weekday: 1 } }))).toBe('2024-09-20/2024-09-23');
  });

  it('takes a day a numeric date, a Hijri date or a feast states', () => {
    const numeric = read('19/9/2024', 'numeric', { day: 19, month: 9, year: 2024 }, '2024-09-19');
    const hijri = read('16 ربيع الأول 1446', 'hijri', { day: 16, month: 3, year: 1446 }, '2024-09-19');
    const feast = read('عيد الأضحى', 'holiday', { holiday: 'adha' }, '2024-06-16');
    expect(near(numeric, weekday())).toBe('2024-09-20');
    expect(near(hijri, weekday())).toBe('2024-09-20');
    expect(near(feast, weekday())).toBe('2024-06-14');
  });

  it('is no such pair when the first states no day, or the second is not a bare weekday', () => {
    // The first: a day counted from publication, a month, a year, a feast with no name, a range of months.
    expect(near(read('غدًا', 'deictic', { dayOffset: 1 }, '2024-09-19'), weekday())).toBeUndefined();
    expect(near(read('19 سبتمبر', 'date', { day: 19 }, '2024-09-19'), weekday())).toBeUndefined();
    expect(near(read('سبتمبر 2024', 'date', { month: 9 }, '2024-09-19'), weekday())).toBeUndefined();
    expect(near(read('العيد', 'holiday', {}, '2024-09-19'), weekday())).toBeUndefined();
    expect(
      near(read('سبتمبر 2024', 'month', { month: 9, year: 2024 }, '2024-09'), weekday()),
    ).toBeUndefined();
    const months = read('من 5 سبتمبر إلى أكتوبر', 'date', { day: 5, month: 9 }, '2024-09-05/2024-10');
    expect(near(months, weekday())).toBeUndefined();
    expect(near(read('5 سبتمبر', 'date', { day: 5, month: 9 }, null), weekday())).toBeUndefined();
    // The second: not a weekday, or a weekday with a day, a qualifier, an ordinal or a week of its own,
    // or a run to a day.
    expect(near(STATED, read('غدًا', 'deictic', { weekday: 5 }, '2024-09-13'))).toBeUndefined();
    expect(near(STATED, read('الجمعة', 'weekday', {}, null))).toBeUndefined();
    expect(near(STATED, weekday(5, { day: 20 }))).toBeUndefined();
    expect(near(STATED, weekday(5, { qualifier: 'next' }))).toBeUndefined();
    expect(near(STATED, weekday(5, { nth: 1 }))).toBeUndefined();
    expect(near(STATED, weekday(5, { weekShift: 1 }))).toBeUndefined();
    expect(near(STATED, weekday(5, { to: { day: 21, weekday: 6 } }))).toBeUndefined();
    expect(near(STATED, weekday(5, { to: { day: 21 } }))).toBeUndefined();
  });
});
