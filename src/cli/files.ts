/** Reads the authoring files of a dataset directory (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFiles, Problem } from '../data';

export const FILES = {
  sources: 'sources.json',
  entities: 'entities.json',
  events: 'events.json',
  briefings: 'briefings.json',
} as const;

function readJson(path: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({
      path: '$',
      code: 'not-json',
      message: `${path}: ${e instanceof Error ? e.message : String(e)}`,
    });
    return undefined;
  }
}

export function readDatasetFiles(dir: string): { files: DatasetFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = readJson(join(dir, FILES.sources), problems);
  const entities = readJson(join(dir, FILES.entities), problems);
  const events = readJson(join(dir, FILES.events), problems);
  // Briefings are optional: a directory without the file has none.
  const briefingsPath = join(dir, FILES.briefings);
  const briefings = existsSync(briefingsPath) ? readJson(briefingsPath, problems) : undefined;
  const texts = new Map<string, string>();
  if (Array.isArray(sources)) {
    for (const s of sources as { file?: unknown }[]) {
      if (typeof s?.file !== 'string' || s.file.includes('..')) continue;
      const path = join(dir, s.file);
      if (existsSync(path)) texts.set(s.file, readFileSync(path, 'utf8'));
    }
  }
  return {
    files: { sources, entities, events, texts, ...(briefings !== undefined ? { briefings } : {}) },
    problems,
  };
}

/** Turns `$.events[3].title` into `data/events.json $[3].title`, naming the file a person edits. */
export function locate(dir: string, path: string): string {
  const m = /^\$\.(sources|entities|events|briefings)(.*)$/.exec(path);
  if (m === null) return path;
  const [, key = '', rest = ''] = m;
  const file = join(dir, FILES[key as keyof typeof FILES]);
  // A problem in an article's text is a problem of the article file, not of sources.json.
  const text = /^\[(\d+)\]\.text$/.exec(rest);
  if (key === 'sources' && text !== null) return `${file} $[${text[1]}] (its article text)`;
  return `${file} $${rest}`;
}
