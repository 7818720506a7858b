/**
 * What is on screen, as one union of its two cases: a file's dataset, or a static corpus with what it
 * has fetched so far (`CorpusPart`, not a dataset). What only a file offers (export, the deck, the
 * handout, the workbench) takes the file's `Dataset`, which only the file case holds: a corpus cannot
 * reach it without a compile error. The screen asks `useShown` (shown.ts), the shell `offersFor`.
 */
import type { Dataset } from '../domain';
import type { CorpusPart } from './corpus-part';
import type { CorpusSource } from './corpus-source';

export interface OnFile {
  readonly kind: 'file';
  readonly dataset: Dataset;
}

export interface OnCorpus {
  readonly kind: 'corpus';
  readonly source: CorpusSource;
  /** What the source has fetched, as it last published it. */
  readonly part: CorpusPart;
}

export type OnScreen = OnFile | OnCorpus;

/** The file's dataset on screen; null for a corpus or nothing. */
export const fileOf = (on: OnScreen | null): Dataset | null => (on?.kind === 'file' ? on.dataset : null);

/** The corpus on screen; null for a file or nothing. */
export const corpusOf = (on: OnScreen | null): CorpusSource | null =>
  on?.kind === 'corpus' ? on.source : null;
