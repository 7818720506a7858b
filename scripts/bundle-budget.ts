/**
 * The first load's budget: the JavaScript the built page loads before anything is asked for (the
 * entry script, every chunk it imports statically, any `modulepreload`, and the interface's words in
 * one language, `words-<lang>-*.js`, which the page asks for as it starts: the larger of the two
 * counts), summed gzipped (level 9), must stay within BUDGET. `npm run test:budget` runs it after the build, prints each chunk and fails
 * over budget. Chunks loaded on demand (the timeline engine, the workbench, the corpus reader, exports,
 * presentation) are listed apart and not counted; nor are workers, which run off the page's thread.
 * `bench/run.ts` reports the same figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = 200 * 1024;

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(file: string, code: string): string[] {
  const dir = posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    posix.normalize(posix.join(dir, m[1] ?? '')),
  );
}

const gz = (code: string): number => gzipSync(code, { level: 9 }).length;

/** Each chunk of the first load (path under `dist`) with its gzipped size in bytes. */
export function firstLoad(dist: string): Map<string, number> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => posix.normalize((m[1] ?? '').replace(/^\.\//, '')));
  if (roots.length === 0) throw new Error(`${dist}/index.html loads no module script`);
  // The shown language's words: the larger language counts.
  const words = readdirSync(join(dist, 'assets'))
    .filter((f) => /^words-.*\.js$/.test(f))
    .map((f) => `assets/${f}`)
    .sort((a, b) => gz(readFileSync(join(dist, b), 'utf8')) - gz(readFileSync(join(dist, a), 'utf8')));
  if (words[0] !== undefined) roots.push(words[0]);
  const eager = new Map<string, number>();
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (eager.has(file)) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    eager.set(file, gz(code));
    queue.push(...staticImports(file, code));
  }
  return eager;
}

export const total = (chunks: ReadonlyMap<string, number>): number =>
  [...chunks.values()].reduce((a, b) => a + b, 0);

function main(dist: string): void {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const eager = firstLoad(dist);
  console.log('First load (gzip -9):');
  for (const [file, size] of [...eager].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kb(size).padStart(9)}  ${file}`);
  console.log('On demand, and workers:');
  for (const name of readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const file = `assets/${name}`;
    if (!eager.has(file))
      console.log(`  ${kb(gz(readFileSync(join(dist, file), 'utf8'))).padStart(9)}  ${file}`);
  }
  const sum = total(eager);
  console.log(`Total first load: ${kb(sum)} of ${kb(BUDGET)}`);
  if (sum > BUDGET) {
    console.error(`The first load is ${kb(sum - BUDGET)} over its budget.`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv[2] ?? 'dist');
