/**
 * npm run data:anchor [-- DIR]
 *
 * Re-places every span of the dataset in DIR (default `data`): quotes, credits, headlines, provenance
 * anchors and out-of-scope parts, against the current article texts, by exact then approximate
 * matching on normalised text (`placeSpan`). Rewrites their offsets, their text (always the article's
 * exact slice) and their context (`prefix`/`suffix`) in `sources.json` and `events.json`, and moves the
 * quote references of `briefings.json` with their quotes; prints each
 * span it moved with its score; lists every span it cannot place, leaves it as it was and exits
 * non-zero. A new quote needs only its `text` (and a `start` near the one meant if the words occur
 * more than once). Then run `npm run data:check`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reAnchorFiles, type ReAnchorReport } from '../data';
import { FILES } from './files';
import { readJsonFile, readText, TextFileError } from './text-files';

/** Re-anchors the authoring files in `dir`, rewriting them; returns what moved and what did not. */
export function reAnchorDirectory(dir: string): ReAnchorReport {
  const sourcesPath = join(dir, FILES.sources);
  const eventsPath = join(dir, FILES.events);
  // Strictly decoded: a file that is not UTF-8 or not JSON stops it before anything is rewritten.
  const sources = readJsonFile(sourcesPath);
  const events = readJsonFile(eventsPath);
  const briefingsPath = join(dir, FILES.briefings);
  const briefings = existsSync(briefingsPath) ? readJsonFile(briefingsPath) : undefined;
  const articles = new Map<string, string>();
  for (const s of Array.isArray(sources) ? (sources as { id?: unknown; file?: unknown }[]) : []) {
    if (typeof s.id !== 'string' || typeof s.file !== 'string' || s.file.includes('..')) continue;
    articles.set(s.id, readText(join(dir, s.file)).normalize('NFC'));
  }
  const report = reAnchorFiles(sources, events, articles, { briefings });
  writeFileSync(sourcesPath, JSON.stringify(sources, null, 2) + '\n');
  writeFileSync(eventsPath, JSON.stringify(events, null, 2) + '\n');
  if (briefings !== undefined) writeFileSync(briefingsPath, JSON.stringify(briefings, null, 2) + '\n');
  return report;
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  let report: ReAnchorReport;
  try {
    report = reAnchorDirectory(dir);
  } catch (e) {
    if (!(e instanceof TextFileError)) throw e;
    console.error(`${e.message}; nothing was rewritten.`);
    process.exitCode = 1;
    return;
  }
  for (const m of report.moved) {
    const from = m.from.start === null ? 'new' : `${m.from.start}–${m.from.end}`;
    const words = m.textChanged ? ', words now as the article has them' : '';
    console.log(
      `moved ${m.path}: ${from} → ${m.to.start}–${m.to.end} (${m.how}, score ${m.score.toFixed(2)}${words})`,
    );
  }
  for (const path of report.captured) console.log(`took the words and context of ${path} from its offsets`);
  for (const path of report.references) console.log(`moved ${path} with its quote (briefings.json)`);
  for (const u of report.unplaced)
    console.error(
      `NOT PLACED ${u.path}: ${u.reason}: ${JSON.stringify(u.text.slice(0, 60))} (left as it was)`,
    );
  console.log(
    `${report.total} span(s): ${report.moved.length} moved, ${report.captured.length} completed, ${report.unplaced.length} not placed`,
  );
  if (report.unplaced.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
