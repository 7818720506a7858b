/**
 * Anchors that survive a changed article. A span is kept two ways, as the W3C Web Annotation model
 * does: by position (`start`/`end`, its TextPositionSelector) and by quotation (`text` with a little
 * `prefix` and `suffix` of context, its TextQuoteSelector). When the article's text changes (re-fetched
 * with a line added, hamza or comma variants, spacing), `placeSpan` finds the span again: exactly if
 * its words are still there, else on folded text (see `foldForAnchor`), else approximately (edit
 * distance), always answering with offsets into the new text and that text's own slice.
 */
import { foldChar as foldMatchChar, foldWithOffsets, type Folded } from './arabic';

export interface SpanContext {
  /** Up to `size` characters of the article just before the span. */
  readonly prefix: string;
  /** Up to `size` characters just after it. */
  readonly suffix: string;
}

/** The default amount of context kept on each side of a span, in UTF-16 code units. */
export const CONTEXT_SIZE = 32;

/** Does `i` fall between the two halves of a surrogate pair (inside one character)? */
export const splitsSurrogatePair = (text: string, i: number): boolean =>
  i > 0 &&
  i < text.length &&
  /[\uD800-\uDBFF]/.test(text[i - 1] ?? '') &&
  /[\uDC00-\uDFFF]/.test(text[i] ?? '');

/**
 * The context of `article[start, end)`: up to `size` code units before and after (fewer at the
 * article's edges; never half a surrogate pair). Stored beside the offsets, it tells two occurrences
 * of the same words apart and lets `placeSpan` find a span again after the text changed.
 */
export function spanContext(article: string, start: number, end: number, size = CONTEXT_SIZE): SpanContext {
  let from = Math.max(0, start - size);
  if (splitsSurrogatePair(article, from)) from++;
  let to = Math.min(article.length, end + size);
  if (splitsSurrogatePair(article, to)) to--;
  return { prefix: article.slice(from, start), suffix: article.slice(end, to) };
}

/** What `placeSpan` needs of a span: its words, and optionally its context and its old start. */
export interface SpanToPlace {
  readonly text: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** Where the span was before: breaks a tie between equally good places. */
  readonly start?: number;
}

export interface PlacedSpan {
  readonly start: number;
  readonly end: number;
  /** Always `article.slice(start, end)` of the new article. */
  readonly text: string;
  /** 1 for the same words; below 1 as the words differ (see `placeSpan`). */
  readonly score: number;
  readonly how: 'exact' | 'approximate';
}

export interface PlaceOptions {
  /** The lowest score accepted (default 0.75); below it `placeSpan` answers null. */
  readonly threshold?: number;
  /**
   * Parts of the new article the span must not touch (its out-of-scope parts: a footer that repeats
   * the headline, a list of other stories): no place overlapping one is ever chosen.
   */
  readonly avoid?: readonly { readonly start: number; readonly end: number }[];
}

/** The score of words equal once folded (letter variants, punctuation, spacing) but not as written. */
export const FOLDED_SCORE = 0.95;

// Punctuation written several ways: Arabic and Latin commas, semicolons and question marks; every
// kind of quotation mark (dashes are the shared fold's, `DASHES` of arabic.ts). Bidi marks and
// zero-width characters count for nothing.
const PUNCTUATION: Readonly<Record<string, string>> = {
  '،': ',',
  '٫': ',',
  '؛': ';',
  '؟': '?',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‹': "'",
  '›': "'",
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '`': "'",
  '…': '...',
};
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/u;
const SPACE = /\s/u;
const PUNCT = /^[\p{P}\p{S}]/u;

/** A text folded for anchoring, with the original range each folded character came from. */
export type AnchorFold = Folded;

const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  const known = foldCache.get(ch);
  if (known !== undefined) return known;
  let f: string;
  if (INVISIBLE.test(ch)) f = '';
  else if (SPACE.test(ch)) f = ' ';
  else f = PUNCTUATION[ch] ?? foldMatchChar(ch);
  foldCache.set(ch, f);
  return f;
}

