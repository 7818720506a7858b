import { describe, expect, it } from 'vitest';
import {
  createSaver,
  DraftConflict,
  migrateRecord,
  readSaved,
  redo,
  run,
  startHistory,
  toSaved,
  undo,
  type DraftStore,
  type SavedRecord,
  type SaveStatus,
} from '../../src/author';
import { miniDataset } from '../fixtures/mini-dataset';

const base = miniDataset();
const good = { type: 'add-article', text: 'مقال محفوظ مهم' };

// Finding M3 of the security review: every record it tried, and what it did with each.
describe('reading a saved draft back', () => {
  it('opens a first-version record (no version, no revision) and a second-version one, with their undo', () => {
    const h = run(startHistory(base), good as never);
    const v1 = readSaved(structuredClone(toSaved(h)));
    expect(v1.ok && v1.history.present.sources.at(-1)?.text).toBe('مقال محفوظ مهم');
    expect(v1.ok && v1.revision).toBe(0);
    const v2 = readSaved({ version: 2, revision: 7, ...structuredClone(toSaved(h)) });
    expect(v2.ok && v2.revision).toBe(7);
    expect(v2.ok && v2.history.done).toHaveLength(1);
  });

  it('migrates a version-2 record of today’s shape to version 5: same draft, same undo, same revision', () => {
    // A record exactly as version 2 wrote it: an article added, an event made and quoted, one change undone.
    const h = [
      good,
      { type: 'create-event', id: 'ev', fields: { start: '2024-06-25', title: { ar: 'ح', en: 'E' } } },
      { type: 'attach-quote', event: 'ev', source: 'art-000', start: 0, end: 4 },
      { type: 'set-quote-english', quote: { event: 'ev', source: 'art-000', start: 0, end: 4 }, en: 'An' },
    ].reduce((x, c) => run(x, c as never), startHistory(base));
    const stored = { version: 2, revision: 4, ...structuredClone(toSaved(undo(h))) };
    const m = migrateRecord(stored);
    expect(m.ok && m.record['version']).toBe(5);
    expect(m.ok && m.record['revision']).toBe(4);
    const r = readSaved(stored);
    expect(r.ok && r.history.present).toEqual(undo(h).present);
    expect(r.ok && redo(r.history).present).toEqual(h.present);
  });

  it('knows every change the workbench makes, so a draft it wrote reads back (a passage marked as resting on a report)', () => {
    // The workbench sends this when the author ticks a passage that rests on one of its article's reports.
    const stored = {
      version: 4,
      revision: 1,
      base,
      done: [
        {
          type: 'set-quote-rests-on',
          quote: { event: 'x', source: 'art-000', start: 0, end: 4 },
          origin: 'o',
          on: true,
        },
      ],
      undone: [],
    };
    const r = readSaved(stored);
    expect(r.ok ? '' : r.reason).not.toMatch(/not one this version knows/);
  });

  it('refuses a version-2 record holding a change version 2 did not have', () => {
    const stored = {
      version: 2,
      revision: 1,
      base,
      done: [{ type: 'set-title', title: { ar: 'ع', en: 'T' } }],
      undone: [],
    };
    const r = readSaved(stored);
    expect(r.ok ? '' : r.reason).toMatch(/version-2 record/);
    expect(readSaved({ ...stored, version: 3 }).ok).toBe(true);
  });

  it('migrates a version-3 record to version 5 (the bundled kinds and sides), and refuses one holding a kind change', () => {
    const h = [
      good,
      { type: 'set-title', title: { ar: 'ع', en: 'T' } },
      { type: 'add-entity', id: 'lavrov', fields: { name: { ar: 'لافروف', en: 'Lavrov' }, side: 'russia' } },
    ].reduce((x, c) => run(x, c as never), startHistory(base));
    const stored = { version: 3, revision: 3, ...structuredClone(toSaved(h)) };
    const m = migrateRecord(stored);
    expect(m.ok && m.record['version']).toBe(5);
    expect(m.ok && m.record['revision']).toBe(3);
    const r = readSaved(stored);
    expect(r.ok && r.history.present).toEqual(h.present);
    expect(r.ok && r.history.present.kinds).toBeUndefined();
    // A kind change inside a batch is found too: version 3 could not have made it.
    const addKind = {
      type: 'add-term',
      vocabulary: 'kinds',
      id: 'protest',
      name: { ar: 'احتجاج', en: 'Protest' },
      colour: 'teal',
    };
    const withKind = { ...stored, done: [...stored.done, { type: 'batch', commands: [addKind] }] };
    const refused = readSaved(withKind);
    expect(refused.ok ? '' : refused.reason).toMatch(/add-term.*version-3 record/);
    expect(readSaved({ ...withKind, version: 4 }).ok).toBe(true);
    const kindsInBase = readSaved({ ...stored, base: { ...stored.base, kinds: [] } });
    expect(kindsInBase.ok ? '' : kindsInBase.reason).toMatch(/version-3 draft cannot have kinds/);
  });

  const bad: [string, unknown][] = [
    ['base: {}', { base: {}, done: [], undone: [] }],
    ['an unknown command', { base, done: [{ type: 'bogus' }], undone: [] }],
    ['events: null', { base: { ...base, events: null }, done: [], undone: [] }],
    ['a good command, then an unknown one', { base, done: [good, { type: 'bogus' }], undone: [] }],
    ['add-article with a number for text', { base, done: [{ type: 'add-article', text: 12 }], undone: [] }],
    [
      'set-article with fields: null',
      { base, done: [{ type: 'set-article', source: 'src-a', fields: null }], undone: [] },
    ],
    [
      'outlets as strings',
      { base: { ...base, sources: base.sources.map((s) => ({ ...s, outlet: 'x' })) }, done: [], undone: [] },
    ],
    ['an unknown command in the redo list', { base, done: [], undone: [{ type: 'bogus' }] }],
    ['a newer version', { version: 6, base, done: [], undone: [] }],
    [
      'kinds that are not terms',
      { version: 4, base: { ...base, kinds: [{ id: 'x' }] }, done: [], undone: [] },
    ],
    ['not an object', 'junk'],
  ];
  for (const [name, record] of bad)
    it(`refuses ${name}, saying why, and never throws`, () => {
      const r = readSaved(record);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.reason).not.toBe('');
    });
});

