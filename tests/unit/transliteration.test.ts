import { describe, expect, it } from 'vitest';
import { normalizeForMatch, soundKey, soundsLike } from '../../src/domain';

const key = (w: string): string => soundKey(normalizeForMatch(w));

describe('sound keys of names (D18)', () => {
  it.each([
    ['Shoigu', 'Shoygu'],
    ['Belousov', 'Belusov'],
    ['Belousov', 'Belousow'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Milley', 'Miley'],
    ['Oleksii', 'Oleksiy'],
    ['Aleksei', 'Alexei'],
    ['Mikhail', 'Mihail'],
    ['شويغو', 'شويجو'],
    ['شويغو', 'شويقو'],
    ['غيراسيموف', 'جيراسيموف'],
  ])('%s and %s are one name', (a, b) => expect(key(a)).toBe(key(b)));

  it.each([
    ['Putin', 'Patin'],
    ['Austin', 'Boston'],
    ['بوتين', 'بوتان'],
  ])('%s and %s are not', (a, b) => expect(key(a)).not.toBe(key(b)));

  it('matches a whole spelling, or from four letters the start of one of its words', () => {
    const shoigu = ['sergei shoigu', 'شويغو'];
    expect(soundsLike('shoygu', shoigu)).toBe(true);
    expect(soundsLike('sergey shoygu', shoigu)).toBe(true);
    expect(soundsLike('shoy', shoigu)).toBe(true);
    expect(soundsLike('sho', shoigu)).toBe(false);
    expect(soundsLike('شويق', shoigu)).toBe(true);
    expect(soundsLike('shoygu milley', shoigu)).toBe(false);
    expect(soundsLike('', shoigu)).toBe(false);
  });
});
