/**
 * Word-by-word comparison of two tellings. Words are compared by their normalised form (so spelling
 * variants such as الأمريكية/الأميركية count as the same word only when they fold together), and
 * every part of the result carries the original words.
 */
import { tokenize, type Token } from './arabic';

export type DiffOp = 'same' | 'removed' | 'added';

export interface DiffPart {
  readonly op: DiffOp;
  readonly tokens: readonly Token[];
}

export interface WordDiff {
  /** The first text's words: `same` or `removed` (not in the second). */
  readonly a: readonly DiffPart[];
  /** The second text's words: `same` or `added` (not in the first). */
  readonly b: readonly DiffPart[];
  /** Shared words as a share of the longer text, 0…1. */
  readonly similarity: number;
}

function push(parts: DiffPart[], op: DiffOp, token: Token): void {
  const last = parts[parts.length - 1];
  if (last !== undefined && last.op === op) parts[parts.length - 1] = { op, tokens: [...last.tokens, token] };
  else parts.push({ op, tokens: [token] });
}

/** Longest-common-subsequence diff of the words of `a` and `b`. */
export function diffWords(a: string, b: string): WordDiff {
  const x = tokenize(a);
  const y = tokenize(b);
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: length of the LCS of x[i..] and y[j..]; quotes are sentences, so n·m stays small.
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        x[i]?.key === y[j]?.key
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const pa: DiffPart[] = [];
  const pb: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const xi = x[i];
    const yj = y[j];
    if (xi !== undefined && yj !== undefined && xi.key === yj.key) {
      push(pa, 'same', xi);
      push(pb, 'same', yj);
      i++;
      j++;
    } else if (yj === undefined || (xi !== undefined && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      if (xi !== undefined) push(pa, 'removed', xi);
      i++;
    } else {
      push(pb, 'added', yj);
      j++;
    }
  }
  const shared = lcs[0]?.[0] ?? 0;
  return { a: pa, b: pb, similarity: Math.max(n, m) === 0 ? 1 : shared / Math.max(n, m) };
}
