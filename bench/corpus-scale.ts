/**
 * What a corpus would be at a larger size, worked out from one that was built:
 *
 *   npx tsx bench/corpus-scale.ts <corpus-dir> 100000000 [more sizes]
 *
 * Sizes by kind of file scale with the events (measured per event on the built corpus); the density
 * levels scale with the time covered and the articles with the sources, not the events, and are taken
 * as they are; tree depths, the
 * manifest (one entry per skeleton file and row group, one per pack file) and the bytes of a first
 * view and of one selected event are computed from the format's rules (docs/corpus-format.md) with
 * the node and block sizes measured here. Prints a Markdown table, and where a size passes one of
 * the reader's limits (src/data/corpus-guard.ts), says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_LIMITS, TREE_FANOUT, TREES, type CorpusManifest } from '../src/data';

const [dir, ...sizes] = process.argv.slice(2);
if (dir === undefined || sizes.length === 0) {
  console.error('usage: npx tsx bench/corpus-scale.ts <corpus-dir> <events> [<events> …]');
  process.exit(2);
}
const manifestBytes = readFileSync(join(dir, 'manifest.json')).length;
const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
const n = m.counts.events;
const bytesOf = (prefix: string) =>
  m.files.filter((f) => f.path.startsWith(prefix)).reduce((s, f) => s + f.bytes, 0);
const kinds = {
  skeleton: bytesOf('events-'),
  density: bytesOf('density-'),
  events: bytesOf('events/'),
  rows: bytesOf('rows/'),
  ids: bytesOf('ids/'),
  search: bytesOf('search/'),
};
// Sources and their articles grow with the sources, not the events: taken as they are.
const articles = bytesOf('articles/') + bytesOf('sources');
const groups = m.skeleton.reduce((s, k) => s + k.rowGroups.length, 0);
const skeletonJson = JSON.stringify(m.skeleton).length;
const perGroup = skeletonJson / groups;
const perFileEntry = JSON.stringify(m.files).length / m.files.length;
const nodeBytes = 3_000;
const depth = (blocks: number) =>
  Math.max(1, Math.ceil(Math.log(Math.max(2, blocks)) / Math.log(TREE_FANOUT)));
const mb = (b: number) => `${(b / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
const gb = (b: number) => `${(b / 1e9).toLocaleString('en', { maximumFractionDigits: 1 })} GB`;

const rows: string[][] = [];
for (const size of sizes.map(Number)) {
  const k = size / n;
  const packFiles = Math.ceil(
    ((kinds.events + kinds.rows + kinds.ids + kinds.search) * k + articles) / (64 * 1024 * 1024),
  );
  const skeletonFiles = Math.ceil(size / (m.rowGroupRows * 16));
  const manifest =
    manifestBytes -
    skeletonJson -
    JSON.stringify(m.files).length +
    perGroup * Math.ceil(size / m.rowGroupRows) +
    perFileEntry * (skeletonFiles * 2 + 12 + packFiles + 2);
  const depths = Object.fromEntries(
    TREES.map((t) => [t, depth(m.trees[t].blocks * (t === 'sources' || t === 'articles' ? 1 : k))]),
  );
  const densityFirst = Math.max(...m.density.map((d) => d.bytes)) / 4;
  const firstView = manifest + densityFirst;
  const select = (depths['events'] ?? 1) * nodeBytes + m.blockBytes + 6_500 + 7_000 + 10_500;
  const limits = [
    size > CORPUS_LIMITS.events
      ? `events over the reader's ${CORPUS_LIMITS.events.toLocaleString('en')}`
      : '',
    manifest > CORPUS_LIMITS.manifestBytes ? `manifest over its ${mb(CORPUS_LIMITS.manifestBytes)}` : '',
  ].filter((s) => s !== '');
  rows.push([
    size.toLocaleString('en'),
    gb(Object.values(kinds).reduce((s, b) => s + b, 0) * k + articles),
    `${gb(kinds.events * k)} / ${gb(kinds.rows * k)} / ${mb(kinds.skeleton * k)} / ${mb(kinds.search * k)}`,
    `${skeletonFiles.toLocaleString('en')} + ${packFiles.toLocaleString('en')}`,
    `${depths['events']} / ${depths['search']} / ${depths['ids']}`,
    mb(manifest),
    mb(firstView),
    `${Math.round(select / 1000)} KB`,
    limits.join('; ') || 'none',
  ]);
}
console.log(`From ${dir}: ${n.toLocaleString('en')} events, manifest ${mb(manifestBytes)}.\n`);
console.log(
  '| events | corpus | events blocks / rows / Parquet / word index | files (Parquet + packs) | tree depth: events / search / ids | manifest | first view | one selected event | beyond a reader limit |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
