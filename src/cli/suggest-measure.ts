/**
 * npm run -s suggest:measure [-- DIR] [--top N] [--out-of-scope] [--misses]
 *
 * Leave-one-article-out measurement of the event suggestions on the dataset in DIR (default `data`):
 * for each article, how many of its hand-made quotes land under their own event, per article and in
 * total, and how many of the passages offered are right. See src/domain/suggest-measure.ts.
 */
import { assembleDataset } from '../data';
import { measureSuggestions, type ArticleMeasure } from '../domain/suggest-measure';
import { readDatasetFiles } from './files';

type Counts = Omit<ArticleMeasure, 'source' | 'misses'>;

/** The totals over articles. */
export function totals(rows: readonly ArticleMeasure[]): Counts {
  const sum = (k: keyof Counts): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    reachable: sum('reachable'),
    landed: sum('landed'),
    landedTop: sum('landedTop'),
    newEvents: sum('newEvents'),
    suggested: sum('suggested'),
    suggestedRight: sum('suggestedRight'),
    suggestedQuoted: sum('suggestedQuoted'),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const cell = (a: number, b: number): string => `${a}/${b} ${pct(a, b)}`.padStart(15);

function line(name: string, r: Counts): string {
  return [
    name.padEnd(8),
    cell(r.landed, r.reachable),
    cell(r.landedTop, r.reachable),
    String(r.newEvents).padStart(6),
    String(r.suggested).padStart(8),
    cell(r.suggestedRight, r.suggested),
    cell(r.suggestedRight, r.suggestedQuoted),
  ].join('  ');
}

function main(): void {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 3;
  const dir = args.find((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1)) ?? 'data';
  const { files, problems } = readDatasetFiles(dir);
  const result = problems.length > 0 ? null : assembleDataset(files);
  if (result === null || !result.ok) {
    console.error(`${dir}/ is not a valid dataset: run npm run data:check`);
    process.exitCode = 1;
    return;
  }
  const rows = measureSuggestions(result.dataset, { top, withOutOfScope: args.includes('--out-of-scope') });
  console.log('Leave one article out; a quote lands when a passage over it is offered under its own event.');
  console.log(
    `article           landed  and event in top ${top}  new-ev  offered    right event  right, of quoted`,
  );
  for (const r of rows) {
    console.log(line(r.source, r));
    if (args.includes('--misses'))
      for (const m of r.misses)
        console.log(
          `    missed ${m.event} ${m.quote.start}–${m.quote.end} (event ranked ${m.rank ?? 'nowhere'})`,
        );
  }
  console.log(line('total', totals(rows)));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