/** A store that keeps the revision contract, as IndexedDB's transaction does. */
function sharedStore(): DraftStore & { record: SavedRecord | null } {
  const s: DraftStore & { record: SavedRecord | null } = {
    record: null,
    load: async () => s.record,
    save: async (r) => {
      const stored = s.record?.revision ?? 0;
      if (r.revision !== stored + 1) throw new DraftConflict(stored);
      s.record = r;
    },
  };
  return s;
}

// Finding M2: two tabs on one draft.
describe('two tabs saving one draft', () => {
  it('tells the tab whose save would overwrite the other’s, and writes nothing', async () => {
    const store = sharedStore();
    const a: SaveStatus[] = [];
    const b: SaveStatus[] = [];
    const tabA = createSaver(store, (s) => a.push(s));
    const tabB = createSaver(store, (s) => b.push(s));
    const ha = run(startHistory(base), { type: 'add-article', text: 'ألف AAA' });
    await tabA.save(toSaved(ha));
    await tabB.save(toSaved(run(startHistory(base), { type: 'add-article', text: 'باء BBB' })));
    expect(b.at(-1)).toEqual({ state: 'conflict' });
    expect(store.record?.done).toEqual(ha.done);
    // Tab A goes on saving over its own revision.
    await tabA.save(toSaved(run(ha, { type: 'add-article', text: 'جيم CCC' })));
    expect(a.at(-1)).toEqual({ state: 'saved' });
    expect(store.record?.revision).toBe(2);
    // Tab B, told to keep its own, writes over the revision it now follows.
    tabB.follow(2);
    await tabB.save(toSaved(run(startHistory(base), { type: 'add-article', text: 'باء BBB' })));
    expect(b.at(-1)).toEqual({ state: 'saved' });
  });
});
