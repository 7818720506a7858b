import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { resolveDate, type DateContext } from '../../src/domain/date-resolver';
import { yearFor } from '../../src/domain/date-rules-stated';

// The rules for stated dates (`date-rules-stated.ts`) at their edges: spans whose ends lend each other
// a year or were printed backwards, Hijri months on the day half a year ahead or in the middle of the
// month itself, feasts dated by a Gregorian year, and days that are no day. Parts are given as the finder
// makes them; Hijri facts are those of Umm al-Qura (Ramadan 1445 ran 11 March – 9 April 2024).
const read = (text: string, parts: ExpressionParts, ctx: DateContext) =>
  resolveDate({ start: 0, end: text.length, text, kind: 'date', parts }, ctx);
const G = 'gregory' as const;
const PUB = '2024-06-26';

describe('a span whose ends lend each other a year', () => {
  it('takes the start’s year from a printed end only when the start prints none, and says it is as printed', () => {
    const r = read(
      'من 20 نوفمبر إلى 5 فبراير 2024',
      { calendar: G, day: 20, month: 11, to: { calendar: G, day: 5, month: 2, year: 2024 } },
      { published: PUB },
    );
    expect(r.value).toBe('2023-11-20/2024-02-05');
    expect([r.rule, r.reference]).toEqual(['stated', null]);
    expect(r.note.en).toMatch(/, as printed\.$/u);
    // Both ends printed: each keeps its own year, even two years apart.
    const both = read(
      'من 20 ديسمبر 2023 إلى 5 يناير 2025',
      { calendar: G, day: 20, month: 12, year: 2023, to: { calendar: G, day: 5, month: 1, year: 2025 } },
      { published: PUB },
    );
    expect(both.value).toBe('2023-12-20/2025-01-05');
  });

  it('keeps one year for a span within one month, whichever end prints it', () => {
    const end = read(
      'من 5 مارس إلى 20 مارس 2024',
      { calendar: G, day: 5, month: 3, to: { calendar: G, day: 20, month: 3, year: 2024 } },
      { published: PUB },
    );
    expect(end.value).toBe('2024-03-05/2024-03-20');
    const start = read(
      'من 5 مارس 2024 إلى 20 مارس',
      { calendar: G, day: 5, month: 3, year: 2024, to: { calendar: G, day: 20, month: 3 } },
      { published: PUB },
    );
    expect(start.value).toBe('2024-03-05/2024-03-20');
    // Neither printed: both in the year of publication.
    const none = read(
      'من 5 مارس إلى 20 مارس',
      { calendar: G, day: 5, month: 3, to: { calendar: G, day: 20, month: 3 } },
      { published: PUB },
    );
    expect(none.value).toBe('2024-03-05/2024-03-20');
    expect(none.note.en).toMatch(/the year from the publication date \(Wednesday 26 June 2024\)\.$/u);
  });

  it('keeps a span printed backwards as printed, both years being the text’s', () => {
    // «من 20 ديسمبر 2024 إلى 5 يناير 2024»: a misprint the resolver does not correct.
    const r = read(
      'من 20 ديسمبر 2024 إلى 5 يناير 2024',
      { calendar: G, day: 20, month: 12, year: 2024, to: { calendar: G, day: 5, month: 1, year: 2024 } },
      { published: PUB },
    );
    expect(r.value).toBe('2024-12-20/2024-01-05');
  });

  it('is the start’s reason when the start is no real day, whatever the end', () => {
    const noYear = read(
      'من 31 فبراير إلى 5 مارس',
      { calendar: G, day: 31, month: 2, to: { calendar: G, day: 5, month: 3 } },
      { published: PUB },
    );
    expect([noYear.value, noYear.rule]).toEqual([null, 'not-a-date']);
    const sameMonth = read(
      'من 31 فبراير إلى 22 من نفس الشهر',
      { calendar: G, day: 31, month: 2, to: { qualifier: 'same', day: 22 } },
      { published: PUB },
    );
    expect([sameMonth.value, sameMonth.rule]).toEqual([null, 'not-a-date']);
  });

  it('ends on the start’s own day when both ends are one day', () => {
    const r = read(
      'من 26 يونيو حتى 26 يونيو',
      { calendar: G, day: 26, month: 6, to: { calendar: G, day: 26, month: 6 } },
      { published: PUB },
    );
    expect(r.value).toBe('2024-06-26/2024-06-26');
  });
});

