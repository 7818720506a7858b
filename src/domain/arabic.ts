/**
 * Text normalisation for matching Arabic the way it is really written: the same word may carry or
 * omit diacritics and tatweel, and spell alef, hamza, ta marbuta and alef maqsura several ways. The
 * normalised form is for comparing only; what the user sees is always the original text.
 */

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks; and tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const LETTERS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ک: 'ك',
  ڨ: 'ق',
  ء: '',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits as ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (d) => String((d.codePointAt(0) ?? 0) % 16));
}

/**
 * Folds a text for matching: diacritics and tatweel dropped; alef forms, hamza seats, ta marbuta/ha and
 * alef maqsura/ya unified; Latin letters lower-cased without accents; digits made ASCII.
 */
export function normalizeForMatch(text: string): string {
  return asciiDigits(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036F]/g, '')
      .normalize('NFC')
      .replace(MARKS, '')
      .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
      .toLowerCase(),
  );
}

export interface Token {
  /** The word as written. */
  readonly text: string;
  /** The word folded for comparison. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** A word as search and the word index see it (global: use with matchAll). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text, with their offsets; punctuation and spaces are not words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = normalizeForMatch(m[0]);
    if (key !== '') tokens.push({ text: m[0], key, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Common one-letter proclitics (wa-, fa-, bi-, li-, ka-) that vary between tellings of one phrase. */
export function stripProclitic(key: string): string {
  return key.length > 3 && /^[وفبلك]/.test(key) ? key.slice(1) : key;
}
