import { describe, expect, it } from 'vitest';
import { eventWords, WORD_MEMO, WordMemo } from '../../src/data';
import { forEachWord } from '../../src/data/corpus-words';
import { WORD } from '../../src/domain';

const scanned = (text: string): string[] => {
  const words: string[] = [];
  forEachWord(text, (w) => words.push(w));
  return words;
};
const matched = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0]);

/** A small deterministic random generator. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// Letters, marks, numbers, apostrophes and what lies between words, from several scripts and planes.
const PIECES = [
  'a',
  'Z',
  'é',
  'ß',
  'ب',
  'ال',
  'وزير',
  'ـ',
  'ً',
  'ّ',
  'ٰ',
  '٣',
  '۴',
  '7',
  '½',
  "'",
  '’',
  '‘',
  '-',
  ' ',
  '\u00a0',
  '\u200c',
  '\u200d',
  '\u200f',
  '.',
  '،',
  '؟',
  '"',
  '𝒜',
  '𝟘',
  '😀',
  '𐌰',
  '\u{1d167}',
  '\ud800',
  '\udbff',
  '\udc00',
  'ﻻ',
  'ｂ',
  '\u0301',
  'Ⅻ',
  '〇',
  '中',
  '\t',
  '\n',
];

describe('the build’s word scan', () => {
  it('finds the words the search’s expression finds, where they end and begin', () => {
    for (const text of [
      '',
      'وزير الدفاع',
      "don't stop l’homme",
      "rock'n'roll",
      "word' next",
      "word'5",
      "'quoted'",
      'تحدّثَ الوزيرُ',
      'الـــوزير ٢٠٢٢م',
      '𝒜𝒷 😀 x𝟘y 𝟿9',
      'a\ud800b\udc00c',
      // A lone high surrogate before a letter above the surrogates (an Arabic ligature) is no pair.
      '\ud800ﻻ \udbffｂ',
      'end’',
      "its'\u0301s",
    ])
      expect(scanned(text), JSON.stringify(text)).toStrictEqual(matched(text));
  });

  it('agrees with the expression on 5,000 random texts', () => {
    const next = random(27);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(next() * PIECES.length)] as string;
      expect(scanned(text), JSON.stringify(text)).toStrictEqual(matched(text));
    }
  });
});

describe('an event’s words gathered with a memo', () => {
  const event = (ar: string, en: string, quotes: string[] = []) => ({
    title: { ar, en },
    accounts: [{ source: 's1', quotes: quotes.map((text) => ({ start: 0, end: 1, text, claims: [] })) }],
  });

  it('gives each folded form once, in the order of the words without a memo', () => {
    const memo = new WordMemo();
    const events = [
      event('الوزير والوزير وزير', 'The minister, THE Minister', ['أعلن الوزيرُ', 'وزير']),
      event('وزير', 'minister', ['الوزير']),
      event('', '', []),
    ];
    for (const e of events)
      expect(
        memo.gather([e.title.ar, e.title.en, ...e.accounts[0]!.quotes.map((q) => q.text)]),
      ).toStrictEqual(eventWords(e as never));
    for (const e of events) expect(eventWords(e as never, memo)).toStrictEqual(eventWords(e as never));
  });

  it('gives each form once in an event during which the memo fills up', () => {
    const memo = new WordMemo();
    const many = Array.from({ length: WORD_MEMO - 1 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(eventWords(event(many, '') as never, memo)).toHaveLength(WORD_MEMO - 1);
    // This event's first word fills the memo, its second would start it again: its forms are kept.
    const words = eventWords(event('الوزير', 'Minister', ['وزير الوزير minister']) as never, memo);
    expect(words).toStrictEqual(['الوزير', 'وزير', 'minister']);
    // The next event starts with a fresh memo and the same result.
    expect(eventWords(event('الوزير', 'Minister', ['وزير']) as never, memo)).toStrictEqual(words);
  });
});
