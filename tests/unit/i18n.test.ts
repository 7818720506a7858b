import { describe, expect, it } from 'vitest';
import {
  axisLabel,
  createI18n,
  formatEventDate,
  formatNumber,
  formatPartialDate,
  fromBrowser,
  monthsFromBrowser,
  localeTag,
  resources,
} from '../../src/i18n';
import { workbenchResources } from '../../src/i18n/workbench-words';

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const base = (k: string): string => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  // The first view's words and the workbench's, which load with it.
  const en = [...keysOf(resources.en.translation), ...keysOf(workbenchResources.en)];
  const ar = [...keysOf(resources.ar.translation), ...keysOf(workbenchResources.ar)];

  it('Arabic has every English key', () => {
    const arBases = new Set(ar.map(base));
    expect(en.map(base).filter((k) => !arBases.has(k))).toEqual([]);
  });

  it('every Arabic plural has all six forms', () => {
    const plurals = new Set(ar.filter((k) => k !== base(k)).map(base));
    expect(plurals.size).toBeGreaterThan(0);
    for (const p of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect(ar, p).toContain(`${p}_${form}`);
    }
  });

  it('counts in Arabic with the right form and Arabic-Indic digits', () => {
    const t = createI18n('ar').t;
    expect(t('count.sources', { count: 0 })).toBe('لا مصادر');
    expect(t('count.sources', { count: 1 })).toBe('مصدر واحد');
    expect(t('count.sources', { count: 2 })).toBe('مصدران');
    expect(t('count.sources', { count: 3 })).toBe('٣ مصادر');
    expect(t('count.sources', { count: 11 })).toBe('١١ مصدرًا');
    expect(t('count.sources', { count: 100 })).toBe('١٠٠ مصدر');
    expect(createI18n('en').t('list.events', { count: 27 })).toBe('27 events');
  });
});

describe('dates and numbers', () => {
  it('pins region, digits and calendar in every locale tag', () => {
    expect(localeTag('ar', { months: 'levantine', digits: 'arab' })).toBe('ar-SY-u-nu-arab-ca-gregory');
    expect(localeTag('ar', { months: 'egyptian', digits: 'latn' })).toBe('ar-EG-u-nu-latn-ca-gregory');
    expect(localeTag('en', { months: 'levantine', digits: 'arab' })).toBe('en-GB-u-nu-latn-ca-gregory');
  });

  it('formats a dataset date at its own precision, without drifting a day', () => {
    expect(formatPartialDate('2024-06-25', 'en')).toBe('25 June 2024');
    expect(formatPartialDate('2024-06-25', 'ar')).toBe('٢٥ حزيران ٢٠٢٤');
    expect(formatPartialDate('2023-03', 'ar', { months: 'egyptian', digits: 'latn' })).toBe('مارس 2023');
    expect(formatPartialDate('2023-03-15', 'ar', { months: 'both', digits: 'arab' })).toBe(
      '١٥ آذار/مارس ٢٠٢٣',
    );
    expect(formatPartialDate('1962', 'ar')).toBe('١٩٦٢');
    expect(formatEventDate('2024-06-17', '2024-06-23', 'en')).toBe('17 June 2024 – 23 June 2024');
  });

  it('labels the axis in the language of the page', () => {
    const ms = Date.UTC(2024, 1, 1);
    expect(axisLabel(ms, 'month', false, 'ar')).toBe('شباط');
    expect(axisLabel(ms, 'month', true, 'ar')).toBe('٢٠٢٤');
    expect(axisLabel(ms, 'month', false, 'en')).toBe('February');
    expect(axisLabel(ms, 'day', false, 'ar')).toBe('١');
    expect(axisLabel(ms, 'year', false, 'en')).toBe('2024');
  });

  it('writes numbers with the chosen digits', () => {
    expect(formatNumber(27, 'ar')).toBe('٢٧');
    expect(formatNumber(27, 'ar', { months: 'levantine', digits: 'latn' })).toBe('27');
    expect(formatNumber(100_000, 'en')).toBe('100,000');
  });

  it('finds a supported language among the browser preferences', () => {
    expect(fromBrowser(['fr-FR', 'ar-EG', 'en'])).toBe('ar');
    expect(fromBrowser(['de'])).toBeNull();
  });

  it('takes the Arabic month names from the region of the first Arabic preference, if it names one', () => {
    expect(monthsFromBrowser(['ar-EG'])).toBe('egyptian');
    expect(monthsFromBrowser(['en-GB', 'ar-SA'])).toBe('egyptian');
    expect(monthsFromBrowser(['ar-Arab-AE'])).toBe('egyptian');
    expect(monthsFromBrowser(['ar-LB', 'ar-EG'])).toBe('levantine');
    expect(monthsFromBrowser(['ar-JO'])).toBe('levantine');
    expect(monthsFromBrowser(['ar', 'ar-EG'])).toBeNull();
    expect(monthsFromBrowser(['en-US', 'fr'])).toBeNull();
    expect(monthsFromBrowser(['ar-001'])).toBeNull();
  });
});
