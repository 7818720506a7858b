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
    expect(none.note.en).toBe('“هذا الصيف” gives no year and the article has no date.');
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

describe('the rest of a week, month or year (restOfPeriod)', () => {
  it('runs from publication to the end of its week, from Sunday, with the other weeks as alternatives', () => {
    // Published Wednesday 26 June 2024: the Sunday week ends on Saturday 29 June.
    const r = one('بقية الأسبوع', '2024-06-26');
    expect([r.value, r.rule, r.reference]).toEqual(['2024-06-26/2024-06-29', 'rest-of-period', '2024-06-26']);
    expect(r.assumptions).toEqual(['week-starts-sunday']);
    expect(r.alternatives).toEqual([
      { value: '2024-06-26/2024-06-28', reading: 'week from Saturday' },
      { value: '2024-06-26/2024-06-30', reading: 'week from Monday' },
    ]);
    expect(r.note.en).toMatch(
      /the rest of its week \(from Sunday\): Wednesday 26 June 2024 to Saturday 29 June/u,
    );
    expect(r.note.ar).toContain('أي بقية أسبوعه (من الأحد)');
  });

  it('is the one day when publication is the last day of the period', () => {
    // Saturday 29 June 2024 ends the Sunday week; 30 June ends the month; 31 December the year.
    expect(one('بقية الأسبوع', '2024-06-29').value).toBe('2024-06-29');
    expect(one('باقي الشهر', '2024-06-30').value).toBe('2024-06-30');
    expect(one('بقية العام', '2024-12-31').value).toBe('2024-12-31');
  });

  it('runs to the end of the month or of the year, each said so in both languages', () => {
    const month = one('باقي الشهر', '2024-02-10');
    expect([month.value, month.rule, month.assumptions]).toEqual([
      '2024-02-10/2024-02-29',
      'rest-of-period',
      [],
    ]);
    expect(month.note.en).toContain('the rest of its month: ');
    expect(month.note.ar).toContain('أي بقية شهره: ');
    const year = one('بقية العام', '2024-06-26');
    expect([year.value, year.rule, year.alternatives]).toEqual([
      '2024-06-26/2024-12-31',
      'rest-of-period',
      [],
    ]);
    expect(year.note.en).toContain('the rest of its year: ');
    expect(year.note.ar).toContain('أي بقية عامه: ');
    // A year before 1000 keeps its four digits.
    expect(one('بقية العام', '0999-05-01').value).toBe('0999-05-01/0999-12-31');
  });

  it('has no value without a publication date', () => {
    const r = one('بقية الشهر', null);
    expect([r.value, r.rule]).toEqual([null, 'no-reference']);
  });
});

describe('seasons at the edges of the year (season)', () => {
  it('counts the last and next season from the month of publication, winter across the new year', () => {
    // In May or August, the last summer is the year before's; in September it is this year's.
    expect(one('الصيف الماضي', '2024-05-10').value).toBe('2023-06/2023-08');
    expect(one('الصيف الماضي', '2024-07-10').value).toBe('2023-06/2023-08');
    expect(one('الصيف الماضي', '2024-08-15').value).toBe('2023-06/2023-08');
    expect(one('الصيف الماضي', '2024-09-15').value).toBe('2024-06/2024-08');
    // In June the next summer is the one after this.
    expect(one('الصيف المقبل', '2024-06-05').value).toBe('2025-06/2025-08');
    expect(one('الصيف المقبل', '2024-05-10').value).toBe('2024-06/2024-08');
    // In February this summer is still ahead, in the same year.
    expect(one('هذا الصيف', '2024-02-10').value).toBe('2024-06/2024-08');
    // The last winter, said in June, began the December before; the next, said in December, is the one
    // beginning (the winter of publication), as «هذا الشتاء» is.
    expect(one('الشتاء الماضي', '2024-06-26').value).toBe('2023-12/2024-02');
    expect(one('الشتاء المقبل', '2024-11-10').value).toBe('2024-12/2025-02');
    expect(one('الشتاء المقبل', '2024-12-10').value).toBe('2024-12/2025-02');
  });

  it('keeps a stated year whatever the publication date, and names each season in both languages', () => {
    const stated = one('صيف 2016', '2024-06-26');
    expect([stated.value, stated.rule, stated.reference]).toEqual(['2016-06/2016-08', 'stated', null]);
    const notes: [string, string, string][] = [
      ['هذا الشتاء', 'winter (December–February)', 'الشتاء (كانون الأول–شباط)'],
      ['الربيع المقبل', 'spring (March–May)', 'الربيع (آذار–أيار)'],
      ['هذا الخريف', 'autumn (September–November)', 'الخريف (أيلول–تشرين الثاني)'],
      ['الصيف الماضي', 'summer (June–August)', 'الصيف (حزيران–آب)'],
    ];
    for (const [text, en, ar] of notes) {
      const r = one(text, '2024-06-26');
      expect(r.note.en).toContain(`: ${en}: `);
      expect(r.note.ar).toContain(`: ${ar}: `);
    }
    expect(one('هذا الشتاء', '2024-06-26').value).toBe('2024-12/2025-02');
    expect(one('الربيع المقبل', '2024-06-26').value).toBe('2025-03/2025-05');
    expect(one('هذا الخريف', '2024-10-02').value).toBe('2024-09/2024-11');
  });
});

