/**
 * A dataset with its own kinds of event and sides, as the workbench writes one, built into a corpus:
 * from a directory (its `dataset.json` names them) and from the single file, then `corpus verify`,
 * then opened by the page's reader, which names its lanes from the manifest. A manifest written before
 * the kinds were carried still opens, with the bundled story's; the kinds a manifest lists are held to
 * a dataset's rules.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { fileStore } from '../../src/cli/corpus-store';
import { verifyCorpus } from '../../src/cli/corpus-verify';
import {
  checkManifest,
  CorpusError,
  kindIds,
  openCorpus,
  parseDataset,
  type CorpusManifest,
} from '../../src/data';
import { BIN_STEPS, BUNDLED_KINDS, kindName, type Dataset, type VocabularyTerm } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const KINDS: VocabularyTerm[] = [
  { id: 'talks', name: { ar: 'محادثات', en: 'Talks' }, colour: 'teal' },
  { id: 'event', name: { ar: 'حدث', en: 'Event' }, colour: 'grey' },
];
const SIDES: VocabularyTerm[] = [
  { id: 'west', name: { ar: 'الغرب', en: 'The West' }, colour: 'blue' },
  { id: 'east', name: { ar: 'الشرق', en: 'The East' }, colour: 'red' },
  { id: 'other', name: { ar: 'أطراف أخرى', en: 'Others' }, colour: 'grey' },
];

/** The bundled story told with its own kinds (the calls are "talks", the rest "event") and sides. */
function ownStory(): Dataset {
  const d = loadCorpus();
  const side = (s: string): string => (s === 'russia' ? 'east' : s === 'other' ? 'other' : 'west');
  return {
    ...d,
    kinds: KINDS,
    sides: SIDES,
    entities: d.entities.map((e) => ({ ...e, side: side(e.side) })),
    events: d.events.map((e) => ({ ...e, kind: e.kind === 'defence-call' ? 'talks' : 'event' })),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-own-kinds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const story = ownStory();
const fromDir = join(tmp, 'corpus-dir');
const fromFile = join(tmp, 'corpus-file');

beforeAll(async () => {
  expect(parseDataset(story).ok).toBe(true);
  const input = join(tmp, 'story');
  mkdirSync(input);
  const { sources, entities, events, title } = story;
  writeFileSync(
    join(input, 'dataset.json'),
    JSON.stringify({ format: 'riwayat-dataset', title, kinds: KINDS, sides: SIDES }),
  );
  writeFileSync(join(input, 'sources.json'), JSON.stringify(sources));
  writeFileSync(join(input, 'entities.json'), JSON.stringify(entities));
  writeFileSync(join(input, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n'));
  writeFileSync(join(tmp, 'story.json'), JSON.stringify(story));
  for (const [from, to] of [
    [input, fromDir],
    [join(tmp, 'story.json'), fromFile],
  ] as const) {
    const built = await buildCorpus(from, to);
    if (!built.ok) throw new Error(built.problems.join('\n'));
  }
}, 120_000);

const manifestOf = (dir: string): CorpusManifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
const count = (kind: string) => story.events.filter((e) => e.kind === kind).length;

describe('a corpus of a dataset with its own kinds and sides', () => {
  it('carries them in its manifest, its lanes in their order, from a directory and from one file', () => {
    for (const dir of [fromDir, fromFile]) {
      const m = manifestOf(dir);
      expect(m.kinds).toEqual(KINDS);
      expect(m.sides).toEqual(SIDES);
      expect(m.lanes).toEqual([
        { id: 'talks', events: count('talks') },
        { id: 'event', events: count('event') },
      ]);
      const month = JSON.parse(readFileSync(join(dir, 'density-month-1.json'), 'utf8'));
      expect(Object.keys(month.lanes)).toEqual(['talks', 'event']);
    }
  });

  it('conforms, as `corpus verify` checks it', async () => {
    for (const dir of [fromDir, fromFile]) expect((await verifyCorpus(dir)).problems).toEqual([]);
  });

  it('opens in the reader: its lanes are its kinds, named in either language, and its events keep them', async () => {
    const corpus = await openCorpus(fileStore(fromDir));
    expect(corpus.manifest.lanes.map((l) => kindName(corpus.manifest, l.id, 'en'))).toEqual([
      'Talks',
      'Event',
    ]);
    expect(corpus.manifest.lanes.map((l) => kindName(corpus.manifest, l.id, 'ar'))).toEqual([
      'محادثات',
      'حدث',
    ]);
    const density = await corpus.density(BIN_STEPS[5]!, -1e16, 1e16);
    expect([...density.keys()]).toEqual(['talks', 'event']);
    const call = story.events.find((e) => e.kind === 'talks')!;
    const row = await corpus.find(call.id);
    expect(row?.kind).toBe('talks');
    expect((await corpus.event(row!)).kind).toBe('talks');
    expect((await corpus.entities()).map((e) => e.side)).toEqual(story.entities.map((e) => e.side));
  });

  it('is refused at build time when an event names a kind the dataset lacks, by its line', async () => {
    const input = join(tmp, 'stray');
    mkdirSync(input);
    writeFileSync(
      join(input, 'dataset.json'),
      JSON.stringify({ title: story.title, kinds: KINDS, sides: SIDES }),
    );
    writeFileSync(join(input, 'sources.json'), JSON.stringify(story.sources));
    writeFileSync(join(input, 'entities.json'), JSON.stringify(story.entities));
    const events = story.events.map((e, i) => (i === 2 ? { ...e, kind: 'diplomacy' } : e));
    writeFileSync(join(input, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n'));
    const built = await buildCorpus(input, join(tmp, 'stray-corpus'));
    expect(built.ok).toBe(false);
    expect(built.ok ? [] : built.problems).toContainEqual(
      expect.stringMatching(/events\.jsonl:3 \$\.kind: the dataset has no kind "diplomacy"/),
    );
  });
});

describe('the kinds a manifest lists', () => {
  const good = (): Record<string, unknown> =>
    JSON.parse(readFileSync(join(fromDir, 'manifest.json'), 'utf8'));
  const refused = (m: unknown): string => {
    try {
      checkManifest(m);
    } catch (e) {
      expect(e).toBeInstanceOf(CorpusError);
      return (e as CorpusError).message;
    }
    throw new Error('accepted');
  };

  it('are the bundled story’s when it lists none, as in a manifest written before they were carried', () => {
    const older = good();
    delete older['kinds'];
    delete older['sides'];
    const events = (older['counts'] as { events: number }).events;
    const m = checkManifest({ ...older, lanes: [{ id: 'history', events }] });
    expect([...kindIds(m)]).toEqual(BUNDLED_KINDS.map((k) => k.id));
    // Without its kinds, this corpus's lanes name kinds the bundled story does not have.
    expect(refused(older)).toContain("$.lanes[0]: the id must be one of the manifest's kinds");
  });

  it('hold each lane: a lane of no listed kind is refused', () => {
    const m = good();
    expect(refused({ ...m, kinds: [KINDS[1]] })).toContain('$.lanes[0]');
  });

  it('are checked as a dataset’s: ids of the terms’ form, each once, names as text within limits, at most 50', () => {
    const m = good();
    const term = (over: Partial<VocabularyTerm>) => [{ ...KINDS[0]!, ...over }, KINDS[1]];
    expect(refused({ ...m, kinds: term({ id: '<script>' }) })).toContain('$.kinds[0].id');
    expect(refused({ ...m, kinds: term({ colour: 'url(x)' as never }) })).toContain('$.kinds[0].colour');
    expect(refused({ ...m, kinds: term({ name: { ar: 'x'.repeat(501), en: 'x' } }) })).toContain(
      '$.kinds[0].name.ar',
    );
    expect(refused({ ...m, kinds: [...KINDS, KINDS[0]] })).toContain('$.kinds[2]: "talks" is listed twice');
    expect(refused({ ...m, sides: [...SIDES, SIDES[2]] })).toContain('$.sides[3]: "other" is listed twice');
    const many = Array.from({ length: 49 }, (_, i) => ({ ...KINDS[0]!, id: `k${i}` }));
    expect(() => checkManifest({ ...m, kinds: [...many.slice(0, 48), ...KINDS] })).not.toThrow();
    expect(refused({ ...m, kinds: [...many.slice(0, 49), ...KINDS] })).toContain('$.kinds');
    expect(refused({ ...m, kinds: 'talks' })).toContain('$.kinds');
  });
});
