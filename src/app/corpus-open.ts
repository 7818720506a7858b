/**
 * What opening a static corpus needs, loaded only when one is opened (see `openCorpusUrl`): the client
 * of the corpus worker (which loads the reader and its Parquet decoder in the worker) and the screen's
 * side of a corpus. (Imported by file, not through `data/index.ts`, so that the bundler can leave them
 * out of the first chunk.)
 */
export { openCorpusInWorker } from './corpus-client';
export { CorpusError } from '../data/corpus-guard';
export { createCorpusSource, describeProblem } from './corpus-source';
