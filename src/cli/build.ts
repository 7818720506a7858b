/**
 * npm run data:build [-- DIR OUT]
 * Checks the dataset in DIR (default `data`) and writes it as one self-contained file to OUT
 * (default `public/dataset.json`, where the app loads it from and `vite build` copies it to `dist/`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { assembleDataset } from '../data';
import { locate, readDatasetFiles } from './files';

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const out = process.argv[3] ?? 'public/dataset.json';
  const { files, problems } = readDatasetFiles(dir);
  const result = problems.length > 0 ? { ok: false as const, problems } : assembleDataset(files);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${locate(dir, p.path)}: ${p.message} [${p.code}]`);
    console.error('The dataset has problems; nothing was written. Run npm run data:check for the full list.');
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result.dataset) + '\n');
  const d = result.dataset;
  console.log(
    `wrote ${out}: ${d.sources.length} sources, ${d.entities.length} entities, ${d.events.length} events`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
