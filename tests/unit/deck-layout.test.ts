/**
 * The deck's geometry at its edges: the fonts and tags a deck names, line heights per face, how many
 * characters a line holds in each face and weight (one more wraps), paragraphs cut where the room
 * ends, stacks that fill a box exactly, a label kept with its text, and items cut into slides.
 */
import { describe, expect, it } from 'vitest';
import {
  DECK_FONTS,
  DECK_LANG,
  LINE,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  fitItems,
  fitStack,
  paragraph,
  paragraphHeight,
  paragraphLines,
  paragraphText,
  splitParagraph,
  stackHeight,
  type DeckParagraph,
  type DeckRun,
  type FontRole,
} from '../../src/data/deck-layout';

const run = (text: string, font: FontRole = 'latin', more: Partial<DeckRun> = {}): DeckRun => ({
  text,
  lang: font === 'latin' ? 'en' : 'ar',
  font,
  ...more,
});
/** Latin at 10 pt in a 52 pt column: 10 characters a line, 13 pt a line. */
const W = 52;
const latin = (text: string, after = 0, keepWithNext = false): DeckParagraph =>
  paragraph('body', [run(text)], 'ltr', 10, after, keepWithNext);
const texts = (stacks: readonly (readonly DeckParagraph[])[]): string[][] =>
  stacks.map((s) => s.map(paragraphText));

describe('what a deck names', () => {
  it('is a 16:9 slide of 960 × 540 pt, the app’s Arabic faces and Arial, tags with a region', () => {
    expect([SLIDE_WIDTH, SLIDE_HEIGHT]).toEqual([960, 540]);
    expect(DECK_FONTS).toEqual({ quote: 'Noto Naskh Arabic', arabic: 'Noto Sans Arabic', latin: 'Arial' });
    expect(DECK_LANG).toEqual({ ar: 'ar-SY', en: 'en-GB' });
    expect(LINE).toEqual({ quote: 1.7, arabic: 1.6, latin: 1.3 });
  });
});

describe('paragraph', () => {
  it('takes its line height from the roomiest face it uses, never below Latin’s, to a tenth of a point', () => {
    expect(paragraph('body', [run('a')], 'ltr', 10).line).toBe(13);
    expect(paragraph('body', [run('a'), run('ب', 'arabic')], 'rtl', 10).line).toBe(16);
    expect(paragraph('quote', [run('ب', 'arabic'), run('ج', 'quote')], 'rtl', 10).line).toBe(17);
    expect(paragraph('quote', [run('ج', 'quote')], 'rtl', 11).line).toBe(18.7);
    expect(paragraph('quote', [run('ج', 'quote')], 'rtl', 3.33).line).toBe(5.7);
    expect(paragraph('body', [], 'ltr', 20).line).toBe(26);
  });

  it('keeps its role, runs, direction, size and space after, and is kept with the next only when asked', () => {
    const runs = [run('a')];
    expect(paragraph('label', runs, 'rtl', 20, 6, true)).toStrictEqual({
      role: 'label',
      runs,
      dir: 'rtl',
      size: 20,
      line: 26,
      after: 6,
      keepWithNext: true,
    });
    expect(paragraph('label', runs, 'ltr', 20)).toStrictEqual({
      role: 'label',
      runs,
      dir: 'ltr',
      size: 20,
      line: 26,
      after: 0,
    });
  });

  it('reads as its runs joined', () => {
    expect(paragraphText(paragraph('body', [run('ab '), run('ج', 'quote')], 'ltr', 10))).toBe('ab ج');
  });
});

describe('characters a line', () => {
  // At 10 pt across 100 pt: Latin 0.52 em a character (19 fit), bold 0.56 (17); Arabic 0.46 (21), bold 0.5 (20).
  it.each([
    ['latin', false, 19],
    ['latin', true, 17],
    ['quote', false, 21],
    ['quote', true, 20],
    ['arabic', false, 21],
    ['arabic', true, 20],
  ] as const)('%s (bold: %s) holds %i characters, one more wraps', (font, bold, n) => {
    const p = (text: string): DeckParagraph => paragraph('body', [run(text, font, { bold })], 'ltr', 10);
    expect(paragraphLines(p('x'.repeat(n)), 100)).toBe(1);
    expect(paragraphLines(p('x'.repeat(n + 1)), 100)).toBe(2);
  });

  it('counts with the widest face and weight a paragraph uses', () => {
    const mixed = paragraph('body', [run('xxxxxxxxx'), run('xxxxxxxxx', 'latin', { bold: true })], 'ltr', 10);
    // 18 characters: one line at 19 a line, two at bold's 17.
    expect(paragraphLines(mixed, 100)).toBe(2);
    const arabic = paragraph('body', [run('x'.repeat(10), 'quote'), run('x'.repeat(10))], 'ltr', 10);
    // 20 characters: one line at Arabic's 21, two at Latin's 19.
    expect(paragraphLines(arabic, 100)).toBe(2);
  });

  it('gives a paragraph its lines’ height and the space after, and a stack the sum', () => {
    const two = latin('aaaa bbbbb ccc', 4);
    expect(paragraphLines(two, W)).toBe(2);
    expect(paragraphHeight(two, W)).toBe(30);
    expect(stackHeight([two, latin('a')], W)).toBe(43);
    expect(stackHeight([], W)).toBe(0);
  });
});

