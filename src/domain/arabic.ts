/**
 * Text normalisation for matching Arabic the way it is really written: the same word may carry or
 * omit diacritics and tatweel, and spell alef, hamza, ta marbuta and alef maqsura several ways. The
 * normalised form is for comparing only; what the user sees is always the original text.
 */

// Harakat, tanwin, shadda, sukun, hamza above and below, superscript alef, Quranic annotation marks,
// tatweel; the lone hamza (its seat varies, and so does whether it is written at all); and the
// invisible marks that copies of one text carry or not (soft hyphen, zero-width spaces and joiners,
// direction marks and isolates, the byte-order mark).
const DROP =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0621\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
// Latin accents, once decomposed.
const ACCENTS = /[\u0300-\u036F]/u;
const LETTERS: Readonly<Record<string, string>> = {
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ی: 'ي',
  ى: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ہ: 'ه',
  ۃ: 'ه',
  ک: 'ك',
  ڪ: 'ك',
  ڨ: 'ق',
};

/**
 * Dashes written several ways, read as one hyphen-minus by every fold (dates, anchoring, search,
 * claims): the hyphen and the non-breaking hyphen (pasted from word processors, «12‑15 مارس»), the
 * en and em dashes and the minus sign. The non-breaking hyphen reaches this table as the hyphen, its
 * compatibility form.
 */
export const DASHES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

const folded = new Map<string, string>();

/**
 * The one folding of a character for matching, which search, claims, anchoring, suggestions, dates and
 * the corpus's word index all use: compatibility forms decomposed (presentation forms from PDF
 * extraction, ligatures), diacritics, tatweel, the lone hamza and invisible marks dropped; alef forms,
 * hamza seats, ta marbuta/ha, alef maqsura/ya and Persian/Urdu letter shapes unified; every dash as
 * the hyphen-minus (`DASHES`); Latin letters
 * lower-cased without accents; Arabic-Indic and Persian digits as ASCII digits. A character may fold to
 * nothing or (a ligature) to several.
 */
export function foldChar(ch: string): string {
  const known = folded.get(ch);
  if (known !== undefined) return known;
  let out = '';
  for (const d of ch.normalize('NFKD')) {
    if (DROP.test(d) || ACCENTS.test(d)) continue;
    const code = d.codePointAt(0) ?? 0;
    if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) out += String(code % 16);
    else out += LETTERS[d] ?? DASHES[d] ?? d.toLowerCase();
  }
  if (folded.size < 10_000) folded.set(ch, out);
  return out;
}

/** A text folded for matching, character by character (see `foldChar`). */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** A text folded, with the original range each folded character came from. */
export interface Folded {
  readonly folded: string;
  /** `starts[i]`: the offset (UTF-16 code units) in the text of the character `folded[i]` came from. */
  readonly starts: readonly number[];
  /** `ends[i]`: the offset just after that character (a character beyond U+FFFF is two units). */
  readonly ends: readonly number[];
}

/**
 * The one fold that keeps the way back to the text: each character folded by `foldOne` (`foldChar`
 * unless a caller folds more, as anchoring folds punctuation), each folded character remembering the
 * character it came from, so a match in the folded text is an exact range of the text as written.
 * Search and mentions, dates and anchoring all fold through it (`tests/unit/fold-offsets.test.ts`).
 */
export function foldWithOffsets(text: string, foldOne: (ch: string) => string = foldChar): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldOne(ch);
    const next = i + ch.length;
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(next);
    }
    folded += f;
    i = next;
  }
  return { folded, starts, ends };
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

/**
 * The one-letter proclitics (wa-, fa-, bi-, li-, ka-) that stand before a word and vary between tellings
 * of one phrase: «وقال», «بغزة». The sets below are the ones a rule reads where fewer letters may stand;
 * a pattern writes `[${PROCLITICS}]`, never the letters themselves (`tests/unit/one-owner.test.ts`).
 */
export const PROCLITICS = 'وفبلك';
/**
 * Before a word of a date (a month name, «عام», «منتصف», «هذا», «غرة», a feast's name): `PROCLITICS`
 * but ك, which does not say when («كمطلع» is not written) and starts «كانون».
 */
export const DATE_PROCLITICS = PROCLITICS.replace('ك', '');
/**
 * Before the article «ال» as written: `PROCLITICS` but ل, which joins it as «لل» («للعام»); a pattern
 * writes that form apart, with `CONJUNCTIONS` before it («وللعام»).
 */
export const ARTICLE_PROCLITICS = PROCLITICS.replace('ل', '');
/**
 * The conjunctions wa- and fa-: the only proclitics before a verb («وسيزور», «فيرجى»), a particle
 * («وأن», «فالذي») or a word that already holds a preposition («وللعام», «وبعد»).
 */
export const CONJUNCTIONS = 'وف';
/**
 * Before «أن» opening a verb to come («وأن يزور», «بأن يعقد»): `DATE_PROCLITICS` but ل, with which it
 * is «لأن», because, said of what is already so.
 */
export const SUBJUNCTIVE_PROCLITICS = DATE_PROCLITICS.replace('ل', '');

/**
 * A folded word without its one-letter proclitic, when it starts with one and is longer than
 * `longerThan` letters (each caller's guard: a short word's first letter is more often its own);
 * else null.
 */
export function withoutProclitic(key: string, longerThan = 1): string | null {
  return key.length > longerThan && PROCLITICS.includes(key.charAt(0)) ? key.slice(1) : null;
}

/** A folded word without a one-letter proclitic, for words of more than three letters. */
export function stripProclitic(key: string): string {
  return withoutProclitic(key, 3) ?? key;
}
