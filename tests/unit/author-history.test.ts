import { describe, expect, it } from 'vitest';
import {
  createSaver,
  EMPTY_DRAFT,
  fromSaved,
  redo,
  run,
  startHistory,
  toSaved,
  undo,
  type DraftStore,
  type SavedHistory,
  type SaveStatus,
} from '../../src/author';

const add = (text: string) => ({ type: 'add-article' as const, text });

describe('undo and redo', () => {
  it('undoes and redoes commands in order; a new command clears what was undone', () => {
    let h = startHistory(EMPTY_DRAFT);
    h = run(run(h, add('أ')), add('ب'));
    expect(h.present.sources.map((s) => s.text)).toEqual(['أ', 'ب']);
    h = undo(h);
    expect(h.present.sources.map((s) => s.text)).toEqual(['أ']);
    h = redo(h);
    expect(h.present.sources.map((s) => s.text)).toEqual(['أ', 'ب']);
    h = run(undo(undo(h)), add('ج'));
    expect(h.present.sources.map((s) => s.text)).toEqual(['ج']);
    expect(redo(h)).toBe(h);
    expect(undo(undo(h)).present).toBe(EMPTY_DRAFT);
  });

  it('undoes twice and redoes twice: the older undone command comes back first, then the newer', () => {
    const texts = (h: ReturnType<typeof startHistory>): string[] => h.present.sources.map((s) => s.text);
    let h = run(run(run(startHistory(EMPTY_DRAFT), add('أ')), add('ب')), add('ج'));
    h = undo(h);
    expect(texts(h)).toEqual(['أ', 'ب']);
    h = undo(h);
    expect(texts(h)).toEqual(['أ']);
    expect(h.undone.map((c) => ('text' in c ? c.text : ''))).toEqual(['ب', 'ج']);
    h = redo(h);
    expect(texts(h)).toEqual(['أ', 'ب']);
    h = redo(h);
    expect(texts(h)).toEqual(['أ', 'ب', 'ج']);
    // Nothing is left to redo, and the history is as before the two undos.
    expect(redo(h)).toBe(h);
    expect(h.done.map((c) => ('text' in c ? c.text : ''))).toEqual(['أ', 'ب', 'ج']);
    expect(h.undone).toEqual([]);
  });

  it('records nothing for a command that changes nothing', () => {
    const h = startHistory(EMPTY_DRAFT);
    expect(run(h, { type: 'remove-event', event: 'none' })).toBe(h);
  });

  it('rebuilds the same draft and history from what is saved', () => {
    const h = undo(run(run(startHistory(EMPTY_DRAFT), add('أ')), add('ب')));
    const back = fromSaved(structuredClone(toSaved(h)));
    expect(back.present).toEqual(h.present);
    expect(redo(back).present.sources).toHaveLength(2);
  });
});

describe('saving', () => {
  const memory = (fail: () => Error | null): DraftStore & { saved: SavedHistory[] } => {
    const saved: SavedHistory[] = [];
    return {
      saved,
      load: async () => saved.at(-1) ?? null,
      save: async (h) => {
        const e = fail();
        if (e !== null) throw e;
        saved.push(h);
      },
    };
  };

  it('writes every change, the newest last, and says it is saved', async () => {
    const store = memory(() => null);
    const statuses: SaveStatus[] = [];
    const saver = createSaver(store, (s) => statuses.push(s));
    const h1 = toSaved(run(startHistory(EMPTY_DRAFT), add('أ')));
    const h2 = toSaved(run(fromSaved(h1), add('ب')));
    void saver.save(h1);
    await saver.save(h2);
    expect(store.saved.at(-1)).toEqual({ version: 5, revision: 2, ...h2 });
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('reports a failing store (full or blocked) instead of losing the change silently', async () => {
    const store = memory(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const statuses: SaveStatus[] = [];
    const saver = createSaver(store, (s) => statuses.push(s));
    await saver.save(toSaved(startHistory(EMPTY_DRAFT)));
    expect(statuses.at(-1)).toEqual({ state: 'failed', error: 'The quota has been exceeded.' });
    expect(store.saved).toEqual([]);
  });
});
