/**
 * npm run export -- --format riwayat|csv|timelinejs [--lang ar|en] --out FILE [--data DIR]
 * Builds the dataset from DIR (default `data`), checked exactly as `npm run data:build` does, and writes
 * it as a single-file Riwayat dataset, a CSV table of events and quotes, or a TimelineJS3 timeline in one
 * language (default Arabic). CSV carries both languages and ignores --lang.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { assembleDataset, exportCsv, exportRiwayat, exportTimelineJs } from '../data';
import type { Dataset, Lang } from '../domain';
import { locate, readDatasetFiles } from './files';

export const USAGE =
  'usage: npm run export -- --format riwayat|csv|timelinejs [--lang ar|en] --out FILE [--data DIR]';

const FORMATS = ['riwayat', 'csv', 'timelinejs'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly lang: Lang;
  readonly out: string;
  readonly data: string;
}

/** Reads the command line; a string is what is wrong with it. */
export function parseArgs(argv: readonly string[]): ExportOptions | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const name = /^--(format|lang|out|data)$/.exec(flag)?.[1];
    if (name === undefined) return `unknown argument ${JSON.stringify(flag)}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    if (values.has(name)) return `${flag} is given twice`;
    values.set(name, value);
    i++;
  }
  const format = values.get('format');
  if (format === undefined) return '--format is required';
  if (!(FORMATS as readonly string[]).includes(format))
    return `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`;
  const lang = values.get('lang') ?? 'ar';
  if (lang !== 'ar' && lang !== 'en') return `--lang must be ar or en, not ${JSON.stringify(lang)}`;
  const out = values.get('out');
  if (out === undefined) return '--out is required';
  return { format: format as ExportFormat, lang, out, data: values.get('data') ?? 'data' };
}

/** The file's content in the chosen format. */
export function render(dataset: Dataset, format: ExportFormat, lang: Lang): string {
  if (format === 'csv') return exportCsv(dataset);
  if (format === 'timelinejs') return `${JSON.stringify(exportTimelineJs(dataset, lang), null, 2)}\n`;
  return exportRiwayat(dataset);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { files, problems } = readDatasetFiles(options.data);
  const result = problems.length > 0 ? { ok: false as const, problems } : assembleDataset(files);
  if (!result.ok) {
    for (const p of result.problems)
      console.error(`${locate(options.data, p.path)}: ${p.message} [${p.code}]`);
    console.error('The dataset has problems; nothing was written. Run npm run data:check for the full list.');
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, render(result.dataset, options.format, options.lang));
  const language = options.format === 'timelinejs' ? ` (${options.lang})` : '';
  console.log(`wrote ${options.out}: ${options.format}${language}, ${result.dataset.events.length} events`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
