/**
 * Anchoring when the words changed: the edit-distance search (its ties, the place nearest the old
 * start, insertions and deletions, matches at the article's ends, spaces at a match's edges), the
 * head-and-tail placing of spans over 1,500 folded characters with its score, and the weighing of
 * exact and folded places by their context.
 */
import { describe, expect, it } from 'vitest';
import { FOLDED_SCORE, placeSpan } from '../../src/domain';

// Letters the anchoring fold leaves as they are, so folded offsets are the article's own.
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنو';

/** A text of `length` characters of made-up words, the same on every run, never ending on a space. */
function words(length: number, seed: number): string {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  let out = '';
  while (out.length < length) {
    const n = 2 + next(6);
    for (let k = 0; k < n; k++) out += LETTERS[next(LETTERS.length)];
    out += ' ';
  }
  out = out.slice(0, length);
  return out.endsWith(' ') ? `${out.slice(0, -1)}ب` : out;
}

/** `text` with the letter at `i` changed to another letter (never a space). */
function changeAt(text: string, i: number): string {
  const at = text[i] === ' ' ? i + 1 : i;
  const ch = text[at] === 'ب' ? 'ت' : 'ب';
  return text.slice(0, at) + ch + text.slice(at + 1);
}

describe('placeSpan by edit distance', () => {
  const three = 'بحثا الوضع ثم بحثا الوضع ثم بحثا الوضع';
  const text = 'بحثا الوضغ';

  it('places the first of equally close places without an old start', () => {
    expect(placeSpan(three, { text })?.start).toBe(0);
  });

  it('places the one nearest the old start, and the earlier of two as near', () => {
    expect(placeSpan(three, { text, start: 14 })?.start).toBe(14);
    expect(placeSpan(three, { text, start: 16 })?.start).toBe(14);
    expect(placeSpan(three, { text, start: 26 })?.start).toBe(28);
    expect(placeSpan(three, { text, start: 7 })?.start).toBe(0);
  });

  it('counts a letter missing or added as one edit, wherever the place starts', () => {
    const article = 'ثم قال الوزير إن المحادثات جرت';
    const missing = placeSpan(article, { text: 'قال الوزر إن' });
    expect(missing).toEqual({
      start: 3,
      end: 16,
      text: 'قال الوزير إن',
      score: 1 - 1 / 12,
      how: 'approximate',
    });
    const added = placeSpan(article, { text: 'قال الوزيرر إن' });
    expect(added).toEqual({
      start: 3,
      end: 16,
      text: 'قال الوزير إن',
      score: 1 - 1 / 14,
      how: 'approximate',
    });
  });

  it('finds a place at the very end of the article', () => {
    expect(placeSpan('ثم قال الوزير', { text: 'قال الوزبر' })).toMatchObject({ start: 3, end: 13 });
  });

  it('never starts or ends a place on a space', () => {
    expect(placeSpan('قال بحثا الوضع', { text: 'زبحثا الوضع' })).toMatchObject({
      start: 4,
      text: 'بحثا الوضع',
    });
    expect(placeSpan('بحثا الوضع قال', { text: 'بحثا الوضعز' })).toMatchObject({
      start: 0,
      text: 'بحثا الوضع',
    });
  });

  it('scores close words at most just below the folded score', () => {
    const long = 'قال وزير الدفاع لويد أوستن يوم الجمعة إنه أجرى اتصالا';
    const placed = placeSpan(`${long} هاتفيا.`, { text: long.replace('الدفاع', 'الدفاغ') });
    expect(placed?.text).toBe(long);
    expect(placed?.score).toBe(FOLDED_SCORE - 0.01);
  });

  it('answers a place of no common letter only at a threshold of 0, and none in an empty article', () => {
    expect(placeSpan('ككك', { text: 'بببب' })).toBeNull();
    expect(placeSpan('ككك', { text: 'بببب' }, { threshold: 0 })).toMatchObject({
      score: 0,
      how: 'approximate',
    });
    expect(placeSpan('\u200B', { text: 'بحث' }, { threshold: 0 })).toBeNull();
    expect(placeSpan('', { text: 'بحث' }, { threshold: 0 })).toBeNull();
  });

  it('searches around the parts to avoid, with the offsets of the whole article', () => {
    const article = 'قال الوزير إن المحادثات. قال الوزير إن الوفد.';
    const second = article.lastIndexOf('قال الوزير إن');
    expect(placeSpan(article, { text: 'قال الوزيز إن' }, { avoid: [{ start: 0, end: 24 }] })).toMatchObject({
      start: second,
      text: 'قال الوزير إن',
    });
  });
});

