/**
 * A draft as files: the authoring files `npm run data:check` and `data:build` read (dataset.json with
 * the title, sources.json, entities.json, events.json, briefings.json, outlets.json and articles/*.txt,
 * zipped with fflate) and the single-file dataset, named after the dataset's title.
 */
import { strToU8, unzipSync, strFromU8, zipSync } from 'fflate';
import { exportRiwayat } from '../data';
import { DATASET_FORMAT, fileStem, fileWords, type Bilingual } from '../domain';
import { datasetOf, type Draft } from './draft';

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** Each authoring file's path (relative to the dataset directory) and text. */
export function authoringFiles(d: Draft): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'dataset.json',
    json({
      format: DATASET_FORMAT,
      title: d.title,
      ...(d.kinds !== undefined ? { kinds: d.kinds } : {}),
      ...(d.sides !== undefined ? { sides: d.sides } : {}),
    }),
  );
  files.set(
    'sources.json',
    json(d.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'text')))),
  );
  files.set('entities.json', json(d.entities));
  files.set('events.json', json(d.events));
  // Written even when empty: the export is a whole dataset, so unzipped over a dataset directory it
  // leaves none of the other story's briefings or outlets behind.
  files.set('briefings.json', json(d.briefings ?? []));
  files.set('outlets.json', json(d.outlets ?? []));
  for (const s of d.sources) files.set(s.file, s.text);
  return files;
}

/** The authoring files as one zip. */
export function zipDraft(d: Draft): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of authoringFiles(d)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}

/** The files of a zip as text, by path (what a test, or a later import, reads back). */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, data] of Object.entries(unzipSync(bytes))) out.set(path, strFromU8(data));
  return out;
}

/** The single-file dataset, as the app loads it. */
export const singleFile = (d: Draft): string => exportRiwayat(datasetOf(d));

/**
 * The name of a draft's file exported on `day` (YYYY-MM-DD), without its extension (`fileStem`): the
 * English title's words, else the Arabic's, and the day.
 */
export const exportStem = (title: Bilingual, day: string): string =>
  fileStem([fileWords(title.en) || title.ar, day]);
