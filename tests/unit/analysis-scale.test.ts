import { describe, expect, it } from 'vitest';
import { analyseDates, suggestEvents } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

// Finding M4 of the security review (and L9: the dates CLI): the analysis of an article grew with the
// square of its length (cube without sentence ends and publication date). Linear now; the bounds are
// generous for a shared machine, and far below what the old code took (minutes).
const sentence =
  'أعلنت وزارة الدفاع يوم الثلاثاء 3 مايو 2022 أن الوزير أجرى اتصالا هاتفيا أمس مع نظيره لويد أوستن. ';
const article = (chars: number): string =>
  sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
const seconds = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};

describe('article analysis on long texts', { timeout: 120_000 }, () => {
  it('finds and resolves the dates of 300,000 characters without sentence ends or date in seconds', () => {
    const text = article(300_000).replace(/\./g, ' و');
    let found = 0;
    expect(seconds(() => (found = analyseDates(text, null).length))).toBeLessThan(8);
    expect(found).toBeGreaterThan(5000);
  });

  it('suggests events for a 500,000-character article in seconds', () => {
    const ds = loadCorpus();
    const text = article(500_000);
    let first = '';
    const s = seconds(() => {
      first = suggestEvents(ds, { text, published: '2022-05-04', exclude: [] }, { limit: 5 })[0]?.event ?? '';
    });
    expect(s).toBeLessThan(15);
    expect(first).not.toBe('');
  });
});
