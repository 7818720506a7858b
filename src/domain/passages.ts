/**
 * The passages of an article a suggestion may offer as quotes: whole sentences (or headlines), each
 * the size a journalist quotes, never a credit line, a dateline, the site's own lines or a fragment
 * cut at a comma.
 *
 * - A sentence ends at a line break, or at `.`, `!`, `?`, `؟` outside a quotation (a quoted statement
 *   of two sentences stays one passage with its "he said"), never inside a number (20.10.2025, 6.9)
 *   nor after a one-letter abbreviation («د. محمد», «أ.ف.ب», "U.S.") nor inside a dotted one of short
 *   groups («(بي.بي.سي)»).
 * - A dateline or byline at its head («واشنطن (رويترز) –», «أحمد جودة - القاهرة -», «الوكيل
 *   الإخباري-», «كييف/ أوكرانيا بالعربية/», «أوكرانيا بالعربية |») is left out of the passage.
 * - Site furniture is no passage: a line of fewer than four Arabic words (a caption, a time, "Search"),
 *   a dated line of fewer than six (the page's own date line),
 *   a credit line («المصدر:», «بقلم:», «حقوق النشر»), a line mostly in Latin or Cyrillic letters ("The
 *   post … appeared first on …"), the site's own address to its readers («نعرض لكم…»), a teaser cut
 *   short by "…" or "..", a navigation trail («الرئيسية » أخبار » …»: more » or › than « or ‹), a
 *   caption of a few words ending with its credit in parentheses («وزير الدفاع الأميركي (بوليتيكو)»),
 *   a site control («زر الذهاب إلى الأعلى»), a lead-in or subheading ending with a colon (it cannot
 *   stand as a quote; what it leads into is the passage).
 * - By where it stands, a whole line is furniture: one that opens with furniture, every sentence in it
 *   («اقرأ المزيد: حادث تكرر بعد 60 عامًا.. مسؤول بارز بين ضحايا…»), a caption (fewer than six words
 *   and no sentence's end, after the headline: «الصندوق الأسود للطائرة الهندية»).
 */
import type { Span } from './types';

const ARABIC_WORD = /[\u0621-\u064A\u066E-\u06D3]{2,}/gu;
const FOREIGN_LETTER = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/gu;
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3]/gu;
const OPEN = '«“„‹';
const CLOSE = '»”‟›';

/** Lines that credit, sign or frame rather than report. */
const FURNITURE =
  /^(?:المصدر|مصدر|بقلم|كتب|كتبه|تحرير|تصوير|حقوق النشر|جميع الحقوق|[اإ]قرأ (?:[أا]يض(?:اً|ًا|ا)|المزيد)|شاهد أيضا|تابعونا|تابعوا|شارك|نعرض لكم|طالع أيضا|للمزيد|رابط الخبر|مقالات ذات صلة|أخبار متعلقة|الموقع|الرئيسية|زر)(?=[\s:：\-–|/]|$)/u;

/**
 * A dateline, byline or outlet name before the first words of a passage, up to its separator: up to
 * four words, perhaps a credit in parentheses, a dash, bar or slash and a space, once or more
 * («أحمد جودة - القاهرة -»).
 */
const DATELINE = /^(?:(?:[^\s.،:«»"“”|/\-–—]+\s?){1,4}(?:\([^()\n]{1,30}\)\s?)?(?:[-–—|]|\/)\s+)+/u;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Whether `text` (one passage) is site furniture rather than reporting. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  const words = count(t, ARABIC_WORD);
  if (words < 4) return true;
  // A dated line of a few words is the page's date line («الإثنين 20 أكتوبر 2025 أبوظبي الإمارات»).
  if (words < 6 && /\d{4}/u.test(t) && !/[.!?؟]$/u.test(t)) return true;
  if (FURNITURE.test(t) || /^The post |appeared first on/u.test(t)) return true;
  if (count(t, FOREIGN_LETTER) > count(t, ARABIC_LETTER)) return true;
  // A navigation trail: its » and › separate, they do not close a quotation.
  if (count(t, /[»›]/gu) > count(t, /[«‹]/gu)) return true;
  // A caption: a few words and the credit of the picture in parentheses, no sentence.
  if (words < 6 && /\([^()]{1,30}\)$/u.test(t)) return true;
  // A lead-in or subheading: what follows its colon is the passage.
  if (/[:：]$/u.test(t)) return true;
  // A teaser cut short («…التفاهمات التي...», «لأول مرة منذ عام..»): its sentence is printed whole
  // elsewhere, or not at all.
  return /(?:\.\.|…)$/u.test(t);
}

/** Short groups of letters joined by dots: «بي.بي.سي», «أ.ف.ب», "U.S.", "B.B.C". */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}\.?$/u;

/**
 * Whether the dot at `i` is one of a dotted abbreviation's («(بي.بي.سي)»): the run of letters and dots
 * around it is groups of one to three letters joined by dots, at least two of them. Two words joined
 * by a dot with no space («الحرب.وقال») are longer and stay two sentences.
 */
function inDottedAbbreviation(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1] ?? '')) from--;
  let to = i + 1;
  while (to < text.length && /[\p{L}.]/u.test(text[to] ?? '')) to++;
  return DOTTED_ABBREVIATION.test(text.slice(from, to));
}

