import { describe, expect, it } from 'vitest';
import { dataText, formatInstant, formatPartialDate, localizeMonths } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

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

describe("the dataset's own month names follow the chosen naming too (review 10p, S3-4)", () => {
  const summary = 'أول اتصال من نوعه منذ آذار/مارس 2023، وقبله في شباط/ فبراير وفي نيسان/إبريل';

  it('keeps one name of each pair, as the dates beside the text are written', () => {
    expect(localizeMonths(summary, 'egyptian')).toBe(
      'أول اتصال من نوعه منذ مارس 2023، وقبله في فبراير وفي إبريل',
    );
    expect(localizeMonths(summary, 'levantine')).toBe(
      'أول اتصال من نوعه منذ آذار 2023، وقبله في شباط وفي نيسان',
    );
    expect(localizeMonths(summary, 'both')).toBe(summary);
  });

  it('reads a pair written Egyptian name first, and two-word names', () => {
    expect(localizeMonths('فبراير/شباط وتشرين الأول/أكتوبر وكانون الثاني/يناير', 'levantine')).toBe(
      'شباط وتشرين الأول وكانون الثاني',
    );
    expect(localizeMonths('فبراير/شباط وتشرين الأول/أكتوبر وكانون الثاني/يناير', 'egyptian')).toBe(
      'فبراير وأكتوبر ويناير',
    );
  });

  it('leaves a lone month name and other slashes alone', () => {
    expect(localizeMonths('في آذار الماضي، وفي مايو، لويد أوستن / وزير', 'egyptian')).toBe(
      'في آذار الماضي، وفي مايو، لويد أوستن / وزير',
    );
  });

  it('is what dataText shows in Arabic, with the digits, so a summary names March as its date does', () => {
    const display = { months: 'egyptian', digits: 'arab' } as const;
    const date = formatPartialDate('2023-03', 'ar', display);
    expect(date).toBe('مارس ٢٠٢٣');
    expect(dataText('منذ آذار/مارس 2023', 'ar', display)).toBe(`منذ ${date}`);
    expect(dataText('منذ آذار/مارس 2023', 'ar', { months: 'levantine', digits: 'arab' })).toBe(
      `منذ ${formatPartialDate('2023-03', 'ar', { months: 'levantine', digits: 'arab' })}`,
    );
    expect(dataText('since آذار/مارس 2023', 'en', display)).toBe('since آذار/مارس 2023');
  });
});

describe("the dataset's own dates name their months in pairs, so that the setting can choose (review 12p, S3-6)", () => {
  it('writes no Levantine month alone before a year in an Arabic title, summary or note, outside quotes', () => {
    const levantine = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    const alone = new RegExp(`(?<![\\p{L}])(?<!/\\s*)(?:${levantine.join('|')})\\s+\\d{4}`, 'u');
    const found = loadCorpus().events.flatMap((e) =>
      [e.title.ar, e.summary.ar, e.basisNote?.ar ?? '']
        .map((text) => text.replace(/«[^»]*»/gu, '«»'))
        .filter((text) => alone.test(text))
        .map((text) => `${e.id}: ${alone.exec(text)?.[0] ?? ''}`),
    );
    expect(found).toEqual([]);
  });
});
