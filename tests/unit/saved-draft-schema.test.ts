/**
 * A saved draft is read through the draft schema (the dataset's shape, built for a draft): every field
 * of every part is checked, as a dataset's is, while what a draft holds as it is written (blank text,
 * an event not yet dated) and a field an earlier version wrote are let through.
 */
import { describe, expect, it } from 'vitest';
import { NEW_STORY, readDraft, readSaved, run, startHistory, toSaved } from '../../src/author';
import { datasetSchema, ProblemList } from '../../src/data';
import { miniDataset } from '../fixtures/mini-dataset';

/** A new story with an article and an event made in it, not yet dated or named. */
function writing(): ReturnType<typeof startHistory> {
  return [
    { type: 'add-article', text: 'مقال قيد الكتابة' },
    { type: 'create-event', id: 'ev', fields: {} },
  ].reduce((h, c) => run(h, c as never), startHistory(NEW_STORY));
}

describe('a saved draft is read through the draft schema', () => {
  it('reads a draft as it is written: blank names, an event without a date', () => {
    const h = writing();
    const event = h.present.events[0];
    expect(event?.start).toBe('');
    expect(event?.title).toEqual({ ar: '', en: '' });
    // Not a dataset (its blanks are refused there), but a draft that reads back whole.
    expect(datasetSchema.check(h.present, '$', new ProblemList())).toBe(false);
    const r = readSaved(structuredClone({ version: 4, revision: 2, ...toSaved(h) }));
    expect(r.ok && r.history.present).toEqual(h.present);
  });

  it('lets through a field an earlier version wrote', () => {
    const base = { ...miniDataset(), retired: true };
    const r = readSaved({ version: 4, revision: 1, base, done: [], undone: [] });
    expect(r.ok).toBe(true);
  });

  it.each([
    [
      'an event’s precision',
      (d: Record<string, any>): void => {
        d.events[0].precision = 'century';
      },
      '$.events[0].precision',
    ],
    [
      'a quote’s offset',
      (d: Record<string, any>): void => {
        d.events[0].accounts[0].quotes[0].start = '3';
      },
      '$.events[0].accounts[0].quotes[0].start',
    ],
    [
      'an entity’s aliases',
      (d: Record<string, any>): void => {
        d.entities[0].aliases = 'x';
      },
      '$.entities[0].aliases',
    ],
    [
      'a source’s publication date',
      (d: Record<string, any>): void => {
        d.sources[0].published = 7;
      },
      '$.sources[0].published',
    ],
    ['the draft’s own notes', (d: Record<string, any>) => (d.newEvents = [1]), '$.newEvents[0]'],
  ] as const)('refuses a draft with %s of the wrong type, saying where', (_, spoil, where) => {
    const base: Record<string, any> = miniDataset();
    spoil(base);
    const read = readDraft(base);
    expect(read.ok ? '' : read.reason).toContain(where);
    const r = readSaved({ version: 4, revision: 1, base, done: [], undone: [] });
    expect(r.ok ? '' : r.reason).toContain(where);
  });

  it.each([
    [
      'a quote’s offsets as text',
      { type: 'attach-quote', event: 'e', source: 's', start: '0', end: 4 },
      '$.start',
    ],
    [
      'a claim moved to a place that is no number',
      { type: 'move-claim', event: 'e', claim: 'c', to: 'top' },
      '$.to',
    ],
    ['an article’s fields as null', { type: 'set-article', source: 's', fields: null }, '$.fields'],
    [
      'a term of no colour of the palette',
      { type: 'add-term', vocabulary: 'kinds', id: 'k', name: { ar: 'ك', en: 'K' }, colour: 'plaid' },
      '$.colour',
    ],
    [
      'a bad change inside a batch',
      { type: 'batch', commands: [{ type: 'remove-event', event: 3 }] },
      '$.commands[0].event',
    ],
  ] as const)('refuses a change with %s before replaying anything, saying where', (_, change, where) => {
    const r = readSaved({ version: 4, revision: 1, base: miniDataset(), done: [change], undone: [] });
    expect(r.ok ? '' : r.reason).toContain(`not of its type’s shape (${where}`);
  });
});