/**
 * Folds a text for anchoring: the shared fold (`foldWithOffsets`, arabic.ts) of each character,
 * Arabic letter variants, diacritics and tatweel as `foldChar` folds them, and punctuation variants
 * (،/, ؛/; ؟/? and every quotation mark) to one form; then the spacing: any run of white space is one
 * space, and none is kept beside punctuation. Each folded character keeps the original range it came
 * from, so a match maps back to exact offsets.
 */
export function foldForAnchor(text: string): AnchorFold {
  const each = foldWithOffsets(text, foldChar);
  // The folded text in parts, joined once at the end (a string cut at its end while it grows is copied).
  const parts: string[] = [];
  let last = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // One character of the text at a time: the folded characters [k, j) that share its start.
  for (let k = 0, j = 0; k < each.folded.length; k = j) {
    const i = each.starts[k] ?? 0;
    const next = each.ends[k] ?? i;
    while (j < each.folded.length && each.starts[j] === i) j++;
    const f = each.folded.slice(k, j);
    if (f === ' ' && last === ' ') {
      ends[ends.length - 1] = next;
    } else if (f === ' ' && PUNCT.test(last)) {
      // Spacing around punctuation varies between copies: «قال ،» and «قال،» fold alike.
    } else {
      if (PUNCT.test(f) && last === ' ') {
        const cut = parts.pop() ?? '';
        if (cut.length > 1) parts.push(cut.slice(0, -1));
        starts.pop();
        ends.pop();
      }
      for (let n = 0; n < f.length; n++) {
        starts.push(i);
        ends.push(next);
      }
      parts.push(f);
      last = f.slice(-1);
    }
  }
  return { folded: parts.join(''), starts, ends };
}

const foldedTrim = (text: string): string => foldForAnchor(text).folded.trim();

/** How many characters at the end of `a` equal those at the end of `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many characters at the start of `a` equal those at the start of `b`. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the context around [start, end) agrees with the stored one, 0–1 (1 with none stored). */
function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (commonTail(before, prefix) + commonHead(after, suffix)) / total;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly context: number;
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Extends an original end over the characters that fold to nothing (a final diacritic, tatweel, hamza). */
function extendEnd(article: string, end: number): number {
  let e = end;
  while (e < article.length) {
    const cp = article.codePointAt(e) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (foldChar(ch) !== '') break;
    if (INVISIBLE.test(ch)) break;
    e += ch.length;
  }
  return e;
}

/** The original range of folded [from, to). */
function toOriginal(
  article: string,
  fold: AnchorFold,
  from: number,
  to: number,
): { start: number; end: number } {
  const start = fold.starts[from] ?? 0;
  const end = extendEnd(article, fold.ends[to - 1] ?? start);
  return { start, end };
}

/**
 * Approximate substring matching (Sellers): the places in `haystack` where `needle` is found with the
 * fewest edits (insertions, deletions, substitutions), each as [start, end) with its distance. Returns
 * the ends whose distance is the least, with the start traced through the same cheapest path.
 */
