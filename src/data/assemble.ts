import { DATASET_FORMAT, DATASET_VERSION, type Bilingual, type Briefing, type Dataset } from '../domain';
import {
  briefingsFileSchema,
  entitiesFileSchema,
  eventsFileSchema,
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
  /** Article text by the `file` path its source names. */
  readonly texts: ReadonlyMap<string, string>;
}

export const DEFAULT_TITLE: Bilingual = {
  ar: 'اتصالات وزيرَي الدفاع الأميركي والروسي ٢٠٢٢–٢٠٢٤',
  en: 'Calls between the US and Russian defence ministers, 2022–2024',
};

/** Checks the authoring files and joins them, with the article texts, into the single-file dataset. */
export function assembleDataset(files: DatasetFiles, title: Bilingual = DEFAULT_TITLE): ParseResult {
  const problems = new ProblemList();
  const okSources = sourcesFileSchema.check(files.sources, '$.sources', problems);
  entitiesFileSchema.check(files.entities, '$.entities', problems);
  eventsFileSchema.check(files.events, '$.events', problems);
  if (files.briefings !== undefined) briefingsFileSchema.check(files.briefings, '$.briefings', problems);
  if (!okSources || problems.length > 0) return problems.refusal();
  const sources = (files.sources as { file: string }[]).map((s, i) => {
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
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title,
    sources: sources as unknown as Dataset['sources'],
    entities: files.entities as Dataset['entities'],
    events: files.events as Dataset['events'],
    ...(files.briefings !== undefined ? { briefings: files.briefings as readonly Briefing[] } : {}),
  };
  return parseDataset(dataset);
}
