/**
 * Keeping the draft in the browser's own storage (IndexedDB, through `idb`). Each change is written as
 * it happens; writes are queued so the last one always lands last. A write that fails (storage blocked,
 * full or missing) is reported to the caller, which tells the person and offers an export: nothing is
 * lost without a word.
 *
 * Every record carries a revision (`saved.ts`), and a write lands only on the revision it follows, in
 * one transaction: a second tab that saved in between is detected (`DraftConflict`), never overwritten
 * silently. A record that cannot be opened is kept under a key of its own before anything else is
 * written.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { SavedHistory } from './history';
import { revisionOf, SAVED_VERSION, type SavedRecord } from './saved';

export interface DraftStore {
  /** The stored record as it is (it may be anything), or null. */
  load(): Promise<unknown>;
  /**
   * Writes `record` if the stored record's revision is `record.revision - 1` (nothing stored counts
   * as revision 0), else rejects with a `DraftConflict` and writes nothing.
   */
  save(record: SavedRecord): Promise<void>;
  /** Keeps `value` under a key of its own (never overwritten by `save`); resolves to that key. */
  keep?(value: unknown, label: string): Promise<string>;
  /** Every record `keep` kept, with its key (`<label>-<ISO time>`), in no particular order. */
  kept?(): Promise<readonly KeptRecord[]>;
}

/** A record set aside by `keep`, as stored. */
export interface KeptRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The stored draft was saved by another tab or window since this one last read or wrote it. */
export class DraftConflict extends Error {
  constructor(readonly stored: number) {
    super('the draft was changed in another tab or window');
  }
}

const DB = 'riwayat-author';
const STORE = 'drafts';
const KEY = 'current';

/** The draft store over IndexedDB; a browser without it gets a store whose every call fails. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  if (factory === undefined) {
    const missing = (): Promise<never> => Promise.reject(new Error('IndexedDB is not available'));
    return { load: missing, save: missing, keep: missing, kept: missing };
  }
  // Opened lazily inside a promise: a browser that throws at once (an opaque origin) rejects here too.
  let opened: Promise<IDBPDatabase> | null = null;
  const db = (): Promise<IDBPDatabase> =>
    (opened ??= (async () =>
      openDB(DB, 1, {
        upgrade(database) {
          database.createObjectStore(STORE);
        },
      }))());
  return {
    async load() {
      return ((await (await db()).get(STORE, KEY)) as unknown) ?? null;
    },
    async save(record) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      const stored: unknown = await tx.store.get(KEY);
      const revision = stored === undefined ? 0 : revisionOf(stored);
      if (revision !== record.revision - 1) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new DraftConflict(revision);
      }
      await tx.store.put(record, KEY);
      await tx.done;
    },
    async keep(value, label) {
      const key = `${label}-${new Date().toISOString()}`;
      await (await db()).put(STORE, value, key);
      return key;
    },
    async kept() {
      const tx = (await db()).transaction(STORE);
      const out: KeptRecord[] = [];
      for (let c = await tx.store.openCursor(); c !== null; c = await c.continue())
        if (c.key !== KEY) out.push({ key: String(c.key), value: c.value as unknown });
      return out;
    },
  };
}

export type SaveStatus =
  | { readonly state: 'saved' | 'saving' }
  | { readonly state: 'failed'; readonly error: string }
  /** Another tab or window saved the draft since this one read it; this tab's changes are not saved. */
  | { readonly state: 'conflict' };

export interface Saver {
  /** Queues the newest history (older unsaved ones are skipped, the newest always written). */
  save(h: SavedHistory): Promise<void>;
  /** The revision this tab's next write follows (after opening a record, or to write over another tab's). */
  follow(revision: number): void;
}

/** A saver over `store`, reporting each outcome through `onStatus`; `revision` is the one read. */
export function createSaver(store: DraftStore, onStatus: (status: SaveStatus) => void, revision = 0): Saver {
  let pending: SavedHistory | null = null;
  let running: Promise<void> | null = null;
  let current = revision;
  const drain = async (): Promise<void> => {
    while (pending !== null) {
      const h = pending;
      pending = null;
      const record: SavedRecord = { version: SAVED_VERSION, revision: current + 1, ...h };
      try {
        await store.save(record);
        current = record.revision;
        if (pending === null) onStatus({ state: 'saved' });
      } catch (e) {
        if (e instanceof DraftConflict) onStatus({ state: 'conflict' });
        else onStatus({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
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
    follow(r) {
      current = r;
    },
  };
}