function approximate(
  haystack: string,
  needle: string,
): { distance: number; hits: { start: number; end: number }[] } {
  const m = needle.length;
  const n = haystack.length;
  let prev = new Int32Array(m + 1);
  let prevFrom = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevFrom[i] = 0;
  }
  let distance = prev[m] ?? m;
  let hits: { start: number; end: number }[] = [];
  let lastEnd = -2;
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    curFrom[0] = j;
    const h = haystack.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = (prev[i - 1] ?? 0) + (needle.charCodeAt(i - 1) === h ? 0 : 1);
      const del = (prev[i] ?? 0) + 1; // a haystack character the needle lacks
      const ins = (cur[i - 1] ?? 0) + 1; // a needle character the haystack lacks
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        curFrom[i] = prevFrom[i - 1] ?? 0;
      } else if (del <= ins) {
        cur[i] = del;
        curFrom[i] = prevFrom[i] ?? 0;
      } else {
        cur[i] = ins;
        curFrom[i] = curFrom[i - 1] ?? 0;
      }
    }
    const d = cur[m] ?? m;
    if (d < distance) {
      distance = d;
      hits = [{ start: curFrom[m] ?? 0, end: j }];
      lastEnd = j;
    } else if (d === distance) {
      // Neighbouring ends of one match (a character more or less) are one place, not two.
      if (j - lastEnd > 1) hits.push({ start: curFrom[m] ?? 0, end: j });
      lastEnd = j;
    }
    [prev, cur] = [cur, prev];
    [prevFrom, curFrom] = [curFrom, prevFrom];
  }
  return { distance, hits };
}

/** Longest needle matched whole by edit distance; a longer one is matched by its head and tail. */
const WHOLE_LIMIT = 1500;
const EDGE = 300;

/**
 * Finds `span` in `article` (the new text, NFC) and returns its exact place there, or null.
 *
 * 1–2. The same words: every occurrence of `span.text` as written (score 1, `how: 'exact'`) and every
 *    occurrence once both are folded by `foldForAnchor` (hamza and alef forms, ta marbuta/ha, alef
 *    maqsura/ya, tatweel, diacritics, Arabic/Latin punctuation, quotation marks, spacing; mapped back
 *    to the new text's offsets; score `FOLDED_SCORE`, `how: 'approximate'`), weighed together: the one
 *    whose surroundings agree best with the stored `prefix`/`suffix`, then the one as written, then
 *    the one nearest the old `start`. So the span's own place, its words changed by a hamza, wins
 *    over an exact copy of them elsewhere.
 * 3. Edit distance on the folded texts: the place with the fewest edits, score 1 − edits ÷ length of
 *    the folded span (a long span is placed by its first and last 300 folded characters).
 *
 * No place overlapping `options.avoid` is ever chosen. Below `threshold` (default 0.75) the answer is null: the span is not placed. The returned `text` is
 * always `article.slice(start, end)`, never the old text.
 */
