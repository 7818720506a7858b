/**
 * The saved draft's version names the commands it may hold: a command added without raising
 * `SAVED_VERSION` (and teaching `migrateRecord` what the version before it knew) fails here.
 */
import { describe, expect, it } from 'vitest';
import { SAVED_COMMANDS, SAVED_VERSION } from '../../src/author/saved';

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

describe('the saved draft version', () => {
  it('is raised whenever the set of commands changes', () => {
    expect({ version: SAVED_VERSION, commands: [...SAVED_COMMANDS].sort() }).toEqual({
      version: 4,
      commands: VERSION_4,
    });
  });
});
