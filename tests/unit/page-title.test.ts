import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/page-title';

describe('pageTitle (S3)', () => {
  it("names the selected event, then the app, in the language's own words", () => {
    expect(pageTitle('Riwayat', 'Austin and Belousov speak by phone')).toBe(
      'Austin and Belousov speak by phone · Riwayat',
    );
    expect(pageTitle('روايات', 'أوستن وبيلوسوف يتحادثان هاتفيًا')).toBe(
      'أوستن وبيلوسوف يتحادثان هاتفيًا · روايات',
    );
  });
  it('is the plain app name with nothing selected, or an event without a title in this language', () => {
    expect(pageTitle('Riwayat', null)).toBe('Riwayat');
    expect(pageTitle('روايات', '  ')).toBe('روايات');
  });
});
