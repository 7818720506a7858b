/**
 * The corpus build beside plain DuckDB doing the core of it, in one run on the same input:
 *
 *   npx tsx bench/corpus-engine.ts <input-dir> <work-dir> [--memory 768MB] [--threads 2]
 *
 * First the reference: DuckDB alone reads `events.jsonl`, sorts it by start and writes it as Parquet
 * in row groups of 4,096 rows (nothing checked, no blocks, trees or word index), with the same threads
 * and DuckDB's own memory limit (its JSON reader runs out of memory under 768MB); then
 * `npm run -s corpus -- build` on the same input with `--memory` (768MB) and `--threads`. Each runs in
 * its own process under GNU time; the figures (wall clock, CPU, peak RSS) and their ratio are printed
 * as JSON. `--reference` runs only the reference in this process (what the first step calls).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFigures } from './corpus-bench';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const memory = flag('--memory', '768MB');
const threads = flag('--threads', '2');

async function reference(input: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  // DuckDB's own memory limit (80% of the machine's memory): under 768MB its JSON reader runs out.
  const db = await DuckDBInstance.create(join(out, 'ref.duckdb'), {
    threads,
    temp_directory: join(out, 'spill'),
  });
  const c = await db.connect();
  const file = join(input, 'events.jsonl').replaceAll("'", "''");
  await c.run(`COPY (SELECT * FROM read_json('${file}', format = 'newline_delimited') ORDER BY "start")
    TO '${join(out, 'events.parquet').replaceAll("'", "''")}' (FORMAT parquet, ROW_GROUP_SIZE 4096)`);
  c.closeSync();
  db.closeSync();
}

function timed(command: string, argv: string[], log: string) {
  execFileSync('/usr/bin/time', ['-v', '-o', log, command, ...argv], { stdio: 'inherit' });
  return buildFigures(readFileSync(log, 'utf8'));
}

const seconds = (wall: string): number => wall.split(':').reduce((s, part) => s * 60 + Number(part), 0);

if (args[0] === '--reference') await reference(args[1] as string, args[2] as string);
else {
  const [input, work] = args as [string, string];
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const ref = timed(
    'npx',
    [
      'tsx',
      'bench/corpus-engine.ts',
      '--reference',
      input,
      join(work, 'ref'),
      '--memory',
      memory,
      '--threads',
      threads,
    ],
    join(work, 'ref.time'),
  );
  rmSync(join(work, 'ref'), { recursive: true, force: true });
  const build = timed(
    'npm',
    [
      'run',
      '-s',
      'corpus',
      '--',
      'build',
      input,
      '--out',
      join(work, 'corpus'),
      '--memory',
      memory,
      '--threads',
      threads,
    ],
    join(work, 'build.time'),
  );
  const ratio = ref !== null && build !== null ? seconds(build.wall) / seconds(ref.wall) : null;
  console.log(JSON.stringify({ input, memory, threads, reference: ref, build, ratio }, null, 2));
}
