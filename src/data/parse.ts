import type { Dataset } from '../domain';
import { datasetSchema, LIMITS } from './dataset-schema';
import { ProblemList, type Problem } from './problems';
import { validateDataset } from './validate';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | {
      readonly ok: false;
      /** The first problems (at most `MAX_PROBLEMS`), each with its path. */
      readonly problems: readonly Problem[];
      /** How many more problems were found and not listed. */
      readonly omitted?: number;
    };

/** Checks an unknown value (parsed JSON) and returns a dataset, or every problem with its path. */
export function parseDataset(input: unknown): ParseResult {
  const problems = new ProblemList();
  if (!datasetSchema.check(input, '$', problems)) return problems.refusal();
  const dataset = input as unknown as Dataset;
  validateDataset(dataset, problems);
  return problems.length > 0 ? problems.refusal() : { ok: true, dataset };
}

/** JSON text as a value, or the one problem that stops it (too large, or not JSON); never throws. */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > LIMITS.fileBytes) {
    const message = `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`;
    return { ok: false, problems: [{ path: '$', code: 'too-large', message }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = `the file is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, problems: [{ path: '$', code: 'not-json', message }] };
  }
}

/** Parses JSON text into a dataset; never throws. */
export function parseDatasetJson(text: string): ParseResult {
  const json = readJson(text);
  return json.ok ? parseDataset(json.value) : json;
}