describe('splitParagraph', () => {
  const p: DeckParagraph = {
    ...latin('one two three four five six'),
    runs: [run('one two thr'), run('ee four five six', 'latin', { color: 'AA0000' })],
  };

  it('fills the first room, then whole rooms, at word boundaries, each piece with its runs', () => {
    const pieces = splitParagraph(p, W, 13, 26);
    expect(pieces.map((x) => x.runs)).toEqual([
      [run('one two ')],
      [run('thr'), run('ee four five six', 'latin', { color: 'AA0000' })],
    ]);
    expect(pieces.map(paragraphText).join('')).toBe(paragraphText(p));
    expect(pieces.every((x) => x.size === 10 && x.line === 13 && x.role === 'body')).toBe(true);
  });

  it('leaves the first piece empty when the first room holds less than a line and its space after', () => {
    const spaced = { ...p, after: 2 };
    expect(splitParagraph(spaced, W, 14, 28).map(paragraphText)).toEqual([
      '',
      'one two three four ',
      'five six',
    ]);
    expect(splitParagraph(spaced, W, 14, 28)[0]?.runs).toEqual([]);
    expect(splitParagraph(spaced, W, 15, 28).map(paragraphText)).toEqual(['one two ', 'three four five six']);
  });

  it('puts a line in every piece when the room holds less than one', () => {
    expect(splitParagraph(p, W, 13, 5).map(paragraphText)).toEqual(['one two ', 'three four ', 'five six']);
  });

  it('gives one piece for a paragraph that fits the first room', () => {
    expect(splitParagraph(p, W, 39, 13).map(paragraphText)).toEqual(['one two three four five six']);
  });
});

describe('fitStack', () => {
  it('makes no stack of no paragraphs', () => {
    expect(fitStack([], W, 100)).toEqual([]);
  });

  it('fills a stack to exactly its room', () => {
    expect(texts(fitStack([latin('a'), latin('b')], W, 26))).toEqual([['a', 'b']]);
    expect(texts(fitStack([latin('a'), latin('b'), latin('c')], W, 26))).toEqual([['a', 'b'], ['c']]);
  });

  it('moves a paragraph that fits a box of its own to the next stack whole', () => {
    expect(texts(fitStack([latin('a'), latin('aaaa bbbbb ccc')], W, 26))).toEqual([
      ['a'],
      ['aaaa bbbbb ccc'],
    ]);
  });

  it('moves a label on with the first line of the text it is kept with', () => {
    const stacks = fitStack([latin('x'), latin('label', 0, true), latin('body', 3)], W, 41);
    expect(texts(stacks)).toEqual([['x'], ['label', 'body']]);
    const roomy = fitStack([latin('x'), latin('label', 0, true), latin('body', 3)], W, 42);
    expect(texts(roomy)).toEqual([['x', 'label', 'body']]);
  });

  it('leaves a label where it falls when it and its text’s first line fit no stack together', () => {
    const stacks = fitStack([latin('x'), latin('label', 0, true), latin('body', 10)], W, 30);
    expect(texts(stacks)).toEqual([['x', 'label'], ['body']]);
  });

  it('keeps nothing with the next paragraph unless asked', () => {
    expect(texts(fitStack([latin('a'), latin('b'), latin('cccc ddddd e')], W, 39))).toEqual([
      ['a', 'b'],
      ['cccc ddddd e'],
    ]);
    expect(texts(fitStack([latin('a'), latin('label', 0, true)], W, 26))).toEqual([['a', 'label']]);
  });

  it('cuts a paragraph taller than the room where the room ends', () => {
    const long = latin('one two three four five six');
    expect(texts(fitStack([long], W, 26))).toEqual([['one two three four '], ['five six']]);
    expect(texts(fitStack([latin('x'), long], W, 26))).toEqual([['x', 'one two '], ['three four five six']]);
  });

  it('starts a new stack when less than a line is left for a long paragraph', () => {
    const long = latin('one two three four five six');
    expect(texts(fitStack([latin('x'), long], W, 20))).toEqual([
      ['x'],
      ['one two '],
      ['three four '],
      ['five six'],
    ]);
  });
});

describe('fitItems', () => {
  it('puts as many items on a slide as fit with the gaps between them, and no gap after the last', () => {
    const h = (n: number): number => n;
    expect(fitItems([10, 10, 10], h, 5, 25)).toEqual([[10, 10], [10]]);
    expect(fitItems([10, 10, 10], h, 5, 24)).toEqual([[10], [10], [10]]);
    expect(fitItems([10, 10, 10], h, 5, 40)).toEqual([[10, 10, 10]]);
  });
});
