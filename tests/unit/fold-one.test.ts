import { describe, expect, it } from 'vitest';
import { foldChar, foldWithOffsets, normalizeForMatch } from '../../src/domain/arabic';
import { foldForDates } from '../../src/domain/date-lexicon';
import { foldForAnchor } from '../../src/domain/text-anchor';

// The variants each folding used to treat its own way: presentation forms (text extracted from PDFs),
// invisible marks inside a word, the lone hamza, rarer alef and ha shapes, Persian digits, accents.
const PAIRS: readonly (readonly [string, string])[] = [
  ['\uFEFB\uFE8E\uFEE3', 'لاام'],
  ['شو\u200Cيغو', 'شويغو'],
  ['\u200Fأوستن\u061C', 'اوستن'],
  ['سماء', 'سما'],
  ['ٲحمد', 'احمد'],
  ['مدرسہ', 'مدرسه'],
  ['۲۰۲۴', '2024'],
  ['Shoïgu', 'shoigu'],
  ['مرحـــبا', 'مرحبا'],
];

describe('one folding of a character for matching', () => {
  it('folds each variant as its plain spelling', () => {
    for (const [a, b] of PAIRS) expect(normalizeForMatch(a)).toBe(normalizeForMatch(b));
  });

  it('is the folding that search, dates and anchoring use', () => {
    for (const [a] of PAIRS) {
      const once = normalizeForMatch(a);
      expect(foldWithOffsets(a).folded).toBe(once);
      expect(foldForDates(a).text).toBe(once);
      expect(foldForAnchor(a).folded).toBe(once);
    }
  });

  it('may fold a character to nothing or to several', () => {
    expect(foldChar('\u064E')).toBe('');
    expect(foldChar('\uFEFB')).toBe('لا');
  });
});
