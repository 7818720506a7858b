/**
 * Keeping the draft in the browser's own storage (IndexedDB, through `idb`). Each change is written as
 * it happens; writes are queued so the last one always lands last. A write that fails (storage blocked,
 * full or missing) is reported to the caller, which tells the person and offers an export: nothing is
 * lost without a word.
 */
import { openDB } from 'idb';
import type { SavedHistory } from './history';

export interface DraftStore {
  load(): Promise<SavedHistory | null>;
  save(history: SavedHistory): Promise<void>;
}

const DB = 'riwayat-author';
const STORE = 'drafts';
const KEY = 'current';

/** The draft store over IndexedDB; a browser without it gets a store whose every call fails. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  if (factory === undefined) {
    const missing = (): Promise<never> => Promise.reject(new Error('IndexedDB is not available'));
    return { load: missing, save: missing };
  }
  // `openDB` uses the global indexedDB; a blocked or private browser rejects here.
  const db = openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return {
    async load() {
      const value: unknown = await (await db).get(STORE, KEY);
      return isSaved(value) ? value : null;
    },
    async save(history) {
      await (await db).put(STORE, history, KEY);
    },
  };
}

function isSaved(v: unknown): v is SavedHistory {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o['base'] === 'object' && Array.isArray(o['done']) && Array.isArray(o['undone']);
}

export type SaveStatus =
  { readonly state: 'saved' | 'saving' } | { readonly state: 'failed'; readonly error: string };

/**
 * A saver: `save(h)` queues the newest history (older unsaved ones are skipped, the newest always
 * written) and reports each outcome through `onStatus`.
 */
export function createSaver(
  store: DraftStore,
  onStatus: (status: SaveStatus) => void,
): { save(h: SavedHistory): Promise<void> } {
  let pending: SavedHistory | null = null;
  let running: Promise<void> | null = null;
  const drain = async (): Promise<void> => {
    while (pending !== null) {
      const h = pending;
      pending = null;
      try {
        await store.save(h);
        if (pending === null) onStatus({ state: 'saved' });
      } catch (e) {
        onStatus({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
      }
    }
    running = null;
  };
  return {
    save(h) {
      pending = h;
      onStatus({ state: 'saving' });
      running ??= drain();
      return running;
    },
  };
}
