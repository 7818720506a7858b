import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  datasetOf,
  readDraft,
  readSaved,
  rejectedFor,
  renameEvent,
  run,
  startHistory,
  toSaved,
  undo,
  type Command,
  type Draft,
} from '../../src/author';
import { miniDataset } from '../fixtures/mini-dataset';

const base: Draft = miniDataset();
const event = base.events[0]!.id;
const reject = (rejected: boolean, ev: string = event, source = 'src-a'): Command => ({
  type: 'reject-suggestion',
  event: ev,
  source,
  rejected,
});

describe('a rejected suggestion, kept in the draft', () => {
  it('is rejected for its article only, and restored by the command or by Undo', () => {
    const h = run(startHistory(base), reject(true));
    expect([...rejectedFor(h.present, 'src-a')]).toEqual([event]);
    expect(rejectedFor(h.present, 'src-b').size).toBe(0);
    expect(rejectedFor(applyCommand(h.present, reject(false)), 'src-a').size).toBe(0);
    expect(rejectedFor(undo(h).present, 'src-a').size).toBe(0);
  });

  it('stays rejected after a reload: the saved record reads back with it, and its Undo', () => {
    const h = run(startHistory(base), reject(true));
    const read = readSaved(structuredClone({ version: 5, revision: 1, ...toSaved(h) }));
    expect(read.ok && [...rejectedFor(read.history.present, 'src-a')]).toEqual([event]);
    expect(read.ok && rejectedFor(undo(read.history).present, 'src-a').size).toBe(0);
  });

  it('names nothing that is not in the draft, and changes nothing when said twice', () => {
    expect(applyCommand(base, reject(true, 'no-such-event'))).toBe(base);
    expect(applyCommand(base, reject(true, event, 'no-such-source'))).toBe(base);
    const once = applyCommand(base, reject(true));
    expect(applyCommand(once, reject(true))).toBe(once);
  });

  it('follows its event when the event is renamed, and goes with the event or the article', () => {
    const once = applyCommand(base, reject(true));
    expect([...rejectedFor(renameEvent(once, event, 'renamed-event'), 'src-a')]).toEqual(['renamed-event']);
    expect(applyCommand(once, { type: 'remove-event', event }).rejectedSuggestions).toEqual([]);
    expect(applyCommand(once, { type: 'remove-article', source: 'src-a' }).rejectedSuggestions).toEqual([]);
  });

  it('is the workbench’s own note: never exported', () => {
    const once = applyCommand(base, reject(true));
    expect('rejectedSuggestions' in datasetOf(once)).toBe(false);
  });

  it('is read back only as a list of text: a draft holding anything else is refused, saying where', () => {
    const bad = readDraft({ ...base, rejectedSuggestions: [3] });
    expect(bad.ok ? '' : bad.reason).toMatch(/rejectedSuggestions/);
    expect(readDraft({ ...base, rejectedSuggestions: 'x' }).ok).toBe(false);
    expect(readDraft({ ...base, rejectedSuggestions: [`${event} src-a`] }).ok).toBe(true);
  });
});