// The articles here keep only the span's first and last 400 characters (the edit-distance search
// costs the span's edges times the article's length, and an instrumented run repeats it per mutant):
// the middle left out is a change in length, which the score counts.
describe('placeSpan of a span over 1,500 folded characters', () => {
  const span = words(1520, 7);
  const before = 'قال ';
  const after = ' ثم';
  const cut = (text: string): string => `${text.slice(0, 400)} ${text.slice(-400)}`;

  it('scores by the worse of head and tail, less the change in length between them', () => {
    const article = `${before}${cut(span)}${after}`;
    const end = before.length + 801;
    const stretch = (span.length - 801) / span.length;
    const headWorse = changeAt(changeAt(changeAt(span, 50), 150), span.length - 100);
    expect(placeSpan(article, { text: headWorse }, { threshold: 0 })?.score).toBeCloseTo(
      1 - 2 / 300 - stretch,
      12,
    );
    const tailWorse = changeAt(changeAt(changeAt(span, 50), span.length - 150), span.length - 100);
    expect(placeSpan(article, { text: tailWorse }, { threshold: 0 })).toMatchObject({
      start: before.length,
      end,
    });
    expect(placeSpan(article, { text: tailWorse }, { threshold: 0 })?.score).toBeCloseTo(
      1 - 2 / 300 - stretch,
      12,
    );
  });

  it('does not take a copy of its tail just before its head for its end, and places none with only such a copy', () => {
    const text = changeAt(span, 40);
    const tail = span.slice(-300);
    const article = `${tail}${cut(span)}`;
    expect(placeSpan(article, { text }, { threshold: 0 })).toMatchObject({ start: 300, end: article.length });
    expect(placeSpan(`${tail} ${span.slice(0, 400)}`, { text }, { threshold: 0 })).toBeNull();
  });

  it('takes the tail nearest where the old start puts it', () => {
    const text = changeAt(span, 40);
    const article = `${before}${span.slice(0, 400)} ${span.slice(-300)} ${span.slice(-400)}`;
    expect(placeSpan(article, { text, start: before.length }, { threshold: 0 })).toMatchObject({
      start: before.length,
      end: article.length,
    });
  });

  it('matches a span of exactly 1,500 whole, and one of 1,501 by head and tail', () => {
    const whole = changeAt(words(1500, 3), 20);
    const placed = placeSpan(`${before}${cut(words(1500, 3))}`, { text: whole }, { threshold: 0 });
    expect(placed?.start).toBe(before.length);
    // 699 characters left out (the space between the halves stands for one) and one changed.
    expect(placed?.score).toBeCloseTo(1 - 700 / 1500, 12);
    const split = changeAt(words(1501, 3), 20);
    const halves = placeSpan(`${before}${cut(words(1501, 3))}`, { text: split }, { threshold: 0 });
    expect(halves?.start).toBe(before.length);
    expect(halves?.score).toBeCloseTo(1 - 1 / 300 - 700 / 1501, 12);
  });
});

describe('placeSpan weighing the same words in several places', () => {
  it('asks the folded context when the context as written disagrees by a hamza', () => {
    const a = 'ثم ن بحثا الوضع. قال ان بحثا الوضع.';
    expect(placeSpan(a, { text: 'بحثا الوضع', prefix: 'قال إن ' })?.start).toBe(a.lastIndexOf('بحثا'));
  });

  it('measures the suffix of a folded place after its end', () => {
    const a = 'قال إن الاتصال جرى أمس. وقال إن الاتصال جرى اليوم.';
    expect(placeSpan(a, { text: 'قال ان الاتصال جرى', suffix: ' اليوم' })?.start).toBe(
      a.lastIndexOf('قال إن'),
    );
  });

  it('prefers the words as written over a folded copy nearer the old start', () => {
    const a = 'قال إن الوفد وصل. قال ان الوفد وصل.';
    expect(placeSpan(a, { text: 'قال ان الوفد', start: 0 })).toMatchObject({
      start: a.lastIndexOf('قال ان'),
      how: 'exact',
    });
  });

  it('keeps the earlier of two copies as near the old start', () => {
    expect(placeSpan('بحثا ثم بحثا', { text: 'بحثا', start: 4 })?.start).toBe(0);
  });

  it('without a stored context, lets nothing around a copy choose it', () => {
    expect(placeSpan('بحثا و!بحثاS', { text: 'بحثا' })?.start).toBe(0);
  });

  it('folds a span’s own spaces at its ends away before searching', () => {
    const a = 'وأضاف أن الجانبين بحثا الوضع.';
    expect(placeSpan(a, { text: 'بحثا الوضع ' })).toMatchObject({
      start: a.indexOf('بحثا'),
      text: 'بحثا الوضع',
      score: FOLDED_SCORE,
    });
  });
});
