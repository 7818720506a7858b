import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISPLAY,
  axisLabel,
  dataText,
  formatEventDate,
  formatInstant,
  formatList,
  formatNumber,
  formatPartialDate,
  formatPeriod,
  joinParts,
  localeTag,
  partSeparator,
  type DateDisplay,
} from '../../src/domain';

const both: DateDisplay = { months: 'both', digits: 'arab' };
const egyptian: DateDisplay = { months: 'egyptian', digits: 'latn' };
const t = Date.UTC(2024, 5, 25, 13, 5);

describe('locale tags', () => {
  it('are explicit: region, digits and calendar, never plain "ar"', () => {
    expect(localeTag('en', DEFAULT_DISPLAY)).toBe('en-GB-u-nu-latn-ca-gregory');
    expect(localeTag('ar', DEFAULT_DISPLAY)).toBe('ar-SY-u-nu-arab-ca-gregory');
    expect(localeTag('ar', egyptian)).toBe('ar-EG-u-nu-latn-ca-gregory');
  });

  it('name months the Levantine way for "both" unless the Egyptian names are asked for', () => {
    expect(localeTag('ar', both)).toBe('ar-SY-u-nu-arab-ca-gregory');
    expect(localeTag('ar', both, 'egyptian')).toBe('ar-EG-u-nu-arab-ca-gregory');
    expect(localeTag('ar', egyptian, 'levantine')).toBe('ar-EG-u-nu-latn-ca-gregory');
  });
});

describe('an instant', () => {
  it('takes the long month name in Arabic when a short one is asked for, but not in English', () => {
    expect(formatInstant(t, 'ar', DEFAULT_DISPLAY, { month: 'short', year: 'numeric' })).toBe('حزيران ٢٠٢٤');
    expect(formatInstant(t, 'en', DEFAULT_DISPLAY, { month: 'short' })).toBe('Jun');
  });

  it('gives both month names with "both", and only when a month is shown', () => {
    expect(formatInstant(t, 'ar', both, { day: 'numeric', month: 'long', year: 'numeric' })).toBe(
      '٢٥ حزيران/يونيو ٢٠٢٤',
    );
    expect(formatInstant(t, 'ar', both, { month: 'short' })).toBe('حزيران/يونيو');
    expect(formatInstant(t, 'ar', both, { year: 'numeric' })).toBe('٢٠٢٤');
  });
});

describe('dataset dates', () => {
  it('are written at their own precision', () => {
    expect(formatPartialDate('2024-06-25', 'en')).toBe('25 June 2024');
    expect(formatPartialDate('2024-06', 'en')).toBe('June 2024');
    expect(formatPartialDate('2024', 'en')).toBe('2024');
    expect(formatPartialDate('2024-06-25', 'ar')).toBe('٢٥ حزيران ٢٠٢٤');
    expect(formatPartialDate('2024-02', 'ar', egyptian)).toBe('فبراير 2024');
  });

  it('stay as written when they cannot be read', () => {
    expect(formatPartialDate('junk', 'en')).toBe('junk');
  });

  it('join a range with a dash, and give one date without an end', () => {
    expect(formatEventDate('2024-06-17', '2024-06-23', 'en')).toBe('17 June 2024 – 23 June 2024');
    expect(formatEventDate('2024-06-17', undefined, 'en')).toBe('17 June 2024');
    expect(formatEventDate('2024-06-17', '2024-06-23', 'ar')).toBe('١٧ حزيران ٢٠٢٤ – ٢٣ حزيران ٢٠٢٤');
  });
});

describe('periods', () => {
  it('name their first and last step, or one when they are the same', () => {
    expect(formatPeriod(Date.UTC(2019, 2, 1), Date.UTC(2019, 5, 1), 'month', 'en')).toBe(
      'March 2019 – May 2019',
    );
    expect(formatPeriod(Date.UTC(2019, 2, 1), Date.UTC(2019, 3, 1), 'month', 'en')).toBe('March 2019');
    expect(formatPeriod(Date.UTC(2019, 2, 1), Date.UTC(2019, 2, 2), 'day', 'en')).toBe('1 March 2019');
    expect(formatPeriod(Date.UTC(2019, 2, 1), Date.UTC(2019, 2, 3), 'day', 'en')).toBe(
      '1 March 2019 – 2 March 2019',
    );
    expect(formatPeriod(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 'year', 'ar')).toBe('٢٠١٠ – ٢٠١٩');
  });
});

describe('numbers, lists and parts', () => {
  it('write whole numbers with the language’s digits and grouping', () => {
    expect(formatNumber(100_000, 'en')).toBe('100,000');
    expect(formatNumber(100_000, 'ar')).toBe('١٠٠٬٠٠٠');
    expect(formatNumber(1234, 'ar', egyptian)).toBe('1,234');
    expect(formatNumber(2.6, 'en')).toBe('3');
    expect(formatNumber(7, 'ar')).toBe('٧');
  });

  it('join lists as each language does', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['أ', 'ب'], 'ar')).toBe('أ وب');
    expect(formatList(['A'], 'en')).toBe('A');
  });

  it('separate parts with a middle dot in English and a dash in Arabic', () => {
    expect(partSeparator('en')).toBe(' · ');
    expect(partSeparator('ar')).toBe(' — ');
    expect(joinParts(['a', 'b', 'c'], 'en')).toBe('a · b · c');
    expect(joinParts(['a', 'b'], 'ar')).toBe('a — b');
  });

  it('put the chosen digits into Arabic data text only', () => {
    expect(dataText('عام 2024', 'ar')).toBe('عام ٢٠٢٤');
    expect(dataText('عام 2024', 'ar', egyptian)).toBe('عام 2024');
    expect(dataText('year 2024', 'en')).toBe('year 2024');
  });
});

describe('axis labels', () => {
  const label = (scale: Parameters<typeof axisLabel>[1], major: boolean): string =>
    axisLabel(t, scale, major, 'en');
  it('name the step below and the enclosing period above', () => {
    expect([label('year', false), label('year', true)]).toEqual(['2024', '']);
    expect([label('month', false), label('month', true)]).toEqual(['June', '2024']);
    for (const scale of ['week', 'day', 'weekday'] as const)
      expect([label(scale, false), label(scale, true)]).toEqual(['25', 'June 2024']);
    expect([label('hour', false), label('hour', true)]).toEqual(['13:05', '25 June 2024']);
    expect([label('minute', false), label('minute', true)]).toEqual(['13:05', '25 June 2024']);
  });

  it('in Arabic, with Arabic-Indic digits and the chosen month names', () => {
    expect(axisLabel(t, 'month', false, 'ar')).toBe('حزيران');
    expect(axisLabel(t, 'month', false, 'ar', both)).toBe('حزيران/يونيو');
    expect(axisLabel(t, 'day', false, 'ar')).toBe('٢٥');
  });
});
