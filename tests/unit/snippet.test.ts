import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/view/explore/Highlighted';

/** The words of a text, split at its spaces. */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '' && w !== '…');

describe('snippet (UX review 5, S2 #7)', () => {
  const ar =
    'تشير مقالات حزيران/يونيو 2024 إلى آخر اتصال بين وزيري الدفاع الأميركي والروسي قبل اتصال 25 حزيران/يونيو، وهو اتصال جرى في آذار/مارس 2023 بين أوستن وشويغو على ما تقول المقالات';
  const en =
    'The June 2024 articles refer back to the last call between the US and Russian defence ministers before the call of 25 June, a call in March 2023 between Austin and Shoigu, as the articles say';

  for (const [name, text, word] of [
    ['Arabic', ar, 'أوستن'],
    ['English', en, 'Austin'],
    ['Arabic, early match', ar, 'مقالات'],
    ['English, late match', en, 'say'],
  ] as const)
    it(`cuts between words, never inside one (${name})`, () => {
      const at = text.indexOf(word);
      const s = snippet(text, [{ start: at, end: at + word.length }], 40);
      const whole = new Set(words(text));
      for (const w of words(s.text)) expect(whole, `«${w}» is a whole word of the text`).toContain(w);
      // The match is still marked, at its place in the snippet.
      const r = s.ranges[0]!;
      expect(s.text.slice(r.start, r.end)).toBe(word);
      // It shows some context and says where the text goes on.
      expect(s.text.length).toBeLessThan(text.length);
      expect(s.text.startsWith('… ')).toBe(!text.startsWith(s.text.replace(/ …$/, '')));
      if (!text.endsWith(s.text.replace(/^… /, ''))) expect(s.text.endsWith(' …')).toBe(true);
    });

  it('keeps a text short enough whole', () => {
    expect(snippet('a short text', [{ start: 2, end: 7 }])).toEqual({
      text: 'a short text',
      ranges: [{ start: 2, end: 7 }],
    });
  });

  it('keeps a word longer than the room whole rather than cutting it', () => {
    const long = `${'x'.repeat(30)} ${'y'.repeat(60)}match${'z'.repeat(60)} tail and more words here`;
    const at = long.indexOf('match');
    const s = snippet(long, [{ start: at, end: at + 5 }], 20);
    expect(words(s.text)).toEqual([`${'y'.repeat(60)}match${'z'.repeat(60)}`]);
    expect(s.text.slice(s.ranges[0]!.start, s.ranges[0]!.end)).toBe('match');
  });
});
