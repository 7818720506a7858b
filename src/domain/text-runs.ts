/**
 * Interface text that comes from the data (titles, summaries, outlet names, notes), prepared for the
 * screen: Arabic runs inside English text found so they can be isolated, and digits in the reader's
 * chosen system. Never applied to quotes, which are exact article slices.
 */

/** A piece of text, and whether it is an Arabic run to isolate right to left. */
export interface TextRun {
  readonly text: string;
  readonly rtl: boolean;
}

const ARABIC_LETTER =
  /[\u0600-\u065F\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Numbers written next to an Arabic run belong to it ("13 أيار"), with spaces, slashes and dashes. */
const NUMBERISH = /[0-9\u0660-\u0669\u06F0-\u06F9 /.,\-–]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * Cuts `text` into runs: each Arabic run goes from its first to its last Arabic letter (anything but
 * Latin letters may sit between), taking in a number written right before or after it; the rest is
 * left as it is. Joining the runs' text gives `text` back.
 */
export function splitArabicRuns(text: string): TextRun[] {
  const chars = [...text];
  // A character by index; '' past either end (which no pattern here matches).
  const charAt = (k: number): string => chars[k] ?? '';
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!ARABIC_LETTER.test(charAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let j = i + 1;
    for (; j < chars.length; j++) {
      const c = charAt(j);
      if (LATIN_LETTER.test(c)) break;
      if (ARABIC_LETTER.test(c)) end = j;
    }
    runs.push({ from: i, to: end + 1 });
    i = end + 1;
  }
  // Take in a number that touches a run (only through spaces and number punctuation).
  const widened = runs.map((r, k) => {
    const floor = k === 0 ? 0 : (runs[k - 1] as { to: number }).to;
    const ceil = k === runs.length - 1 ? chars.length : (runs[k + 1] as { from: number }).from;
    let from = r.from;
    let f = r.from;
    while (f > floor && NUMBERISH.test(charAt(f - 1))) {
      f--;
      if (DIGIT.test(charAt(f))) from = f;
    }
    let to = r.to;
    let g = r.to;
    while (g < ceil && NUMBERISH.test(charAt(g))) {
      if (DIGIT.test(charAt(g))) to = g + 1;
      g++;
    }
    return { from, to };
  });
  const out: TextRun[] = [];
  let at = 0;
  for (const r of widened) {
    if (r.from > at) out.push({ text: chars.slice(at, r.from).join(''), rtl: false });
    out.push({ text: chars.slice(r.from, r.to).join(''), rtl: true });
    at = r.to;
  }
  if (at < chars.length) out.push({ text: chars.slice(at).join(''), rtl: false });
  return out;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * The digits of `text` in the chosen system: Latin digits become Arabic-Indic ones for 'arab', and
 * Arabic-Indic ones become Latin for 'latn'. Digits that belong to a Latin word or code ("F-16",
 * "TimelineJS3", "v2") are left alone, and so is a number's separator between digits (١٫٥).
 */
export function localizeDigits(text: string, digits: 'arab' | 'latn'): string {
  if (digits === 'latn') return text.replace(/[\u0660-\u0669]/gu, (d) => String(ARABIC_INDIC.indexOf(d)));
  return text.replace(/[0-9]+(?:[.,][0-9]+)*/gu, (num, offset: number, all: string) => {
    const before = all.slice(Math.max(0, offset - 2), offset);
    const after = all.charAt(offset + num.length);
    if (LATIN_LETTER.test(before.slice(-1)) || /\p{Script=Latin}[-_]$/u.test(before)) return num;
    if (LATIN_LETTER.test(after)) return num;
    return num.replace(/[0-9.,]/gu, (c) =>
      c === '.' ? '٫' : c === ',' ? '٬' : (ARABIC_INDIC[Number(c)] ?? c),
    );
  });
}
