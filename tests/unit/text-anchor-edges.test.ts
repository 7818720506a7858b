/**
 * Anchoring at its edges: every punctuation variant and invisible mark the fold knows (and the
 * characters beside their ranges), the threshold at its value, places to avoid touching a span at
 * either end, a span's end extended over marks that fold away but never over an invisible one.
 */
import { describe, expect, it } from 'vitest';
import { FOLDED_SCORE, foldForAnchor, placeSpan, spanContext } from '../../src/domain';

const PUNCTUATION: readonly (readonly [string, string])[] = [
  ['،', ','],
  ['٫', ','],
  ['؛', ';'],
  ['؟', '?'],
  ...[...'«»“”„‟″'].map((c) => [c, '"'] as const),
  ...[...'‹›‘’‚‛`'].map((c) => [c, "'"] as const),
  ...[...'–—‐‑−'].map((c) => [c, '-'] as const),
  ['…', '...'],
];
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202C',
  '\u202E',
  '\u2066',
  '\u2068',
  '\u2069',
  '\u061C',
  '\uFEFF',
  '\u00AD',
];

describe('foldForAnchor at its edges', () => {
  it.each(PUNCTUATION)('folds %j to %j', (variant, plain) => {
    expect(foldForAnchor(`ب${variant}ت`).folded).toBe(`ب${plain}ت`);
  });

  it('drops every invisible mark, the ends of each range included', () => {
    for (const mark of INVISIBLE)
      expect(foldForAnchor(`ب${mark}ت`).folded, mark.codePointAt(0)!.toString(16)).toBe('بت');
  });

  it('keeps the characters just outside the invisible ranges', () => {
    expect(foldForAnchor('ب\u2010ت').folded).toBe('ب-ت');
    expect(foldForAnchor('ب\u2065ت').folded).not.toBe('بت');
    expect(foldForAnchor('ب\u2029ت').folded).toBe('ب ت');
    expect(foldForAnchor('ب\u202Fت').folded).toBe('ب ت');
  });

  it('folds any white space to one space, and drops it around punctuation, with the ranges it came from', () => {
    expect(foldForAnchor('a\t\n b').folded).toBe('a b');
    const f = foldForAnchor('قال ، ثم');
    expect(f.folded).toBe('قال,ثم');
    expect(f.starts).toEqual([0, 1, 2, 4, 6, 7]);
    expect(f.ends).toEqual([1, 2, 3, 5, 7, 8]);
    const g = foldForAnchor('a  b…');
    expect(g.folded).toBe('a b...');
    expect(g.starts).toEqual([0, 1, 3, 4, 4, 4]);
    expect(g.ends).toEqual([1, 3, 4, 5, 5, 5]);
  });
});

describe('placeSpan at its edges', () => {
  const article = 'قال الوزير إن المحادثات أُجريت في جنيف يوم الجمعة.';

  it('accepts a folded place at a threshold of exactly its score, and not above', () => {
    const text = 'قال الوزير ان المحادثات';
    expect(placeSpan(article, { text }, { threshold: FOLDED_SCORE })?.score).toBe(FOLDED_SCORE);
    expect(placeSpan(article, { text }, { threshold: FOLDED_SCORE + 0.001 })).toBeNull();
  });

  it('scores close words below the folded score, and by the edits over the folded length', () => {
    const text = 'المحادثات جرت في جنيف';
    const placed = placeSpan(article, { text }, { threshold: 0 });
    expect(placed?.how).toBe('approximate');
    expect(placed?.score).toBeLessThan(FOLDED_SCORE);
    const near = placeSpan(article, { text: 'قال الوزيز إن' });
    expect(near?.text).toBe('قال الوزير إن');
    expect(near?.score).toBeCloseTo(1 - 1 / 'قال الوزيز إن'.length, 9);
  });

  it('takes a place that touches a part to avoid at either end, and none that overlaps it', () => {
    const text = 'المحادثات';
    const start = article.indexOf(text);
    const end = start + text.length;
    const exact = { start, end, text, score: 1, how: 'exact' };
    expect(placeSpan(article, { text }, { avoid: [{ start: end, end: end + 3 }] })).toEqual(exact);
    expect(placeSpan(article, { text }, { avoid: [{ start: start - 3, end: start }] })).toEqual(exact);
    expect(
      placeSpan(article, { text }, { avoid: [{ start: end - 1, end: end + 3 }], threshold: FOLDED_SCORE }),
    ).toBeNull();
    expect(
      placeSpan(
        article,
        { text },
        { avoid: [{ start: start - 3, end: start + 1 }], threshold: FOLDED_SCORE },
      ),
    ).toBeNull();
  });

  it('extends the end over diacritics and tatweel that fold away, never over an invisible mark', () => {
    const withMarks = 'قال إنه اجتماعٌـ\u200F مهم';
    expect(placeSpan(withMarks, { text: 'قال انه اجتماع' })?.text).toBe('قال إنه اجتماعٌـ');
    expect(placeSpan('قال إنه اجتماع\u200F', { text: 'قال انه اجتماع' })?.text).toBe('قال إنه اجتماع');
  });

  it('prefers the occurrence whose context agrees, by its last and first characters', () => {
    const text = 'بحثا الوضع';
    const a = `أولاً ${text} ثم. ثانياً ${text} بعد.`;
    const second = a.lastIndexOf(text);
    const ctx = spanContext(a, second, second + text.length, 6);
    expect(placeSpan(a, { text, prefix: ctx.prefix })?.start).toBe(second);
    expect(placeSpan(a, { text, suffix: ctx.suffix })?.start).toBe(second);
    expect(placeSpan(a, { text, prefix: 'أولاً ' })?.start).toBe(a.indexOf(text));
    expect(placeSpan(a, { text, suffix: ' ثم.' })?.start).toBe(a.indexOf(text));
  });

  it('places the old start’s nearest copy when the context says nothing, and the first without a start', () => {
    const text = 'بحثا';
    const a = `${text} و${text} و${text}`;
    const third = a.lastIndexOf(text);
    expect(placeSpan(a, { text })?.start).toBe(0);
    expect(placeSpan(a, { text, start: third - 1 })?.start).toBe(third);
    expect(placeSpan(a, { text, start: 6 })?.start).toBe(a.indexOf(text, 1));
  });
});
