export { parseDataset, parseDatasetJson, type ParseResult } from './parse';
export { assembleDataset, DEFAULT_TITLE, type DatasetFiles } from './assemble';
export { lintCorpus } from './lint';
export { validateDataset } from './validate';
export { at, formatProblems, type Problem, type ProblemCode } from './problems';
export {
  datasetSchema,
  entitiesFileSchema,
  eventsFileSchema,
  jsonSchemaOf,
  LIMITS,
  sourcesFileSchema,
} from './dataset-schema';
