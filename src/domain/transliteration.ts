/**
 * Names come to us in more than one spelling: a Russian name written in Latin letters by different
 * conventions (Shoigu, Shoygu; Belousov, Belusov; Zelensky, Zelenskyy, Zelenskiy), or in Arabic with a
 * different letter for a sound Arabic lacks (شويغو, شويجو, شويقو: a hard g as غ, ج, ق or ك). A word's
 * sound key folds those choices together, for matching a query against a name's spellings only (never
 * over free text, where it would match too much). Input is already folded by `normalizeForMatch`.
 */

const LATIN: readonly (readonly [RegExp, string])[] = [
  [/tch/g, 'ch'],
  [/ck/g, 'k'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ou|oo/g, 'u'],
  [/y/g, 'i'],
  [/ie(?=$|[^aeiou])/g, 'i'],
];
/** Letters Arabic writers choose between for the hard g (and the Persian gaf). */
const ARABIC_G = /[غجقكگ]/g;

/** A word's key for transliteration-tolerant matching. */
export function soundKey(word: string): string {
  let k = word.replace(ARABIC_G, 'ك');
  for (const [from, to] of LATIN) k = k.replace(from, to);
  // Doubled letters are a spelling choice (Milley, Miley; Oleksii, Oleksi).
  return k.replace(/(.)\1+/gu, '$1');
}

/** Keys shorter than this match only whole spellings: "al" must not find every name with an "al". */
const MIN_KEY = 4;

/**
 * Whether a folded query sounds like one of a name's folded spellings: the whole query against the
 * whole spelling, or (from four letters) against the beginning of one of its words, so "Shoyg" while
 * typing already finds Shoigu.
 */
export function soundsLike(query: string, spellings: readonly string[]): boolean {
  const q = soundKey(query);
  if (q === '') return false;
  return spellings.some((s) => {
    if (soundKey(s) === q) return true;
    if (q.length < MIN_KEY || q.includes(' ')) return false;
    return s.split(/\s+/).some((w) => soundKey(w).startsWith(q));
  });
}