export function placeSpan(article: string, span: SpanToPlace, options: PlaceOptions = {}): PlacedSpan | null {
  const threshold = options.threshold ?? 0.75;
  const text = span.text.normalize('NFC');
  const prefix = span.prefix ?? '';
  const suffix = span.suffix ?? '';
  if (text === '') return null;
  const place = (start: number, end: number, score: number, how: PlacedSpan['how']): PlacedSpan | null =>
    score < threshold || end <= start ? null : { start, end, text: article.slice(start, end), score, how };

  const avoid = options.avoid ?? [];
  const clear = (start: number, end: number): boolean => avoid.every((a) => end <= a.start || a.end <= start);

  // 1–2. The same words, as written or once folded, are weighed together: the place whose
  // surroundings agree best with the stored context wins, then the words as written, then the place
  // nearest the old start. An exact copy elsewhere (a footer repeating the headline) never beats the
  // span's own place whose words only changed by a hamza or a comma.
  const fold = foldForAnchor(article);
  const needle = foldedTrim(text);
  const foldedPrefix = foldForAnchor(prefix).folded;
  const foldedSuffix = foldForAnchor(suffix).folded;
  const oldFoldedStart = span.start === undefined ? undefined : foldedIndexOf(fold, span.start);
  const weighed: (Candidate & { readonly exact: boolean; readonly at: number })[] = [];
  for (const start of allIndexes(article, text)) {
    const end = start + text.length;
    if (!clear(start, end)) continue;
    const context = Math.max(
      contextAgreement(article, start, end, prefix, suffix),
      foldedContextAt(fold, start, end, foldedPrefix, foldedSuffix),
    );
    weighed.push({ start, end, context, exact: true, at: foldedIndexOf(fold, start) });
  }
  // (A span of nothing but marks that fold away, or white space, is found only as written.)
  for (const at of needle === '' ? [] : allIndexes(fold.folded, needle)) {
    const { start, end } = toOriginal(article, fold, at, at + needle.length);
    if (!clear(start, end) || weighed.some((w) => w.start === start && w.end === end)) continue;
    const context = contextAgreement(fold.folded, at, at + needle.length, foldedPrefix, foldedSuffix);
    weighed.push({ start, end, context, exact: false, at });
  }
  const best = weighed.reduce<(typeof weighed)[number] | undefined>((b, c) => {
    if (b === undefined) return c;
    if (Math.abs(c.context - b.context) > 1e-9) return c.context > b.context ? c : b;
    if (c.exact !== b.exact) return c.exact ? c : b;
    if (oldFoldedStart === undefined) return b;
    return Math.abs(c.at - oldFoldedStart) < Math.abs(b.at - oldFoldedStart) ? c : b;
  }, undefined);
  if (best !== undefined)
    return best.exact
      ? place(best.start, best.end, 1, 'exact')
      : place(best.start, best.end, FOLDED_SCORE, 'approximate');

  // 3. Close words: the fewest edits.
  if (needle === '') return null;
  const haystack =
    avoid.length === 0
      ? fold.folded
      : fold.folded
          .split('')
          .map((ch, i) => (clear(fold.starts[i] ?? 0, fold.ends[i] ?? 0) ? ch : '\u0000'))
          .join('');
  const found = editPlace(haystack, needle, oldFoldedStart);
  if (found === null) return null;
  const { start, end } = toOriginal(article, fold, found.start, found.end);
  return place(start, end, Math.min(found.score, FOLDED_SCORE - 0.01), 'approximate');
}

/** How well the context around original [start, end) agrees with the stored one, on folded text. */
function foldedContextAt(
  fold: AnchorFold,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const from = foldedIndexOf(fold, start);
  const to = foldedIndexOf(fold, end);
  return contextAgreement(fold.folded, from, to, prefix, suffix);
}

/** The folded index of the original offset `offset` (the first folded character at or after it). */
function foldedIndexOf(fold: AnchorFold, offset: number): number {
  let lo = 0;
  let hi = fold.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fold.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nearest<T extends { start: number }>(hits: readonly T[], hint: number | undefined): T | undefined {
  let best: T | undefined;
  for (const h of hits) {
    if (best === undefined) best = h;
    else if (hint !== undefined && Math.abs(h.start - hint) < Math.abs(best.start - hint)) best = h;
  }
  return best;
}

function editPlace(
  haystack: string,
  needle: string,
  hint: number | undefined,
): { start: number; end: number; score: number } | null {
  if (needle.length <= WHOLE_LIMIT) {
    const { distance, hits } = approximate(haystack, needle);
    const best = nearest(hits, hint);
    if (best === undefined) return null;
    return { ...trimSpaces(haystack, best), score: 1 - distance / needle.length };
  }
  const head = approximate(haystack, needle.slice(0, EDGE));
  const tail = approximate(haystack, needle.slice(-EDGE));
  const h = nearest(head.hits, hint);
  const t = nearest(
    tail.hits.filter((x) => h !== undefined && x.end > h.start),
    hint === undefined ? undefined : hint + needle.length,
  );
  if (h === undefined || t === undefined) return null;
  const length = t.end - h.start;
  // The part between head and tail may differ in length by at most the edits allowed for it.
  const stretch = Math.abs(length - needle.length) / needle.length;
  const score = Math.min(1 - head.distance / EDGE, 1 - tail.distance / EDGE) - stretch;
  return { ...trimSpaces(haystack, { start: h.start, end: t.end }), score };
}

/** A folded match never starts or ends on a space. */
function trimSpaces(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = r;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}
