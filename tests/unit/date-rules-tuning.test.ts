import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules written by class on the unseen set's tuning split (date-sentences-unseen.md). Real sentences
// name their page or suite file; the others are made up for the class.

describe('part of a period', () => {
  it('a share of a year takes the year written in words', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/DatePeriodExtractor.json, on its reference day.
    expect(read('سأخرج في الربع الأول من عام ألفين وعشرين', '2016-11-07')).toEqual([
      ['الربع الأول من عام ألفين وعشرين', '2020-01/2020-03'],
    ]);
    expect(read('تراجعت المبيعات في النصف الثاني من سنة ألفين وتسعة عشر', '2021-03-01')).toEqual([
      ['النصف الثاني من سنة ألفين وتسعة عشر', '2019-07/2019-12'],
    ]);
  });
});
