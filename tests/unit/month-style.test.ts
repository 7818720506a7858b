import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/domain';

const MARCH = Date.UTC(2023, 2, 15);

describe('one month-name style in Arabic (S3-4)', () => {
  it('names a "short" month as the long one, by the date display setting', () => {
    const short = { month: 'short', year: 'numeric' } as const;
    const long = { month: 'long', year: 'numeric' } as const;
    for (const months of ['levantine', 'egyptian', 'both'] as const) {
      const display = { months, digits: 'arab' } as const;
      expect(formatInstant(MARCH, 'ar', display, short)).toBe(formatInstant(MARCH, 'ar', display, long));
    }
    expect(formatInstant(MARCH, 'ar', { months: 'both', digits: 'arab' }, short)).toBe('آذار/مارس ٢٠٢٣');
    expect(formatInstant(MARCH, 'ar', { months: 'levantine', digits: 'latn' }, short)).toBe('آذار 2023');
  });

  it('keeps English abbreviations', () => {
    expect(formatInstant(MARCH, 'en', { months: 'both', digits: 'arab' }, { month: 'short' })).toBe('Mar');
  });
});
