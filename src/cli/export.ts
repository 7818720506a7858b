/**
 * npm run export -- --format riwayat|csv|timelinejs|pptx|pdf [--lang ar|en] [--briefing ID] --out FILE [--data DIR]
 * Builds the dataset from DIR (default `data`), checked exactly as `npm run data:build` does, and writes
 * it as a single-file Riwayat dataset, a CSV table of events and quotes, or a TimelineJS3 timeline in one
 * language (default Arabic). CSV carries both languages and ignores --lang. `pptx` and `pdf` write a
 * briefing as a deck (the one named by --briefing, else the story's main events): a PowerPoint file, or
 * a PDF of one 16:9 slide a page printed by headless Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { assembleDataset, exportCsv, exportRiwayat, exportTimelineJs } from '../data';
import { deckBriefing, planDeck, type Deck } from '../data/deck';
import { indexDataset, type Dataset, type Lang } from '../domain';
import { locate, readDatasetFiles } from './files';

export const USAGE =
  'usage: npm run export -- --format riwayat|csv|timelinejs|pptx|pdf [--lang ar|en] [--briefing ID] --out FILE [--data DIR]';

const FORMATS = ['riwayat', 'csv', 'timelinejs', 'pptx', 'pdf'] as const;
export type ExportFormat = (typeof FORMATS)[number];
const DECKS: readonly ExportFormat[] = ['pptx', 'pdf'];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly lang: Lang;
  readonly out: string;
  readonly data: string;
  /** The briefing a deck shows; without it, the story's main events. */
  readonly briefing?: string;
}

/** Reads the command line; a string is what is wrong with it. */
export function parseArgs(argv: readonly string[]): ExportOptions | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const name = /^--(format|lang|out|data|briefing)$/.exec(flag)?.[1];
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
  const briefing = values.get('briefing');
  if (briefing !== undefined && !DECKS.includes(format as ExportFormat))
    return `--briefing applies to the decks (pptx, pdf), not to ${format}`;
  return {
    format: format as ExportFormat,
    lang,
    out,
    data: values.get('data') ?? 'data',
    ...(briefing === undefined ? {} : { briefing }),
  };
}

/** The deck of a briefing (or of the story's main events); a string says what is wrong. */
export function deckOf(dataset: Dataset, lang: Lang, briefing: string | null): Deck | string {
  const index = indexDataset(dataset);
  const resolved = deckBriefing(index, briefing);
  if (typeof resolved === 'string') return resolved;
  if (resolved.missing.length > 0)
    return `briefing ${JSON.stringify(briefing)} names what the dataset does not have: ${resolved.missing.join('; ')}`;
  return planDeck({ index, briefing: resolved, lang });
}

/** The file's content in the chosen format: text, or the bytes of a deck. */
export async function renderFile(
  dataset: Dataset,
  options: Pick<ExportOptions, 'format' | 'lang' | 'briefing'>,
): Promise<{ bytes: Uint8Array | string; slides?: number } | string> {
  if (options.format !== 'pptx' && options.format !== 'pdf')
    return { bytes: render(dataset, options.format, options.lang) };
  const deck = deckOf(dataset, options.lang, options.briefing ?? null);
  if (typeof deck === 'string') return deck;
  // The deck writers load large libraries (and a browser): only when a deck is asked for.
  const bytes =
    options.format === 'pptx'
      ? await (await import('../data/deck-pptx')).writePptx(deck)
      : await (await import('./export-pdf')).printDeckPdf(deck);
  return { bytes, slides: deck.slides.length };
}

/** The file's content in a text format. */
export function render(dataset: Dataset, format: Exclude<ExportFormat, 'pptx' | 'pdf'>, lang: Lang): string {
  if (format === 'csv') return exportCsv(dataset);
  if (format === 'timelinejs') return `${JSON.stringify(exportTimelineJs(dataset, lang), null, 2)}\n`;
  return exportRiwayat(dataset);
}

async function main(): Promise<void> {
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
  const file = await renderFile(result.dataset, options);
  if (typeof file === 'string') {
    console.error(`${file}\nNothing was written.`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, file.bytes);
  const language = options.format === 'csv' || options.format === 'riwayat' ? '' : ` (${options.lang})`;
  const size = file.slides === undefined ? `${result.dataset.events.length} events` : `${file.slides} slides`;
  console.log(`wrote ${options.out}: ${options.format}${language}, ${size}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
