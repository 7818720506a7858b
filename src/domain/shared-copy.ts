/**
 * Shared copy: passages two articles share near word for word or as a close paraphrase, the trace of
 * one wire report rewritten by two outlets. Texts are compared sentence by sentence after Arabic
 * normalisation (diacritics, letter variants, one-letter proclitics folded) and a light stemming
 * (`copyStem`: the article, common suffixes, a verb's tense prefix and past-tense ending), by three
 * plain measures: the Dice coefficients of their word pairs (bigrams), of their character 4-grams and,
 * blind to word order, of the sets of their stems. No model, no dictionary: the same inputs
 * give the same score. Measured on labelled pairs of wire copy (`tests/fixtures/shared-copy-pairs.md`).
 */
import { stripProclitic, tokenize } from './arabic';
import type { Span } from './types';

/** A sentence of an article, with its words folded for comparison. */
export interface Sentence extends Span {
  readonly words: readonly string[];
}

const SENTENCE_END = /[.!?؟\n]+/gu;

/** The sentences of `text` outside the `exclude` ranges, each with its folded words. */
export function sentences(text: string, exclude: readonly Span[] = []): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    if (exclude.some((x) => start < x.end && x.start < end)) return;
    const tokens = tokenize(text.slice(start, end));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) return;
    out.push({
      start: start + first.start,
      end: start + last.end,
      words: tokens.map((t) => stripProclitic(t.key)),
    });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

// Endings a rewrite changes without changing the report: plural and dual, the attached pronoun, ta
// marbuta (folded to ha), the nisba ya, tanwin's alef, the past tense's feminine ta. Longest first.
const SUFFIXES = ['يين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'ته', 'ه', 'ي', 'ا', 'ت'] as const;

/**
 * A folded word reduced to what a rewrite keeps: without the article (ال, لل) and up to two of
 * `SUFFIXES` (the stem keeps three letters); a word that had no ending to drop, when it has five
 * letters or more, also loses a leading imperfect prefix (ي ت ن). So
 * «تراجعت» and «تتراجع», «تصاعدت» and «تتصاعد», «اتصالاً» and «الاتصال» meet. A collision only ever
 * raises a score a little.
 */
export function copyStem(word: string): string {
  let s = (word.startsWith('ال') || word.startsWith('لل')) && word.length > 4 ? word.slice(2) : word;
  const bare = s;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((x) => s.endsWith(x) && s.length - x.length >= 3);
    if (suffix === undefined) break;
    s = s.slice(0, -suffix.length);
  }
  return s === bare && /^[يتن]/u.test(s) && s.length >= 5 ? s.slice(1) : s;
}

function bigrams(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`);
  return set;
}

function charGrams(words: readonly string[], n = 4): Set<string> {
  const s = words.join(' ');
  const set = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) set.add(s.slice(i, i + n));
  return set;
}

function common(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface Similarity {
  /** Dice coefficient of the word pairs (bigrams) of the two sentences' stems (0–1). */
  readonly words: number;
  /** Dice coefficient of their character 4-grams (0–1). */
  readonly chars: number;
  /** Dice coefficient of their sets of stems, in whatever order (0–1). */
  readonly content: number;
  /** The share of the shorter sentence's character 4-grams the other has: a shortened copy (0–1). */
  readonly contained: number;
  /** The mean of the three: the score the thresholds apply to. */
  readonly score: number;
  /** How many word bigrams the two share. */
  readonly sharedBigrams: number;
}

const dice = (shared: number, a: number, b: number): number => (a + b === 0 ? 0 : (2 * shared) / (a + b));

interface Features {
  readonly bigrams: ReadonlySet<string>;
  readonly chars: ReadonlySet<string>;
  readonly content: ReadonlySet<string>;
}

function features(words: readonly string[]): Features {
  const stems = words.map(copyStem);
  return {
    bigrams: bigrams(stems),
    chars: charGrams(stems),
    content: new Set(stems),
  };
}

function compare(a: Features, b: Features): Similarity {
  const shared = common(a.bigrams, b.bigrams);
  const words = dice(shared, a.bigrams.size, b.bigrams.size);
  const sharedChars = common(a.chars, b.chars);
  const chars = dice(sharedChars, a.chars.size, b.chars.size);
  const content = dice(common(a.content, b.content), a.content.size, b.content.size);
  const shorter = Math.min(a.chars.size, b.chars.size);
  const contained = shorter === 0 ? 0 : sharedChars / shorter;
  return { words, chars, content, contained, score: (words + chars + content) / 3, sharedBigrams: shared };
}

/** How alike two folded word lists are. */
export function similarity(a: readonly string[], b: readonly string[]): Similarity {
  return compare(features(a), features(b));
}

/**
 * The thresholds, chosen on the measurement set's `dev` pairs and the bundled corpus (see the README's
 * "Shared copy" and the unit tests): a
 * sentence pair scoring `strong`, or one sentence `contained` in the other that far (a shortened or
 * split copy), with `minBigrams` word pairs in common is copy two articles share;
 * once two articles are known to share copy, their pairs from `passage` up are reported too (close
 * paraphrase). Sentences shorter than `minWords` are never compared: headings and datelines repeat.
 */
export const SHARED_COPY_THRESHOLDS = {
  strong: 0.45,
  contained: 0.75,
  passage: 0.44,
  minBigrams: 5,
  minWords: 6,
} as const;

export interface ArticleText {
  readonly id: string;
  readonly text: string;
  /** Ranges outside the story (site furniture, unrelated items): not compared. */
  readonly exclude?: readonly Span[];
}

export interface SharedPassage {
  readonly a: Span;
  readonly b: Span;
  readonly similarity: Similarity;
}

/** Two articles that share copy, and the passages they share, best first. */
export interface SharedCopy {
  readonly a: string;
  readonly b: string;
  readonly passages: readonly SharedPassage[];
}

/** Every pair of articles that shares copy, with the passages they share. */
export function findSharedCopy(
  articles: readonly ArticleText[],
  thresholds: typeof SHARED_COPY_THRESHOLDS = SHARED_COPY_THRESHOLDS,
): SharedCopy[] {
  const split = articles.map((a) =>
    sentences(a.text, a.exclude)
      .filter((s) => s.words.length >= thresholds.minWords)
      .map((s) => ({ span: { start: s.start, end: s.end }, features: features(s.words) })),
  );
  const found: SharedCopy[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const passages: SharedPassage[] = [];
      let strong = false;
      for (const x of split[i] ?? []) {
        for (const y of split[j] ?? []) {
          const sim = compare(x.features, y.features);
          const copy =
            (sim.score >= thresholds.strong || sim.contained >= thresholds.contained) &&
            sim.sharedBigrams >= thresholds.minBigrams;
          if (!copy && sim.score < thresholds.passage) continue;
          if (copy) strong = true;
          passages.push({ a: x.span, b: y.span, similarity: sim });
        }
      }
      if (strong) {
        passages.sort((p, q) => q.similarity.score - p.similarity.score);
        found.push({ a: articles[i]?.id ?? '', b: articles[j]?.id ?? '', passages });
      }
    }
  }
  return found;
}
