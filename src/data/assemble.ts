import { DATASET_FORMAT, DATASET_VERSION, type Bilingual, type Dataset } from '../domain';
import {
  briefingsFileSchema,
  datasetMetaFileSchema,
  entitiesFileSchema,
  eventsFileSchema,
  outletsFileSchema,
  sourcesFileSchema,
} from './dataset-schema';
import { ProblemList } from './problems';
import type { ParseResult } from './parse';
import { parseDataset } from './parse';

export interface DatasetFiles {
  readonly sources: unknown;
  readonly entities: unknown;
  readonly events: unknown;
  /** `briefings.json`, when the directory has one. */
  readonly briefings?: unknown;
  /** `outlets.json` (outside knowledge of the origins), when the directory has one. */
  readonly outlets?: unknown;
  /** `dataset.json` (the title), when the directory has one. */
  readonly meta?: unknown;
  /** Article text by the `file` path its source names. */
  readonly texts: ReadonlyMap<string, string>;
}

export const DEFAULT_TITLE: Bilingual = {
  ar: 'اتصالات وزيرَي الدفاع الأميركي والروسي ٢٠٢٢–٢٠٢٤',
  en: 'Calls between the US and Russian defence ministers, 2022–2024',
};

/**
 * Checks the authoring files and joins them, with the article texts, into the single-file dataset. Its
 * title is `dataset.json`'s, else `fallbackTitle`.
 */
export function assembleDataset(files: DatasetFiles, fallbackTitle: Bilingual = DEFAULT_TITLE): ParseResult {
  const problems = new ProblemList();
  const { sources, entities, events, briefings, outlets, meta } = files;
  const okMeta = meta === undefined || datasetMetaFileSchema.check(meta, '$.dataset', problems);
  const okSources = sourcesFileSchema.check(sources, '$.sources', problems);
  const okEntities = entitiesFileSchema.check(entities, '$.entities', problems);
  const okEvents = eventsFileSchema.check(events, '$.events', problems);
  const okBriefings =
    briefings === undefined || briefingsFileSchema.check(briefings, '$.briefings', problems);
  const okOutlets = outlets === undefined || outletsFileSchema.check(outlets, '$.outlets', problems);
  if (!okMeta || !okSources || !okEntities || !okEvents || !okBriefings || !okOutlets || problems.length > 0)
    return problems.refusal();
  const withText = sources.map((s, i) => {
    const text = files.texts.get(s.file);
    if (text === undefined)
      problems.push({
        path: `$.sources[${i}].file`,
        code: 'dangling-reference',
        message: `no article file "${s.file}"`,
      });
    return { ...s, text: text ?? '' };
  });
  if (problems.length > 0) return problems.refusal();
  // The schemas' types are the domain's (see asDataset): the files join without a cast.
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: meta !== undefined ? { ar: meta.title.ar, en: meta.title.en } : fallbackTitle,
    sources: withText,
    entities,
    events,
    ...(briefings !== undefined ? { briefings } : {}),
    ...(meta?.kinds !== undefined ? { kinds: meta.kinds } : {}),
    ...(meta?.sides !== undefined ? { sides: meta.sides } : {}),
    ...(outlets !== undefined ? { outlets } : {}),
  };
  return parseDataset(dataset);
}
