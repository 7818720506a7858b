/**
 * What a first view of a built corpus costs, read through the same reader the app would use: the
 * manifest, the density level that draws the whole time range, and one window's skeleton (the row
 * groups that overlap it, with their file footers), in bytes and milliseconds.
 *
 *   npx tsx bench/corpus-first-view.ts <corpus-dir> [window-days]
 */
import { fileStore } from '../src/cli/corpus-store';
import { openCorpus } from '../src/data';
import { binStep } from '../src/domain';

const [dir = 'dist-bench/corpus', days = '30'] = process.argv.slice(2);
let bytes = 0;
const byDir = new Map<string, number>();
let requests = 0;
const store = fileStore(dir, (path, n) => {
  bytes += n;
  requests++;
  const d = path.includes('/') ? path.slice(0, path.indexOf('/')) : path;
  byDir.set(d, (byDir.get(d) ?? 0) + n);
});
const step = (label: string, t0: number, b0: number, r0: number) =>
  console.log(
    `${label}: ${((bytes - b0) / 1024).toFixed(1)} KB in ${requests - r0} read(s), ${(performance.now() - t0).toFixed(0)} ms`,
  );

let t = performance.now();
const corpus = await openCorpus(store);
step('manifest', t, 0, 0);
const time = corpus.manifest.time ?? { start: 0, end: 1 };
let b = bytes;
let r = requests;
t = performance.now();
// About 1,900 px of timeline at 18 px a bar at least, as the app draws density.
const level = binStep(time.end - time.start, 105);
const density = await corpus.density(level, time.start, time.end);
const bars = [...density.values()].reduce((n, l) => n + l.counts.length, 0);
step(`density (${level.n} ${level.unit}, ${bars} bars)`, t, b, r);
b = bytes;
r = requests;
t = performance.now();
const middle = (time.start + time.end) / 2;
const rows = await corpus.window(middle, middle + Number(days) * 86_400_000);
step(`window of ${days} days (${rows.length} events)`, t, b, r);
b = bytes;
r = requests;
byDir.clear();
t = performance.now();
const first = rows[Math.floor(rows.length / 2)];
if (first !== undefined) {
  const event = await corpus.event(first);
  const quotes = event.accounts.reduce((n, a) => n + a.quotes.length, 0);
  step(`one selected event, checked (${quotes} quotes, ${event.accounts.length} articles)`, t, b, r);
  console.log(`  by directory: ${[...byDir].map(([d, n]) => `${d} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
  // Cold: a fresh reader that has read only its manifest finds an event by id and checks it.
  const cold = await openCorpus(store);
  byDir.clear();
  b = bytes;
  r = requests;
  t = performance.now();
  const found = await cold.find(first.id);
  if (found !== null) await cold.event(found);
  step('the same event by id in a fresh reader (find + event)', t, b, r);
  console.log(`  by directory: ${[...byDir].map(([d, n]) => `${d} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
  for (const query of ['الحكومة', 'warning', `${first.title_en.split(' ').at(-1) ?? ''}`]) {
    const fresh = await openCorpus(store);
    b = bytes;
    r = requests;
    t = performance.now();
    const answer = await fresh.search(query, { limit: 20 });
    step(`search "${query}" in a fresh reader (${answer.total} found, ${answer.rows.length} rows)`, t, b, r);
  }
}
console.log(
  `first view (manifest + density + window): see the first three lines; total read ${(bytes / 1024).toFixed(1)} KB`,
);