describe('shares of a year: parts, assumed years, no year (shareOfNamedYear)', () => {
  it('takes the first, middle or last month of a share', () => {
    expect(one('مطلع الربع الثالث من عام 2018', null).value).toBe('2018-07');
    expect(one('منتصف الربع الأول من عام 2018', null).value).toBe('2018-02');
    expect(one('أواخر الربع الأول من عام 2018', null).value).toBe('2018-03');
    // The middle of six months is the fourth (3.5 rounded up).
    expect(one('منتصف النصف الأول من عام 2020', null).value).toBe('2020-04');
    expect(one('أواخر النصف الثاني من العام الماضي', '2024-06-26').value).toBe('2023-12');
  });

  it('assumes the year of publication when none is counted, and says so', () => {
    const r = one('الربع الأول', '2024-06-26');
    expect([r.value, r.rule, r.reference]).toEqual([
      '2024-01/2024-03',
      'share-of-counted-year',
      '2024-06-26',
    ]);
    expect(r.assumptions).toEqual(['year-of-publication']);
    expect(r.alternatives).toEqual([]);
    expect(r.note.en).toMatch(
      /^“الربع الأول”: quarter 1 of the year of publication \(.*26 June 2024\), assumed, as months: /u,
    );
    expect(r.note.ar).toMatch(/^«الربع الأول»: الربع 1 من العام، ويُفترض عام النشر \(.*\)، بالأشهر: /u);
  });

  it('names a third as a third, and has no value without a year or a date', () => {
    const third = one('الثلث الثاني من عام 2021', null);
    expect(third.value).toBe('2021-05/2021-08');
    expect(third.note.en).toContain('third 2 of 2021');
    expect(third.note.ar).toContain('الثلث 2 من العام');
    const none = one('الربع الأول', null);
    expect([none.value, none.rule, none.reference]).toEqual([null, 'no-reference', null]);
    expect(none.note.en).toBe('“الربع الأول” gives no year and the article has no date.');
    expect(none.note.ar).toBe('«الربع الأول» لا يذكر العام، والمقال بلا تاريخ.');
  });
});

describe('parts without a value, and the start in both languages (partOfNamed)', () => {
  it('has no value when the whole has none, and names the start of a month', () => {
    const none = one('منتصف رجب', null);
    expect(none.value).toBeNull();
    expect(none.assumptions).not.toContain('part-middle');
    const start = one('مطلع أيلول 2023', null);
    expect(start.value).toBe('2023-09-01/2023-09-10');
    expect(start.note.en).toContain('Of it, its start (');
    expect(one('منتصف أيلول 2023', null).note.ar).toContain('ومنه وسطه (');
  });
});

describe('a month in a counted year needs a publication date (relativeYear)', () => {
  it('keeps a stated year, and has no value without a date', () => {
    const stated = one('مارس 2020 من العام الماضي', '2024-06-26');
    expect([stated.value, stated.rule]).toEqual(['2020-03', 'stated']);
    const none = one('مارس من العام الجاري', null);
    expect([none.value, none.rule]).toEqual([null, 'no-reference']);
    const counted = one('نهاية أيلول من العام الماضي', '2024-06-26');
    expect([counted.value, counted.rule]).toEqual(['2023-09-21/2023-09-30', 'relative-year']);
  });
});
