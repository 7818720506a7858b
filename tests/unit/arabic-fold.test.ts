/**
 * The one Arabic fold at its edges: each range of dropped marks at its first and last code point and
 * just outside, every letter it unifies, the two digit ranges at their ends, and the words and
 * proclitics built on it.
 */
import { describe, expect, it } from 'vitest';
import {
  foldChar,
  ARTICLE_PROCLITICS,
  CONJUNCTIONS,
  DATE_PROCLITICS,
  SUBJUNCTIVE_PROCLITICS,
  normalizeForMatch,
  stripProclitic,
  tokenize,
  withoutProclitic,
} from '../../src/domain';

const cp = (n: number): string => String.fromCodePoint(n);

describe('foldChar', () => {
  it('drops each range of marks from its first to its last code point', () => {
    const dropped = [
      [0x0610, 0x061a],
      [0x064b, 0x065f],
      [0x0670, 0x0670],
      [0x06d6, 0x06ed],
      [0x0640, 0x0640],
      [0x0621, 0x0621],
      [0x00ad, 0x00ad],
      [0x061c, 0x061c],
      [0x200b, 0x200f],
      [0x202a, 0x202e],
      [0x2060, 0x2060],
      [0x2066, 0x2069],
      [0xfeff, 0xfeff],
    ] as const;
    for (const [a, b] of dropped) {
      expect(foldChar(cp(a)), a.toString(16)).toBe('');
      expect(foldChar(cp(b)), b.toString(16)).toBe('');
    }
  });

  it('keeps the letters and signs just outside those ranges', () => {
    for (const n of [0x060f, 0x061b, 0x0641, 0x066a, 0x06d5, 0x06ee, 0x2010, 0x2061, 0x206a])
      expect(foldChar(cp(n)), n.toString(16)).not.toBe('');
    expect(foldChar('ب')).toBe('ب');
  });

  it('unifies every alef, ya, ha and kaf shape, and the Persian qaf', () => {
    for (const ch of 'ٱٲٳ') expect(foldChar(ch)).toBe('ا');
    for (const ch of 'یى') expect(foldChar(ch)).toBe('ي');
    for (const ch of 'ةۀەہۃ') expect(foldChar(ch)).toBe('ه');
    for (const ch of 'کڪ') expect(foldChar(ch)).toBe('ك');
    expect(foldChar('ڨ')).toBe('ق');
    expect(foldChar('أ')).toBe('ا');
    expect(foldChar('ؤ')).toBe('و');
  });

  it('reads both digit ranges to their ends as ASCII digits, and nothing beside them', () => {
    expect(foldChar('٠')).toBe('0');
    expect(foldChar('٩')).toBe('9');
    expect(foldChar('۰')).toBe('0');
    expect(foldChar('۹')).toBe('9');
    expect(foldChar(cp(0x066a))).toBe(cp(0x066a));
    expect(foldChar(cp(0x06fa))).toBe(cp(0x06fa));
    expect(foldChar(cp(0x06ef))).toBe(cp(0x06ef));
  });

  it('decomposes presentation forms and ligatures, and lower-cases Latin without accents', () => {
    expect(foldChar('\uFEFB')).toBe('لا');
    expect(foldChar('ﬁ')).toBe('fi');
    expect(foldChar('É')).toBe('e');
    expect(normalizeForMatch('ﺃﻭﺳﺘﻦ')).toBe('اوستن');
  });

  it('answers the same the second time (it remembers what it folded)', () => {
    expect(foldChar('Ê')).toBe('e');
    expect(foldChar('Ê')).toBe('e');
  });
});

describe('words', () => {
  it('are letters, marks and digits, with one apostrophe inside, never marks alone', () => {
    const text = "O'Brien، و ً ١٥ it's";
    expect(tokenize(text).map((t) => [t.text, t.key, t.start, t.end])).toEqual([
      ["O'Brien", "o'brien", 0, 7],
      ['و', 'و', 9, 10],
      ['١٥', '15', 13, 15],
      ["it's", "it's", 16, 20],
    ]);
  });

  it('lose a one-letter proclitic only when more than three letters long', () => {
    expect(stripProclitic('وبدا')).toBe('بدا');
    expect(stripProclitic('ولد')).toBe('ولد');
    for (const p of 'وفبلك') expect(stripProclitic(`${p}قال`)).toBe('قال');
    expect(stripProclitic('مقال')).toBe('مقال');
    expect(stripProclitic('قالو')).toBe('قالو');
  });
});

describe('one proclitic rule', () => {
  it('takes a one-letter proclitic off a word longer than the guard, and only then', () => {
    expect(withoutProclitic('وقال')).toBe('قال');
    expect(withoutProclitic('كالعاده', 4)).toBe('العاده');
    expect(withoutProclitic('وقت', 3)).toBeNull();
    expect(withoutProclitic('قال')).toBeNull();
    expect([stripProclitic('بغزه'), stripProclitic('بيت')]).toEqual(['غزه', 'بيت']);
    expect(DATE_PROCLITICS).not.toContain('ك');
  });

  it('narrows the proclitics only where a letter is not one: each set is PROCLITICS less a reason', () => {
    // ك before a date's words, ل before «ال» (written «لل»), ل before «أن» («لأن», because).
    expect([...DATE_PROCLITICS].sort()).toEqual([...'وفبل'].sort());
    expect([...ARTICLE_PROCLITICS].sort()).toEqual([...'وفبك'].sort());
    expect([...SUBJUNCTIVE_PROCLITICS].sort()).toEqual([...'وفب'].sort());
    expect([...CONJUNCTIONS].sort()).toEqual([...'وف'].sort());
  });
});
