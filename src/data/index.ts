export { decodeText, parseDataset, parseDatasetJson, readJson, type ParseResult } from './parse';
export { assembleDataset, DEFAULT_TITLE, type DatasetFiles } from './assemble';
export { lintCorpus } from './lint';
export {
  anyString,
  array,
  boolean,
  integer,
  lazy,
  literal,
  nullable,
  object,
  oneOf,
  tagged,
  type Infer,
  type Schema,
  type Shape,
} from './schema';
export { checkSharedCopy, declaredOrigins, type SharedCopyReport } from './shared-copy-check';
export { validateDataset } from './validate';
export { briefingRules } from './briefing-rules';
export { at, formatProblems, MAX_PROBLEMS, ProblemList, type Problem, type ProblemCode } from './problems';
export {
  briefingSchema,
  briefingsFileSchema,
  datasetSchema,
  draftSchema,
  entitiesFileSchema,
  eventsFileSchema,
  jsonSchemaOf,
  LIMITS,
  outletsFileSchema,
  sourcesFileSchema,
} from './dataset-schema';
export {
  exportTimelineJs,
  importTimelineJs,
  IMPORTED_DEFAULT_KIND,
  kindOfGroup,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsSlide,
} from './timelinejs';
export { CSV_COLUMNS, csvField, exportCsv } from './csv';
export { exportRiwayat } from './riwayat-export';
export { detectFormat, parseAnyDataset, type AnyParseResult, type DatasetFormat } from './load-any';
export { decodeEntities, escapeHtml, htmlToText } from './html-text';
export * from './corpus-format';
export * from './corpus-tree';
export * from './corpus-search';
export { checkHead, eventChecker, type CorpusHead } from './corpus-check';
export {
  byteSpans,
  readFooter,
  readSkeletonRows,
  writeSkeleton,
  type UncheckedRow,
  type WrittenSkeleton,
} from './corpus-parquet';
export { eventRules, type EventContext } from './validate';
export { canCheck, openCorpus, type Corpus, type PlacedRow } from './corpus-read';
export {
  checkDensity,
  checkManifest,
  checkRows,
  kindIds,
  readRow,
  CORPUS_LIMITS,
  CorpusError,
  type CorpusErrorCode,
} from './corpus-guard';
export {
  CORPUS_STALL_MS,
  fetchStore,
  type CorpusStore,
  type FetchStore,
  type FetchStoreOptions,
} from './corpus-fetch';
export { reAnchorFiles, type MovedSpan, type ReAnchorReport, type UnplacedSpan } from './re-anchor';
