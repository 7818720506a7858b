/**
 * The saved draft's version names the commands it may hold: a command added without raising
 * `SAVED_VERSION` (and teaching `migrateRecord` what the version before it knew) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  commandsOf,
  migrateRecord,
  NEWEST_COMMANDS,
  SAVED_COMMANDS,
  SAVED_VERSION,
} from '../../src/author/saved';

/** What version 4 holds: version 3's commands, the draft's own kinds and sides, and their terms. */
const VERSION_4 = [
  'add-article',
  'add-claim',
  'add-credit',
  'add-entity',
  'add-rests-on',
  'add-term',
  'attach-quote',
  'batch',
  'create-event',
  'import-bundled-terms',
  'link-claim',
  'mark-out-of-scope',
  'mark-rendering',
  'merge-claims',
  'merge-entities',
  'move-claim',
  'remove-article',
  'remove-claim',
  'remove-credit',
  'remove-entity',
  'remove-event',
  'remove-quote',
  'remove-rests-on',
  'remove-term',
  'rename-event',
  'rename-term',
  'replace-article-text',
  'set-article',
  'set-claim',
  'set-credit',
  'set-entity',
  'set-quote-english',
  'set-quote-rests-on',
  'set-rests-on',
  'set-term',
  'set-title',
  'unmark-out-of-scope',
  'update-event',
];
/** What version 5 holds: version 4's commands and a suggestion rejected in the draft. */
const VERSION_5 = [...VERSION_4, 'reject-suggestion'].sort();

describe('the saved draft version', () => {
  it('is raised whenever the set of commands changes', () => {
    expect({ version: SAVED_VERSION, commands: [...SAVED_COMMANDS].sort() }).toEqual({
      version: 5,
      commands: VERSION_5,
    });
  });

  it('is the version the newest command came in: a command of a later version cannot come without it', () => {
    expect(NEWEST_COMMANDS).toBe(SAVED_VERSION);
  });

  it('reads each older version with the commands it knew, and refuses a later one in it', () => {
    const later = [
      'add-term',
      'set-term',
      'rename-term',
      'remove-term',
      'import-bundled-terms',
      'rename-event',
    ];
    expect([...commandsOf(4)].sort()).toEqual(VERSION_4);
    const v3 = VERSION_4.filter((c) => ![...later, 'set-quote-rests-on'].includes(c));
    expect([...commandsOf(3)].sort()).toEqual(v3);
    const v2 = v3.filter(
      (c) =>
        ![
          'remove-claim',
          'mark-rendering',
          'add-entity',
          'set-entity',
          'remove-entity',
          'merge-entities',
          'set-title',
        ].includes(c),
    );
    expect([...commandsOf(2)].sort()).toEqual(v2);
    expect([...commandsOf(1)].sort()).toEqual(v2);
    const record = (version: number, type: string) => ({
      version,
      revision: 0,
      base: {},
      done: [{ type: 'batch', commands: [{ type }] }],
      undone: [],
    });
    // A rejected suggestion came with version 5: no version-4 build wrote one; the rest of version 4 reads.
    expect(migrateRecord(record(4, 'reject-suggestion'))).toMatchObject({ ok: false });
    expect(migrateRecord(record(4, 'add-term'))).toMatchObject({ ok: true });
    // A passage resting on a report came with version 4: no version-3 build wrote one.
    expect(migrateRecord(record(3, 'set-quote-rests-on'))).toMatchObject({ ok: false });
    expect(migrateRecord(record(3, 'set-title'))).toMatchObject({ ok: true });
    expect(migrateRecord(record(2, 'set-title'))).toMatchObject({ ok: false });
  });
});