/** The sentences of `text[from, to)`: ends at line breaks, and at . ! ? ؟ outside quotations and numbers. */
function sentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  let depth = 0;
  let straight = false;
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      out.push({ start, end: i });
      start = i + 1;
      depth = 0;
      straight = false;
      continue;
    }
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    if (!/[.!?؟]/u.test(ch) || depth > 0 || straight) continue;
    const next = text[i + 1] ?? '';
    if (ch === '.' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(next)) continue;
    if (ch === '.' && next === '.') continue;
    // A dot after a word of one letter is an abbreviation's («د.», «أ.ف.ب»), not a sentence's end.
    if (ch === '.' && /\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i - 2] ?? '')) continue;
    if (ch === '.' && inDottedAbbreviation(text, i)) continue;
    // A closing quotation mark right after the stop belongs to the sentence.
    let end = i + 1;
    while (end < to && /["»”')\]]/u.test(text[end] ?? '')) end++;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  out.push({ start, end: to });
  return out;
}

/**
 * The sentence (or sentences) holding `span`, cut as the passages are (see the module's description),
 * without white space at either end: the natural quote for a date or a name found in the text.
 */
export function sentenceAt(text: string, span: Span): Span {
  const spans = sentenceSpans(text, 0, text.length);
  const first = spans.find((s) => s.end > span.start) ?? spans.at(-1) ?? { start: 0, end: 0 };
  const last = spans.findLast((s) => s.start < span.end) ?? first;
  return trim(text, { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) });
}

/** `span` without white space at either end. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** The line of `text` holding offset `at`, without white space at either end. */
function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return trim(text, { start, end: end === -1 ? text.length : end });
}

/** A line with no sentence's end: a headline, a caption, a subheading. */
const unpunctuated = (line: string): boolean => !/[.!?؟"»”')\]]$/u.test(line);

/**
 * Whether a whole line is site furniture by where it stands: a line that opens with furniture («اقرأ
 * المزيد: …») with every sentence in it, a caption (a line of fewer than six words with no sentence's
 * end, after the headline).
 */
function furnitureLine(text: string, line: Span): boolean {
  const t = text.slice(line.start, line.end);
  if (FURNITURE.test(t)) return true;
  if (!unpunctuated(t)) return false;
  const first = line.start === trim(text, { start: 0, end: text.length }).start;
  return !first && count(t, ARABIC_WORD) < 6;
}

/**
 * The passages of `text` outside the `exclude` ranges, in order: sentences without a leading
 * dateline, site furniture left out (see the module's description). Offsets are into `text`.
 */
export function passages(text: string, exclude: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const lines = new Map<number, boolean>();
  for (const raw of sentenceSpans(text, 0, text.length)) {
    let s = trim(text, raw);
    if (s.end <= s.start) continue;
    if (exclude.some((x) => s.start < x.end && x.start < s.end)) continue;
    const line = lineAt(text, s.start);
    let furniture = lines.get(line.start);
    if (furniture === undefined) lines.set(line.start, (furniture = furnitureLine(text, line)));
    if (furniture) continue;
    const head = DATELINE.exec(text.slice(s.start, s.end));
    if (head !== null && head[0].length < s.end - s.start)
      s = trim(text, { start: s.start + head[0].length, end: s.end });
    if (isFurniture(text.slice(s.start, s.end))) continue;
    out.push(s);
  }
  return out;
}
