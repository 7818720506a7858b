import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// The period rules (src/domain/date-rules-periods.ts) read through the analyser: each reading's value,
// rule, reference, assumptions and its notes, whose dates are in the note's own language.
const one = (text: string, published: string | null) => {
  const found = analyseDates(text, published);
  expect(found).toHaveLength(1);
  const [r] = found;
  if (r === undefined) throw new Error('no reading');
  return r;
};

describe('seasons (season)', () => {
  it('reads this season, the next and the last from the publication date, as months', () => {
    // Published Wednesday 26 June 2024.
    expect(one('هذا الصيف', '2024-06-26').value).toBe('2024-06/2024-08');
    expect(one('الخريف المقبل', '2024-06-26').value).toBe('2024-09/2024-11');
    expect(one('الصيف المقبل', '2024-06-26').value).toBe('2025-06/2025-08');
    expect(one('الربيع الماضي', '2024-06-26').value).toBe('2024-03/2024-05');
    expect(one('الخريف الماضي', '2024-06-26').value).toBe('2023-09/2023-11');
    expect(one('هذا الشتاء', '2024-06-26').value).toBe('2024-12/2025-02');
    // In February the winter of publication began the December before.
    expect(one('هذا الشتاء', '2024-02-10').value).toBe('2023-12/2024-02');
  });

  it('writes its rule, reference, assumption and notes, and has no value without a year or a date', () => {
    const r = one('هذا الصيف', '2024-06-26');
    expect([r.rule, r.reference]).toEqual(['season-counted', '2024-06-26']);
    expect(r.assumptions).toEqual(['northern-seasons']);
    expect(r.alternatives).toEqual([]);
    expect(r.note.en).toMatch(/^“هذا الصيف”: summer \(June–August\): .*June.*August 2024\.$/u);
    expect(r.note.ar).toMatch(/^«هذا الصيف»: الصيف \(حزيران–آب\): .*\.$/u);
    expect(r.note.ar).not.toMatch(/June/u);
    const stated = one('صيف 2016', null);
    expect([stated.value, stated.rule, stated.reference]).toEqual(['2016-06/2016-08', 'stated', null]);
    const none = one('هذا الصيف', null);
    expect([none.value, none.rule]).toEqual([null, 'no-reference']);
    expect(none.note.ar).toBe('«هذا الصيف» لا يذكر العام، والمقال بلا تاريخ.');
  });
});

describe('shares of a named year (shareOfNamedYear)', () => {
  it('reads a quarter, a half and a third of a stated or counted year, and a part of a share', () => {
    expect(one('الربع الأول من عام 2018', '2024-06-26').value).toBe('2018-01/2018-03');
    expect(one('النصف الثاني من العام الماضي', '2024-06-26').value).toBe('2023-07/2023-12');
    expect(one('الثلث الأول من عام 2021', null).value).toBe('2021-01/2021-04');
  });

  it('says what year it counted from, in both languages', () => {
    const counted = one('النصف الثاني من العام الماضي', '2024-06-26');
    expect([counted.rule, counted.reference]).toEqual(['share-of-counted-year', '2024-06-26']);
    expect(counted.assumptions).toEqual([]);
    expect(counted.note.en).toContain('half 2 of the year counted from publication (');
    expect(counted.note.ar).toContain('النصف 2 من العام، والعام محسوب من تاريخ النشر (');
    const stated = one('الربع الأول من عام 2018', '2024-06-26');
    expect([stated.rule, stated.reference, stated.assumptions]).toEqual(['stated', null, []]);
    expect(stated.note.en).toMatch(/quarter 1 of 2018, as months: .*January.*March 2018\.$/u);
    expect(stated.note.ar).toMatch(/الربع 1 من العام، 2018، بالأشهر: .*\.$/u);
    expect(stated.note.ar).not.toMatch(/January/u);
  });
});

describe('parts of a named period (partOfNamed)', () => {
  it('takes the start, middle or end of a month or a year and says so in both languages', () => {
    const r = one('أواخر أيلول 2023', '2024-06-26');
    expect(r.value).toBe('2023-09-21/2023-09-30');
    expect(r.assumptions).toContain('part-end');
    expect(r.note.en).toContain('Of it, its end (');
    expect(r.note.ar).toContain('ومنه آخره (');
    expect(r.note.ar).not.toMatch(/September/u);
    expect(one('منتصف أيلول 2023', '2024-06-26').note.en).toContain('Of it, its middle (');
    expect(one('مطلع 2021', '2024-06-26').value).toBe('2021-01/2021-03');
    expect(one('مطلع 2021', '2024-06-26').note.ar).toContain('ومنه أوله (');
  });
});

describe('a month in a year counted from publication (relativeYear)', () => {
  it('counts the year and says so', () => {
    const r = one('مارس من العام المقبل', '2024-06-26');
    expect([r.value, r.rule, r.reference]).toEqual(['2025-03', 'relative-year', '2024-06-26']);
    expect(r.note.en).toMatch(/The year is counted from the publication date \(.*26 June 2024\)\.$/u);
    expect(r.note.ar).toMatch(/والعام محسوب من تاريخ النشر \(.*يونيو.*\)\.$/u);
  });
});
