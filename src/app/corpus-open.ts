/**
 * What opening a static corpus needs, loaded only when one is opened (see `openCorpusUrl`): the reader
 * and its Parquet decoder stay out of the first load. (Imported by file, not through `data/index.ts`, so
 * that the bundler can leave them out of the first chunk.)
 */
export { fetchStore, openCorpus } from '../data/corpus-read';
export { createCorpusSource, describeProblem } from './corpus-source';