describe('Hijri months and feasts at their edges', () => {
  it('keeps the Hijri year of publication for a month exactly half a year (183 days) ahead', () => {
    // Published Friday 30 August 2024 (26 Safar 1446); Ramadan 1446 begins 183 days later, 1 March 2025.
    const r = read('في رمضان', { calendar: 'islamic', month: 9 }, { published: '2024-08-30' });
    expect(r.value).toBe('2025-03-01/2025-03-29');
    expect(r.assumptions).toEqual(['umm-al-qura', 'hijri-year-of-publication']);
    // Published a day earlier it is more than half a year ahead: told without a future verb, last year's.
    const earlier = read('في رمضان', { calendar: 'islamic', month: 9 }, { published: '2024-08-29' });
    expect(earlier.value).toBe('2024-03-11/2024-04-09');
  });

  it('takes this Ramadan, not the next, when it is said of the future during Ramadan', () => {
    const r = read(
      'سأعود في رمضان',
      { calendar: 'islamic', month: 9 },
      { published: '2024-03-20', future: true },
    );
    expect(r.value).toBe('2024-03-11/2024-04-09');
    expect(r.assumptions).toEqual(['umm-al-qura', 'hijri-year-of-publication']);
  });

  it('says a 30th the month does not have is no day of Umm al-Qura, counted or printed', () => {
    // Published 1 March 2023 (9 Shaʿban 1444); Ramadan 1444 had 29 days.
    const counted = read('30 رمضان', { calendar: 'islamic', day: 30, month: 9 }, { published: '2023-03-01' });
    expect([counted.value, counted.rule]).toEqual([null, 'hijri-out-of-range']);
    expect(counted.note.en).toBe('“30 رمضان” is not a day of the Umm al-Qura calendar.');
    expect(counted.note.ar).toBe('«30 رمضان» ليس يومًا في تقويم أم القرى.');
    const printed = read(
      '30 رمضان 1444',
      { calendar: 'islamic', day: 30, month: 9, year: 1444 },
      { published: PUB },
    );
    expect([printed.value, printed.rule]).toEqual([null, 'hijri-out-of-range']);
  });

  it('dates a feast by the Gregorian year it falls in, counting from the feast’s own day', () => {
    // 27 Rajab 1447 is 16 January 2026; 1 Rajab 1448 falls in December 2026, its 27th in 2027.
    const r = read(
      'الإسراء والمعراج 2026',
      { holiday: 'isra-miraj', gregorianYear: 2026 },
      { published: PUB },
    );
    expect(r.value).toBe('2026-01-16');
    expect(r.assumptions).toEqual(['umm-al-qura', 'hijri-year-from-gregorian']);
  });

  it('keeps a printed Hijri year over a Gregorian year printed beside it', () => {
    const r = read(
      'رمضان 1440 (2024)',
      { calendar: 'islamic', month: 9, year: 1440, gregorianYear: 2024 },
      { published: PUB },
    );
    expect(r.value).toBe('2019-05-06/2019-06-03');
    expect(r.assumptions).toEqual(['umm-al-qura']);
  });

  it('names the assumption of a feast’s year taken from its sentence in an undated article', () => {
    const r = read('عيد الفطر', { holiday: 'fitr' }, { published: null, sentenceYear: 2024 });
    expect(r.value).toBe('2024-04-10');
    expect(r.assumptions).toEqual(['umm-al-qura', 'year-from-sentence']);
  });
});

describe('the new year, and days that are no day', () => {
  it('gives the next new year with no other reading and no assumption', () => {
    const r = read('رأس السنة', { holiday: 'new-year' }, { published: PUB });
    expect([r.value, r.assumptions, r.alternatives]).toEqual(['2025-01-01', [], []]);
  });

  it('says «29 فبراير» of a year without it is no real day, in both languages', () => {
    const r = read('29 فبراير', { calendar: G, day: 29, month: 2 }, { published: '2025-03-10' });
    expect([r.value, r.rule]).toEqual([null, 'not-a-date']);
    expect(r.note.en).toBe('“29 فبراير” is not a real day.');
    expect(r.note.ar).toBe('«29 فبراير» ليس يومًا حقيقيًا.');
    const narrated = read(
      'يوم 29 شباط',
      { calendar: G, day: 29, month: 2 },
      { published: PUB, narratedYear: 2013 },
    );
    expect([narrated.value, narrated.rule, narrated.note.ar]).toEqual([
      null,
      'not-a-date',
      '«يوم 29 شباط» ليس يومًا حقيقيًا.',
    ]);
  });

  it('finds the leap year a weekday names for «الخميس 29 فبراير»', () => {
    // Published 10 March 2025: 29 February 2024 was a Thursday; 2025 has no 29 February.
    const r = read(
      'الخميس 29 فبراير',
      { calendar: G, day: 29, month: 2, weekday: 4 },
      { published: '2025-03-10' },
    );
    expect([r.value, r.rule]).toEqual(['2024-02-29', 'qualifier-weekday']);
  });

  it('gives a day without a month no year from its sentence nor from the year narrated', () => {
    const undated = read('يوم 5', { calendar: G, day: 5 }, { published: null, sentenceYear: 2019 });
    expect([undated.value, undated.rule]).toEqual([null, 'not-a-date']);
    const narrated = read('يوم 5', { calendar: G, day: 5 }, { published: PUB, narratedYear: 2012 });
    expect([narrated.value, narrated.rule]).toEqual([null, 'not-a-date']);
  });
});

describe('yearFor at its edges', () => {
  const pub = { y: 2024, m: 6, d: 26 };
  it('puts «مارس الماضي» in the year of publication when March came before it', () => {
    expect(yearFor({ month: 3, qualifier: 'past' }, pub, false)).toEqual({ year: 2024, why: 'past' });
  });
  it('puts «26 يوليو المقبل» in the year of publication, the same day of a later month', () => {
    expect(yearFor({ day: 26, month: 7, qualifier: 'next' }, pub, false)).toEqual({
      year: 2024,
      why: 'next',
    });
    expect(yearFor({ day: 26, month: 6, qualifier: 'next' }, pub, false)).toEqual({
      year: 2025,
      why: 'next',
    });
  });
});
