import { describe, expect, it } from 'vitest';
import { cellWidth, fitLabel, fitMonthLabel, monthForms } from '../../src/view/timeline/axis-fit';

// About the axis's type: 7 px a character.
const measure = (s: string): number => [...s].length * 7;
const SEPT = Date.UTC(2024, 8, 15);
const DEC = Date.UTC(2024, 11, 15);

describe('month labels that fit their cells (D17)', () => {
  it('offers each month long, shorter, then as a number, in the language and display chosen', () => {
    expect(monthForms(SEPT, 'en', { months: 'levantine', digits: 'arab' })).toEqual([
      'September',
      'Sept',
      '9',
    ]);
    expect(monthForms(DEC, 'ar', { months: 'both', digits: 'arab' })).toEqual([
      'كانون الأول/ديسمبر',
      'كانون الأول',
      'ديسمبر',
      '١٢',
    ]);
    expect(monthForms(DEC, 'ar', { months: 'levantine', digits: 'latn' })).toEqual([
      'كانون الأول',
      'ديسمبر',
      '12',
    ]);
    expect(monthForms(DEC, 'ar', { months: 'egyptian', digits: 'arab' })).toEqual(['ديسمبر', '١٢']);
    expect(monthForms(Date.UTC(2024, 4, 15), 'en', { months: 'levantine', digits: 'arab' })).toEqual([
      'May',
      'May',
      '5',
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
    expect(fitMonthLabel(SEPT, 'en', d, 10, measure)).toBe('9');
    // Arabic names its months where the Levantine names do not fit but the Egyptian-style ones do.
    expect(fitMonthLabel(DEC, 'ar', d, 12 * 7 + 12, measure)).toBe('كانون الأول');
    expect(fitMonthLabel(DEC, 'ar', d, 6 * 7 + 12, measure)).toBe('ديسمبر');
    expect(fitMonthLabel(DEC, 'ar', d, 20, measure)).toBe('١٢');
  });

  it("measures a month's cell by its shortest month, and only for months and years", () => {
    const perDay = 2 / 86_400_000;
    expect(cellWidth('month', 1, perDay)).toBe(56);
    expect(cellWidth('month', 3, perDay)).toBe(168);
    expect(cellWidth('year', 1, perDay)).toBe(730);
    expect(cellWidth('day', 1, perDay)).toBeUndefined();
  });
});
