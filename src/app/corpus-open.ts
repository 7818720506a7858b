/**
 * What opening a static corpus needs, loaded only when one is opened (see `openCorpusUrl`): the reader
 * and its Parquet decoder stay out of the first load. (Imported by file, not through `data/index.ts`, so
 * that the bundler can leave them out of the first chunk.)
 */
export { openCorpus } from '../data/corpus-read';
export { fetchStore } from '../data/corpus-fetch';
export { CorpusError } from '../data/corpus-guard';
export { createCorpusSource, describeProblem } from './corpus-source';
