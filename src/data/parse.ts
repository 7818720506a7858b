import type { Dataset } from '../domain';
import { datasetSchema, LIMITS } from './dataset-schema';
import type { Problem } from './problems';
import { validateDataset } from './validate';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Checks an unknown value (parsed JSON) and returns a dataset, or every problem with its path. */
export function parseDataset(input: unknown): ParseResult {
  const problems: Problem[] = [];
  if (!datasetSchema.check(input, '$', problems)) return { ok: false, problems };
  const dataset = input as unknown as Dataset;
  const rules = validateDataset(dataset);
  return rules.length > 0 ? { ok: false, problems: rules } : { ok: true, dataset };
}

/** Parses JSON text into a dataset; never throws. */
export function parseDatasetJson(text: string): ParseResult {
  if (text.length > LIMITS.fileBytes) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          code: 'too-large',
          message: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [{ path: '$', code: 'not-json', message: `the file is not valid JSON (${detail})` }],
    };
  }
  return parseDataset(value);
}
