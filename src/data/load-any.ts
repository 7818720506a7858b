/** Reads a dataset a person brings, in any format we accept, telling which format it was. */
import { DATASET_FORMAT } from '../domain';
import { parseDataset, readJson, type ParseResult } from './parse';
import type { Problem } from './problems';
import { importTimelineJs } from './timelinejs';

export type DatasetFormat = 'riwayat' | 'timelinejs';
export type AnyParseResult = ParseResult & { readonly format?: DatasetFormat };

const failure = (problem: Problem): AnyParseResult => ({ ok: false, problems: [problem] });

/** Which format a parsed JSON value is in, by the marks each format always carries; null for neither. */
export function detectFormat(value: unknown): DatasetFormat | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (Object.hasOwn(o, 'format') && o['format'] === DATASET_FORMAT) return 'riwayat';
  const events = Object.hasOwn(o, 'events') ? o['events'] : undefined;
  if (
    Array.isArray(events) &&
    events.some((e) => typeof e === 'object' && e !== null && Object.hasOwn(e, 'start_date'))
  )
    return 'timelinejs';
  return null;
}

/**
 * Parses JSON text as a Riwayat dataset or a TimelineJS3 timeline; never throws: anything unexpected
 * on the way is a refusal that says so.
 */
export function parseAnyDataset(text: string, onShaped?: () => void): AnyParseResult {
  try {
    return parseAny(text, onShaped);
  } catch (e) {
    return failure({
      path: '$',
      code: 'check-failed',
      message: `could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

function parseAny(text: string, onShaped?: () => void): AnyParseResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const value = json.value;
  const format = detectFormat(value);
  if (format === 'riwayat') return { ...parseDataset(value, onShaped), format };
  if (format === 'timelinejs') return { ...importTimelineJs(value), format };
  return failure({
    path: '$',
    code: 'unsupported-format',
    message: `is neither a Riwayat dataset (an object with "format": "${DATASET_FORMAT}") nor a TimelineJS3 timeline (an object with an "events" array of slides with "start_date")`,
  });
}
