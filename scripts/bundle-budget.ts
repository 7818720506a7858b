/**
 * The first load's budget: the JavaScript the built page loads before anything is asked for (the
 * entry script, every chunk it imports statically, and any `modulepreload`), summed gzipped, must stay
 * within BUDGET. Run after `vite build`; prints each chunk and fails over budget. Chunks loaded on demand
 * (the workbench, the corpus reader, exports, presentation) are listed apart and not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = 200 * 1024;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** `./assets/x.js` as written in the page, relative to dist/. */
const fromPage = (src: string): string => posix.normalize(src.replace(/^\.\//, ''));

const roots = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => fromPage(m[1] ?? ''));
if (roots.length === 0) throw new Error(`${dist}/index.html loads no module script`);

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(file: string, code: string): string[] {
  const dir = posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    posix.normalize(posix.join(dir, m[1] ?? '')),
  );
}

const gz = (code: string): number => gzipSync(code, { level: 9 }).length;
const eager = new Map<string, number>();
const queue = [...roots];
for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
  if (eager.has(file)) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  eager.set(file, gz(code));
  queue.push(...staticImports(file, code));
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const total = [...eager.values()].reduce((a, b) => a + b, 0);
console.log('First load (gzip -9):');
for (const [file, size] of [...eager].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kb(size).padStart(9)}  ${file}`);
console.log('On demand:');
for (const name of readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const file = `assets/${name}`;
  if (!eager.has(file))
    console.log(`  ${kb(gz(readFileSync(join(dist, file), 'utf8'))).padStart(9)}  ${file}`);
}
console.log(`Total first load: ${kb(total)} of ${kb(BUDGET)}`);
if (total > BUDGET) {
  console.error(`The first load is ${kb(total - BUDGET)} over its budget.`);
  process.exit(1);
}
