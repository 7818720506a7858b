import { describe, expect, it } from 'vitest';
import { analyseDates, suggestEvents } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

// Finding M4 of the security review (and L9: the dates CLI): the analysis of an article grew with the
// square of its length (cube without sentence ends and publication date). What is pinned here is the
// growth, not the speed (that is the bench's): eight times the text may take at most twenty times as
// long (linear work takes eight, quadratic sixty-four). Each size is timed three times and the fastest
// run kept, so a busy machine does not decide.
const sentence =
  'أعلنت وزارة الدفاع يوم الثلاثاء 3 مايو 2022 أن الوزير أجرى اتصالا هاتفيا أمس مع نظيره لويد أوستن. ';
const article = (chars: number): string =>
  sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
const fastest = (f: () => unknown): number => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const growth = (work: (chars: number) => unknown, chars: number): number =>
  fastest(() => work(8 * chars)) / fastest(() => work(chars));

describe('article analysis on long texts', { timeout: 120_000 }, () => {
  it('finds and resolves dates in time linear in the length, without sentence ends or date', () => {
    const dates = (chars: number): number => analyseDates(article(chars).replace(/\./g, ' و'), null).length;
    expect(dates(100_000)).toBeGreaterThan(1500);
    expect(growth(dates, 40_000)).toBeLessThan(20);
  });

  it('suggests events in time linear in the length', () => {
    const ds = loadCorpus();
    const first = (chars: number): string =>
      suggestEvents(ds, { text: article(chars), published: '2022-05-04', exclude: [] }, { limit: 5 })[0]
        ?.event ?? '';
    expect(first(100_000)).not.toBe('');
    expect(growth(first, 12_500)).toBeLessThan(20);
  });
});
