import { describe, expect, it } from 'vitest';
import {
  canRedoStep,
  canUndoStep,
  keptDrafts,
  keptRecord,
  NEW_STORY,
  redoStep,
  run,
  startHistory,
  toSaved,
  undoStep,
  type Command,
} from '../../src/author';
import { miniDataset } from '../fixtures/mini-dataset';

const add: Command = { type: 'add-article', text: 'مقال محفوظ مهم' };
const title: Command = { type: 'set-title', title: { ar: 'زلزال أفغانستان', en: 'The Afghan earthquake' } };
const worked = run(run(startHistory(miniDataset()), add), title);

describe('the drafts kept aside, listed after a reload', () => {
  it('lists each readable draft newest first, with why and when it was kept and how much it holds', () => {
    const empty = startHistory(NEW_STORY);
    const list = keptDrafts([
      { key: 'before-restart-2026-12-07T22:10:00.000Z', value: keptRecord(worked) },
      { key: 'before-restore-2026-12-07T22:20:05.123Z', value: keptRecord(run(empty, add)) },
      { key: 'unreadable-2026-12-07T22:30:00.000Z', value: keptRecord(worked) },
      { key: 'other-tab-2026-12-07T22:25:00.000Z', value: { base: {}, done: [], undone: [] } },
    ]);
    expect(list.map((k) => [k.reason, new Date(k.at).toISOString()])).toEqual([
      ['before-restore', '2026-12-07T22:20:05.123Z'],
      ['before-restart', '2026-12-07T22:10:00.000Z'],
    ]);
    const mini = miniDataset();
    const quotes = mini.events.reduce((n, e) => n + e.accounts.reduce((m, a) => m + a.quotes.length, 0), 0);
    expect(list[1]).toMatchObject({
      title: { en: 'The Afghan earthquake' },
      articles: mini.sources.length + 1,
      events: mini.events.length,
      quotes,
    });
    expect(list[0]).toMatchObject({ articles: 1, events: 0, quotes: 0 });
    expect(list[1]?.history.present).toEqual(worked.present);
  });

  it('reads a draft kept without a version (as they were kept before) with every change this version knows', () => {
    const [k] = keptDrafts([{ key: 'before-restart-2026-12-07T22:10:00.000Z', value: toSaved(worked) }]);
    expect(k?.history.done).toHaveLength(2);
  });

  it('lists a draft kept twice with the same content once, the newer', () => {
    const list = keptDrafts([
      { key: 'before-restart-2026-12-07T22:10:00.000Z', value: keptRecord(worked) },
      { key: 'before-restore-2026-12-07T22:11:00.000Z', value: keptRecord(worked) },
    ]);
    expect(list.map((k) => k.reason)).toEqual(['before-restore']);
  });
});

describe('a restore is one step of undo', () => {
  const now = run(startHistory(NEW_STORY), add);
  const swap = { before: now, after: worked, undone: false };

  it('undoes the restore while the restored draft is unchanged, and redoes it', () => {
    expect(canUndoStep(worked, swap)).toBe(true);
    const back = undoStep(worked, swap);
    expect(back.history).toBe(now);
    expect(canRedoStep(back.history, back.swap)).toBe(true);
    const again = redoStep(back.history, back.swap);
    expect(again.history).toBe(worked);
    expect(again.swap?.undone).toBe(false);
  });

  it('undoes the draft’s own change once something was done after the restore', () => {
    const changed = run(worked, { type: 'add-article', text: 'مقال آخر' });
    const step = undoStep(changed, swap);
    expect(step.history.present).toEqual(worked.present);
    expect(step.history).not.toBe(now);
  });
});
