/**
 * How well `findSharedCopy` tells shared copy from distinct reports, passage by passage: each labelled
 * pair of passages is handed to it as two one-passage articles, and the pair counts as found when it
 * reports them as sharing copy. Precision is the share of pairs found that are labelled shared (1 when
 * none is found: nothing wrong was claimed); recall the share of shared pairs found (1 when there is
 * none). The labelled pairs are `tests/fixtures/shared-copy-pairs.jsonl`.
 */
import { findSharedCopy, SHARED_COPY_THRESHOLDS } from './shared-copy';

export interface LabelledPair {
  readonly a: string;
  readonly b: string;
  /** Labelled as carrying one report's wording. */
  readonly shared: boolean;
}

export interface CopyMeasure {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

/** Whether the detector takes two passages for shared copy. */
export function judgePair(a: string, b: string, thresholds = SHARED_COPY_THRESHOLDS): boolean {
  return (
    findSharedCopy(
      [
        { id: 'a', text: a },
        { id: 'b', text: b },
      ],
      thresholds,
    ).length > 0
  );
}

/** The detector's counts, precision and recall on labelled pairs. */
export function measureSharedCopy(
  pairs: readonly LabelledPair[],
  thresholds = SHARED_COPY_THRESHOLDS,
): CopyMeasure {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of pairs) {
    const found = judgePair(p.a, p.b, thresholds);
    if (found && p.shared) tp++;
    else if (found) fp++;
    else if (p.shared) fn++;
    else tn++;
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
