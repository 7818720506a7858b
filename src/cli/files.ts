/** Reads the authoring files of a dataset directory (Node only). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles, Problem } from '../data';
import { readJsonFile, readText, TextFileError } from './text-files';

export const FILES = {
  sources: 'sources.json',
  entities: 'entities.json',
  events: 'events.json',
  briefings: 'briefings.json',
  outlets: 'outlets.json',
  dataset: 'dataset.json',
} as const;

/** What `read` gives, or undefined with its problem (a missing file, invalid UTF-8, bad JSON: by place). */
function attempt<T>(read: () => T, problems: Problem[]): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof TextFileError)) throw e;
    // A file that cannot be read at all (missing, a directory, no permission) is not a JSON problem.
    const code = e.code === 'not-utf8' || e.code === 'not-json' ? e.code : 'check-failed';
    problems.push({ path: '$', code, message: e.message });
    return undefined;
  }
}
const readJson = (path: string, problems: Problem[]): unknown => attempt(() => readJsonFile(path), problems);

export function readDatasetFiles(dir: string): { files: DatasetFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = readJson(join(dir, FILES.sources), problems);
  const entities = readJson(join(dir, FILES.entities), problems);
  const events = readJson(join(dir, FILES.events), problems);
  // Briefings are optional: a directory without the file has none.
  const briefingsPath = join(dir, FILES.briefings);
  const briefings = existsSync(briefingsPath) ? readJson(briefingsPath, problems) : undefined;
  // So is outlets.json (outside knowledge of the agencies and outlets the sources rest on).
  const outletsPath = join(dir, FILES.outlets);
  const outlets = existsSync(outletsPath) ? readJson(outletsPath, problems) : undefined;
  // So is dataset.json (the title): without it, the bundled story's title is used.
  const metaPath = join(dir, FILES.dataset);
  const meta = existsSync(metaPath) ? readJson(metaPath, problems) : undefined;
  const texts = new Map<string, string>();
  if (Array.isArray(sources)) {
    for (const s of sources as { file?: unknown }[]) {
      if (typeof s?.file !== 'string' || s.file.includes('..')) continue;
      const path = join(dir, s.file);
      if (!existsSync(path)) continue;
      const text = attempt(() => readText(path), problems);
      if (text !== undefined) texts.set(s.file, text);
    }
  }
  return {
    files: {
      sources,
      entities,
      events,
      texts,
      ...(briefings !== undefined ? { briefings } : {}),
      ...(outlets !== undefined ? { outlets } : {}),
      ...(meta !== undefined ? { meta } : {}),
    },
    problems,
  };
}

/** Turns `$.events[3].title` into `data/events.json $[3].title`, naming the file a person edits. */
export function locate(dir: string, path: string): string {
  const m = /^\$\.(sources|entities|events|briefings|outlets|dataset)(.*)$/.exec(path);
  if (m === null) return path;
  const [, key = '', rest = ''] = m;
  const file = join(dir, FILES[key as keyof typeof FILES]);
  // A problem in an article's text is a problem of the article file, not of sources.json.
  const text = /^\[(\d+)\]\.text$/.exec(rest);
  if (key === 'sources' && text !== null) return `${file} $[${text[1]}] (its article text)`;
  return `${file} $${rest}`;
}
