/**
 * Builds the corpus the end-to-end tests open (run by `npm run test:browser`, after the app's build):
 * 100,000 synthetic events from `bench/corpus-input.ts` plus one planted event (corpus-fixture.ts),
 * through `npm run corpus`. The result is kept in `.cache/` under a hash of the code that makes it, so
 * it is rebuilt only when that code changes, and linked into `dist/` to be served with the app. A
 * second corpus, `dist/e2e-corpus-bad/`, links to the same files except one events block, copied with
 * one byte flipped. A third, `dist/e2e-corpus-kinds/`, is the bundled story told with kinds and sides
 * of its own (a directory whose `dataset.json` names them), built afresh each time (a few seconds).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../fixtures/corpus';
import {
  BAD_CORPUS,
  BAD_EVENT,
  BAD_NOTE,
  CORPUS,
  EVENTS,
  KINDS_CORPUS,
  OWN_KINDS,
  OWN_SIDES,
  PROBE,
} from './corpus-fixture';

const inputs = [
  'bench/corpus-input.ts',
  'bench/generate.ts',
  'tests/e2e/corpus-build.ts',
  'tests/e2e/corpus-fixture.ts',
  ...readdirSync('src/cli').flatMap((f) => (f.startsWith('corpus') ? [`src/cli/${f}`] : [])),
  ...readdirSync('src/data').flatMap((f) => (f.startsWith('corpus') ? [`src/data/${f}`] : [])),
];
const hash = createHash('sha256');
for (const f of inputs.sort()) hash.update(f).update(readFileSync(f));
const home = resolve('.cache/e2e-corpus', hash.digest('hex').slice(0, 16));
const built = join(home, 'corpus');

if (!existsSync(join(built, 'manifest.json'))) {
  rmSync(home, { recursive: true, force: true });
  const input = join(home, 'input');
  const t0 = Date.now();
  execFileSync('npx', ['tsx', 'bench/corpus-input.ts', String(EVENTS), input], { stdio: 'inherit' });
  plant(input);
  const t1 = Date.now();
  execFileSync('npm', ['run', '-s', 'corpus', '--', 'build', input, '--out', built], { stdio: 'inherit' });
  console.log(
    `e2e corpus: input ${((t1 - t0) / 1000).toFixed(1)} s, build ${((Date.now() - t1) / 1000).toFixed(1)} s`,
  );
  rmSync(input, { recursive: true, force: true });
}

// Served with the app: dist/ is emptied by every build.
const good = resolve('dist', CORPUS);
rmSync(good, { recursive: true, force: true });
symlinkSync(built, good.replace(/\/$/, ''), 'dir');
const bad = resolve('dist', BAD_CORPUS);
rmSync(bad, { recursive: true, force: true });
mkdirSync(join(bad, 'events'), { recursive: true });
for (const entry of readdirSync(built))
  if (entry !== 'events') symlinkSync(join(built, entry), join(bad, entry));
const marker = `{"id":"${BAD_EVENT}",`;
let corrupted: string | null = null;
for (const file of readdirSync(join(built, 'events'))) {
  const from = join(built, 'events', file);
  const to = join(bad, 'events', file);
  const bytes = readFileSync(from);
  const at = bytes.indexOf(marker);
  if (at === -1) {
    symlinkSync(from, to);
    continue;
  }
  // A digit of the event's start date: still JSON, no longer what the block's checksum says.
  const digit = at + marker.length + '"start":"20'.length;
  bytes[digit] = bytes[digit] === 0x31 ? 0x32 : 0x31;
  writeFileSync(to, bytes);
  corrupted = `events/${file}`;
}
if (corrupted === null) throw new Error(`no events block holds ${BAD_EVENT}`);
writeFileSync(BAD_NOTE, JSON.stringify({ file: corrupted, event: BAD_EVENT }));
console.log(`e2e corpus: ${good} and ${bad} (${corrupted} corrupted)`);

// The bundled story with its own kinds and sides, as a dataset directory.
const own = join(home, 'kinds-input');
rmSync(own, { recursive: true, force: true });
mkdirSync(own, { recursive: true });
const d = loadCorpus();
const side = (s: string): string => (s === 'russia' ? 'east' : s === 'other' ? 'other' : 'west');
writeFileSync(
  join(own, 'dataset.json'),
  JSON.stringify({ format: 'riwayat-dataset', title: d.title, kinds: OWN_KINDS, sides: OWN_SIDES }),
);
writeFileSync(join(own, 'sources.json'), JSON.stringify(d.sources));
writeFileSync(
  join(own, 'entities.json'),
  JSON.stringify(d.entities.map((e) => ({ ...e, side: side(e.side) }))),
);
writeFileSync(
  join(own, 'events.jsonl'),
  d.events
    .map((e) => JSON.stringify({ ...e, kind: e.kind === 'defence-call' ? 'talks' : 'event' }))
    .join('\n'),
);
const kinds = join(home, 'kinds');
execFileSync('npm', ['run', '-s', 'corpus', '--', 'build', own, '--out', kinds], { stdio: 'inherit' });
execFileSync('npm', ['run', '-s', 'corpus', '--', 'verify', kinds], { stdio: 'inherit' });
const served = resolve('dist', KINDS_CORPUS);
rmSync(served, { recursive: true, force: true });
symlinkSync(kinds, served.replace(/\/$/, ''), 'dir');
console.log(`e2e corpus: ${served} (own kinds and sides)`);

/** Adds the planted source and event to a generated input directory. */
function plant(dir: string): void {
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Record<string, unknown>[];
  const first = sources[0] as Record<string, unknown>;
  const text = `مصدر الاختبار: تقرير\n${PROBE.quote}\n`;
  sources.push({
    ...first,
    id: PROBE.source,
    file: `articles/${PROBE.source}.txt`,
    outlet: { ar: 'مصدر الاختبار', en: 'Probe source' },
    text,
  });
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  const start = text.indexOf(PROBE.quote);
  const event = {
    id: PROBE.id,
    start: PROBE.start,
    precision: 'day',
    basis: 'stated',
    basisNote: { ar: 'التاريخ مذكور في النص', en: 'The date is printed in the text.' },
    kind: 'diplomacy',
    actors: ['p1'],
    title: PROBE.title,
    summary: { ar: 'حدث مزروع للاختبار.', en: 'An event planted for the tests.' },
    claims: [{ id: 'c0', text: { ar: 'إعادة الإعمار ستبدأ.', en: 'Reconstruction will begin.' } }],
    accounts: [
      {
        source: PROBE.source,
        quotes: [
          { start, end: start + PROBE.quote.length, text: PROBE.quote, en: PROBE.quoteEn, claims: ['c0'] },
        ],
      },
    ],
  };
  appendFileSync(join(dir, 'events.jsonl'), `${JSON.stringify(event)}\n`);
}
