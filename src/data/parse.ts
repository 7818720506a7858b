import type { Dataset } from '../domain';
import { asDataset, datasetSchema, LIMITS } from './dataset-schema';
import { prescanJson } from './prescan';
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

/**
 * Checks an unknown value (parsed JSON) and returns a dataset, or every problem with its path.
 * `onShaped` is told once the value has a dataset's shape and sizes, before the rules run.
 */
export function parseDataset(input: unknown, onShaped?: () => void): ParseResult {
  const problems = new ProblemList();
  if (!datasetSchema.check(input, '$', problems)) return problems.refusal();
  onShaped?.();
  const dataset = asDataset(input);
  validateDataset(dataset, problems, input.version);
  return problems.length > 0 ? problems.refusal() : { ok: true, dataset };
}

const tooLarge = (): { ok: false; problems: Problem[] } => {
  const message = `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`;
  return { ok: false, problems: [{ path: '$', code: 'too-large', message }] };
};

/**
 * A file's bytes as text: UTF-8 (a byte order mark is dropped), or UTF-16 when a byte order mark
 * says so. Bytes that are not valid in that encoding are refused, never replaced: a quote checked
 * against replacement characters would prove nothing.
 */
export function decodeText(
  bytes: ArrayBuffer | Uint8Array,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.byteLength > LIMITS.fileBytes) return tooLarge();
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const encoding =
    view[0] === 0xff && view[1] === 0xfe
      ? 'utf-16le'
      : view[0] === 0xfe && view[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(view) };
  } catch {
    const message = `the file is not valid ${encoding.toUpperCase()} text`;
    return { ok: false, problems: [{ path: '$', code: 'not-utf8', message }] };
  }
}

/**
 * JSON text as a value, or the one problem that stops it (too large, nested too deep, a string too
 * long, or not JSON); never throws.
 */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > LIMITS.fileBytes) return tooLarge();
  const early = prescanJson(text, LIMITS.depth, LIMITS.articleChars);
  if (early !== null) return { ok: false, problems: [early] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // Many static hosts answer a missing file with their index page.
    const message = /^\s*</.test(text.slice(0, 100))
      ? 'the server or file gave a web page (HTML), not a dataset: is the address right?'
      : `the file is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, problems: [{ path: '$', code: 'not-json', message }] };
  }
}

/** Parses JSON text into a dataset; never throws. */
export function parseDatasetJson(text: string): ParseResult {
  const json = readJson(text);
  return json.ok ? parseDataset(json.value) : json;
}
