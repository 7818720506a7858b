import { describe, expect, it } from 'vitest';
import { cellWidth, fitLabel, fitMonthLabel, monthForms, monthPlan } from '../../src/view/timeline/axis-fit';

// About the axis's type: 7 px a character.
const measure = (s: string): number => [...s].length * 7;
const SEPT = Date.UTC(2024, 8, 15);
const DEC = Date.UTC(2024, 11, 15);

describe('month labels that fit their cells (D17), named in one style (S3-4)', () => {
  it('offers English months long then short; Arabic months only as the date display names them', () => {
    expect(monthForms(SEPT, 'en', { months: 'levantine', digits: 'arab' })).toEqual(['September', 'Sept']);
    expect(monthForms(DEC, 'ar', { months: 'both', digits: 'arab' })).toEqual(['كانون الأول/ديسمبر']);
    expect(monthForms(DEC, 'ar', { months: 'levantine', digits: 'latn' })).toEqual(['كانون الأول']);
    expect(monthForms(DEC, 'ar', { months: 'egyptian', digits: 'arab' })).toEqual(['ديسمبر']);
    expect(monthForms(Date.UTC(2024, 4, 15), 'en', { months: 'levantine', digits: 'arab' })).toEqual([
      'May',
      'May',
    ]);
  });

  it('takes the first form that fits the cell with its padding, else the shortest', () => {
    const forms = ['September', 'Sep', '9'];
    expect(fitLabel(forms, 200, measure)).toBe('September');
    expect(fitLabel(forms, 9 * 7 + 12, measure)).toBe('September');
    expect(fitLabel(forms, 9 * 7 + 11, measure)).toBe('Sep');
    expect(fitLabel(forms, 20, measure)).toBe('9');
    expect(fitLabel(forms, 5, measure)).toBe('9');
  });

  it('gives every month of an axis the same form: the longest in which all twelve fit', () => {
    const d = { months: 'levantine', digits: 'arab' } as const;
    const may = Date.UTC(2024, 4, 15);
    // "May" fits 40 px but "September" does not: May is shortened with the others.
    expect(fitMonthLabel(may, 'en', d, 40, measure)).toBe('May');
    expect(fitMonthLabel(SEPT, 'en', d, 40, measure)).toBe('Sept');
    expect(fitMonthLabel(Date.UTC(2024, 3, 15), 'en', d, 42, measure)).toBe('Apr');
    expect(fitMonthLabel(Date.UTC(2024, 3, 15), 'en', d, 200, measure)).toBe('April');
    // The longest Levantine name, «كانون الثاني», is 12 characters: 96 px with the padding.
    expect(fitMonthLabel(DEC, 'ar', d, 12 * 7 + 12, measure)).toBe('كانون الأول');
  });

  it('names fewer months rather than number them, when no name fits its cell', () => {
    const d = { months: 'levantine', digits: 'arab' } as const;
    const JAN = Date.UTC(2024, 0, 15);
    const FEB = Date.UTC(2024, 1, 15);
    const MAR = Date.UTC(2024, 2, 15);
    const JUL = Date.UTC(2024, 6, 15);
    // 50 px a month: two months (100 px) hold any Levantine name, so every other month is named.
    expect(monthPlan('ar', d, 50, measure)).toEqual({ form: 0, every: 2 });
    expect(fitMonthLabel(JAN, 'ar', d, 50, measure)).toBe('كانون الثاني');
    expect(fitMonthLabel(FEB, 'ar', d, 50, measure)).toBe('');
    expect(fitMonthLabel(MAR, 'ar', d, 50, measure)).toBe('آذار');
    // 30 px a month: quarters; with ticks a quarter apart (step 3) and 60 px each: half-years.
    expect(monthPlan('ar', d, 30, measure)).toEqual({ form: 0, every: 6 });
    expect(monthPlan('ar', d, 40, measure)).toEqual({ form: 0, every: 3 });
    expect(monthPlan('ar', d, 60, measure, 3)).toEqual({ form: 0, every: 6 });
    expect(fitMonthLabel(JUL, 'ar', d, 60, measure, 3)).toBe('تموز');
    expect(fitMonthLabel(Date.UTC(2024, 3, 15), 'ar', d, 60, measure, 3)).toBe('');
    // English shortens before it thins: "Sept" in 40 px; every other month in 20 px.
    expect(monthPlan('en', d, 40, measure)).toEqual({ form: 1, every: 1 });
    expect(monthPlan('en', d, 20, measure)).toEqual({ form: 1, every: 2 });
    // Both names, as the user chose: never one of them alone, never a number.
    const both = { months: 'both', digits: 'arab' } as const;
    const label = fitMonthLabel(JAN, 'ar', both, 30, measure);
    expect(label).toBe('كانون الثاني/يناير');
    for (let m = 0; m < 12; m++) {
      const l = fitMonthLabel(Date.UTC(2024, m, 15), 'ar', d, 8, measure);
      expect(l).not.toMatch(/[0-9\u0660-\u0669]/);
    }
  });

  it("measures a month's cell by its shortest month, and only for months and years", () => {
    const perDay = 2 / 86_400_000;
    expect(cellWidth('month', 1, perDay)).toBe(56);
    expect(cellWidth('month', 3, perDay)).toBe(168);
    expect(cellWidth('year', 1, perDay)).toBe(730);
    expect(cellWidth('day', 1, perDay)).toBeUndefined();
  });
});
