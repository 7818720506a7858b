/**
 * Scores the date-expression analyser on a test set (`tests/fixtures/date-sentences.jsonl`, or the
 * unseen set `date-sentences-unseen.jsonl`). A sentence from a page is read as the product reads an
 * article: after the sentences of the same page (same address and publication date) that come before
 * it in the set, so that «في اليوم التالي» or a year named a sentence earlier has its date; only the
 * sentence's own expressions are scored. A test suite's cases stand alone. Then: recall (a gold expression counts as found when some
 * expression overlaps it), precision, date-free sentences flagged, and resolution accuracy (the
 * overlapping expression's value is the gold value or one the text equally allows), overall, by kind
 * and, where the set names them, by the class of difficulty each expression stands for.
 */
import { readFileSync } from 'node:fs';
import { analyseDates, type ResolvedDateExpression } from '../../src/domain';

export interface GoldExpression {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: string | null;
  accept?: string[];
  /** The unseen set's class of difficulty (`hijri-year`, `part`, `range`, `time`, …). */
  class?: string;
}
export interface Sentence {
  id: string;
  /** A page (`url`) or a test suite's file (`repository` and `path`). */
  source?: { url?: string; repository?: string; path?: string };
  /** `dev` and `heldout` in the first set; `tune` and `heldout` in the unseen set. */
  split: 'dev' | 'tune' | 'heldout';
  published: string | null;
  text: string;
  expressions: GoldExpression[];
  /** The unseen set's second batch (`2`), added after the first was measured. */
  batch?: number;
}
export interface Tally {
  gold: number;
  found: number;
  resolvable: number;
  resolved: number;
}
export interface Score {
  sentences: number;
  dateFree: number;
  flagged: number;
  predicted: number;
  predictedRight: number;
  total: Tally;
  byKind: Record<string, Tally>;
  byClass: Record<string, Tally>;
  /** Expressions found, by the kind the finder gave them, and how many overlap a gold expression. */
  predictedByKind: Record<string, { predicted: number; right: number }>;
  misses: { id: string; gold: GoldExpression; got: ResolvedDateExpression[] }[];
  wrong: { id: string; gold: GoldExpression; got: (string | null)[] }[];
  alarms: { id: string; got: string[] }[];
}

export function loadSentences(path = 'tests/fixtures/date-sentences.jsonl'): Sentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Sentence);
}

/** The page a sentence comes from, with its publication date; undefined for a test suite's case. */
const pageOf = (x: Sentence): string | undefined =>
  x.source?.url === undefined ? undefined : `${x.source.url} ${x.published ?? ''}`;

/**
 * Each sentence's date expressions read after the earlier sentences of its page in `sentences` (joined
 * by line breaks, which end a sentence), with the sentence's own offsets.
 */
export function analyseInPage(sentences: readonly Sentence[]): ResolvedDateExpression[][] {
  const before = new Map<string, string>();
  return sentences.map((x) => {
    const page = pageOf(x);
    const prefix = page === undefined ? '' : (before.get(page) ?? '');
    if (page !== undefined) before.set(page, `${prefix}${x.text}\n`);
    if (prefix === '') return analyseDates(x.text, x.published);
    return analyseDates(prefix + x.text, x.published)
      .filter((g) => g.start >= prefix.length)
      .map((g) => ({ ...g, start: g.start - prefix.length, end: g.end - prefix.length }));
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function score(sentences: readonly Sentence[]): Score {
  const s: Score = {
    sentences: sentences.length,
    dateFree: 0,
    flagged: 0,
    predicted: 0,
    predictedRight: 0,
    total: { gold: 0, found: 0, resolvable: 0, resolved: 0 },
    byKind: {},
    byClass: {},
    predictedByKind: {},
    misses: [],
    wrong: [],
    alarms: [],
  };
  const read = analyseInPage(sentences);
  sentences.forEach((x, i) => {
    const got = read[i] ?? [];
    s.predicted += got.length;
    for (const g of got) {
      const right = x.expressions.some((e) => overlaps(e, g));
      const k = (s.predictedByKind[g.kind] ??= { predicted: 0, right: 0 });
      k.predicted++;
      if (right) {
        k.right++;
        s.predictedRight++;
      }
    }
    if (x.expressions.length === 0) {
      s.dateFree++;
      if (got.length > 0) {
        s.flagged++;
        s.alarms.push({ id: x.id, got: got.map((g) => g.text) });
      }
    }
    for (const e of x.expressions) {
      const t = (s.byKind[e.kind] ??= { gold: 0, found: 0, resolvable: 0, resolved: 0 });
      const c = (s.byClass[e.class ?? 'plain'] ??= { gold: 0, found: 0, resolvable: 0, resolved: 0 });
      const hits = got.filter((g) => overlaps(e, g));
      for (const tally of [t, c, s.total]) {
        tally.gold++;
        if (hits.length > 0) tally.found++;
      }
      if (hits.length === 0) s.misses.push({ id: x.id, gold: e, got });
      if (e.value !== null) {
        const ok = hits.some((h) => h.value !== null && [e.value, ...(e.accept ?? [])].includes(h.value));
        for (const tally of [t, c, s.total]) {
          tally.resolvable++;
          if (ok) tally.resolved++;
        }
        if (!ok && hits.length > 0) s.wrong.push({ id: x.id, gold: e, got: hits.map((h) => h.value) });
      }
    }
  });
  return s;
}

export const pct = (a: number, b: number): number => (b === 0 ? 1 : a / b);
