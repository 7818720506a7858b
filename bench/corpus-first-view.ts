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
let requests = 0;
const store = fileStore(dir, (_path, n) => {
  bytes += n;
  requests++;
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
t = performance.now();
const first = rows[0];
if (first !== undefined) {
  const event = await corpus.event(first);
  const quotes = event.accounts.reduce((n, a) => n + a.quotes.length, 0);
  step(`one event's details (${quotes} quotes, checked against their articles)`, t, b, r);
}
console.log(
  `first view (manifest + density + window): see the first three lines; total read ${(bytes / 1024).toFixed(1)} KB`,
);
