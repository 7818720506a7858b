import { describe, expect, it } from 'vitest';
import { addDays, analyseDates, interval, parsePartialDate, weekdayOf } from '../../src/domain';

/** The resolver's value for the only date expression of `text`: the one weekday rule there is. */
const valueOf = (text: string, published: string): string | null | undefined =>
  analyseDates(text, published)[0]?.value;

describe('partial dates', () => {
  it('parses the three forms and rejects days that do not exist', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024 });
    expect(parsePartialDate('2024-06')).toEqual({ year: 2024, month: 6 });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-13')).toBeNull();
    expect(parsePartialDate('24-06-2024')).toBeNull();
    expect(parsePartialDate('2024-6-1')).toBeNull();
  });

  it('gives each precision the whole period it names, in UTC', () => {
    expect(interval('2024-06-25')).toEqual({ start: Date.UTC(2024, 5, 25), end: Date.UTC(2024, 5, 26) });
    expect(interval('2024-05')).toEqual({ start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 5, 1) });
    expect(interval('2014')).toEqual({ start: Date.UTC(2014, 0, 1), end: Date.UTC(2015, 0, 1) });
    expect(interval('2024-06-17', '2024-06-23')).toEqual({
      start: Date.UTC(2024, 5, 17),
      end: Date.UTC(2024, 5, 24),
    });
    expect(interval('2024-02-30')).toBeNull();
    // Years before 100 are not read as 19xx.
    expect(new Date(interval('0050')!.start).getUTCFullYear()).toBe(50);
  });
});

describe('resolving weekdays and relative phrases against a publication date', () => {
  it('knows the weekdays of the corpus dates', () => {
    expect(weekdayOf('2024-06-25')).toBe(2); // Tuesday
    expect(weekdayOf('2022-10-21')).toBe(5); // Friday
    expect(weekdayOf('2022-10-23')).toBe(0); // Sunday
  });

  it('reads a bare weekday in past narration as that day on or before publication', () => {
    // Published Wednesday 26 June 2024: "Tuesday" is the 25th.
    expect(valueOf('التقى الوزيران الثلاثاء في جنيف.', '2024-06-26')).toBe('2024-06-25');
    // Published on a Tuesday, "Tuesday" is the same day.
    expect(valueOf('التقى الوزيران الثلاثاء في جنيف.', '2024-06-25')).toBe('2024-06-25');
    // Published Friday 21 October 2022: "Thursday" is the 20th, "Tuesday" the 18th.
    expect(valueOf('التقى الوزيران الخميس في جنيف.', '2022-10-21')).toBe('2022-10-20');
    expect(valueOf('التقى الوزيران الثلاثاء في جنيف.', '2022-10-21')).toBe('2022-10-18');
  });

  it('reads "last Monday" as strictly before publication', () => {
    expect(valueOf('التقى الوزيران يوم الاثنين الماضي.', '2024-06-26')).toBe('2024-06-24');
    expect(valueOf('التقى الوزيران يوم الاثنين الماضي.', '2024-06-24')).toBe('2024-06-17');
  });

  it('reads "last week" as the Sunday-to-Saturday week before', () => {
    expect(valueOf('التقى الوزيران الأسبوع الماضي.', '2024-06-26')).toBe('2024-06-16/2024-06-22');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
  });
});
