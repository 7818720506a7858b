/**
 * The workbench's draft over its store: opened once (a record this version cannot replay is set aside
 * and a fresh draft started, never overwritten), saved after each change, and watched for a second
 * tab (a save elsewhere is announced on a BroadcastChannel, and a write over it is refused by the
 * store's revision check). "Start again" keeps the previous draft to restore; every draft kept aside
 * is listed from the store (`author/kept.ts`), after a reload too, and restoring one is one undo step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  canRedoStep,
  canUndoStep,
  createSaver,
  keptDrafts,
  keptRecord,
  NEW_STORY,
  redoStep,
  readSaved,
  revisionOf,
  startHistory,
  toSaved,
  undoStep,
  type DraftStore,
  type History,
  type KeptDraft,
  type SaveStatus,
  type Step,
  type Swap,
} from '../author';
import type { Dataset } from '../domain';

/** A stored record this version could not open: what it held, why, and whether it was set aside. */
export interface Unreadable {
  readonly raw: unknown;
  readonly reason: string;
  readonly kept: boolean;
}

export interface DraftState {
  readonly history: History | null;
  readonly save: SaveStatus;
  readonly unreadable: Unreadable | null;
  /** The draft "Start again" replaced, while nothing is done in the new one (the banner's offer). */
  readonly previous: History | null;
  /** Every draft kept aside in this browser that this version can open, newest first. */
  readonly kept: readonly KeptDraft[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  change(f: (h: History) => History): void;
  /** Undo and redo, a restore counting as one step. */
  undo(): void;
  redo(): void;
  restart(next: History): void;
  restorePrevious(): void;
  /** Opens a kept draft in place of this one (kept aside in its turn when anything was done in it). */
  restoreKept(key: string): void;
  /** After a conflict: set this tab's draft aside and open the one saved elsewhere. */
  reload(): void;
  /** After a conflict: write this tab's draft over the one saved elsewhere (that one is set aside). */
  overwrite(): void;
}

const CHANNEL = 'riwayat-author';
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The kept drafts as `drafts` holds them now; a store that cannot list them lists none. */
async function keptIn(drafts: DraftStore): Promise<readonly KeptDraft[]> {
  try {
    return keptDrafts((await drafts.kept?.()) ?? []);
  } catch {
    return [];
  }
}

export function useDraft(drafts: DraftStore, dataset: Dataset | null): DraftState {
  const [history, setHistory] = useState<History | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const [unreadable, setUnreadable] = useState<Unreadable | null>(null);
  const [previous, setPrevious] = useState<History | null>(null);
  const [kept, setKept] = useState<readonly KeptDraft[]>([]);
  // The last restore, while it can be undone or redone (read in callbacks, so a ref).
  const swap = useRef<Swap | null>(null);
  const [opening, setOpening] = useState(0);
  const current = useRef<History | null>(null);
  // Set when the stored record could not be opened nor set aside: then nothing may overwrite it.
  const frozen = useRef(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const saver = useMemo(
    () =>
      createSaver(drafts, (s) => {
        setSave(s);
        if (s.state === 'saved') channel.current?.postMessage('saved');
      }),
    [drafts],
  );

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const c = new BroadcastChannel(CHANNEL);
    c.onmessage = () => setSave({ state: 'conflict' });
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);

  // The saved draft, if it can be opened; else a new one from the dataset on screen.
  useEffect(() => {
    let live = true;
    const start = (h: History): void => {
      if (!live) return;
      current.current = h;
      setHistory(h);
    };
    const fresh = (): History => startHistory(dataset ?? NEW_STORY);
    // After a reload right after "Start again", the banner offers the draft it replaced again.
    const listKept = async (opened: History): Promise<void> => {
      const list = await keptIn(drafts);
      if (!live) return;
      setKept(list);
      const newest = list[0];
      if (opened.done.length === 0 && newest?.reason === 'before-restart' && current.current === opened)
        setPrevious(newest.history);
    };
    void (async () => {
      let raw: unknown;
      try {
        raw = await drafts.load();
      } catch (e) {
        if (live) setSave({ state: 'failed', error: message(e) });
        return start(fresh());
      }
      if (raw === null || raw === undefined) return start(fresh());
      const read = readSaved(raw);
      if (read.ok) {
        saver.follow(read.revision);
        start(read.history);
        return listKept(read.history);
      }
      let kept: boolean;
      try {
        kept = drafts.keep !== undefined && (await drafts.keep(raw, 'unreadable')) !== '';
      } catch {
        kept = false;
      }
      frozen.current = !kept;
      saver.follow(revisionOf(raw));
      if (!live) return;
      setUnreadable({ raw, reason: read.reason, kept });
      if (!kept) setSave({ state: 'failed', error: read.reason });
      start(fresh());
    })();
    return () => {
      live = false;
    };
    // The draft is opened once (and again on "open the draft saved there"); the dataset it starts
    // from is the one on screen at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts, opening]);

  const change = useCallback(
    (f: (h: History) => History) => {
      const h = current.current;
      if (h === null) return;
      const next = f(h);
      if (next === h) return;
      current.current = next;
      setHistory(next);
      if (!frozen.current) void saver.save(toSaved(next));
    },
    [saver],
  );
  const keep = useCallback(
    async (value: unknown, label: string): Promise<unknown> => {
      const key = await (drafts.keep?.(value, label).catch(() => undefined) ?? Promise.resolve());
      setKept(await keptIn(drafts));
      return key;
    },
    [drafts],
  );
  const step = useCallback(
    (f: (h: History, s: Swap | null) => Step) =>
      change((h) => {
        const next = f(h, swap.current);
        swap.current = next.swap;
        return next.history;
      }),
    [change],
  );
  const restore = (h: History): void => {
    const now = current.current;
    if (now === null || now === h) return;
    // The draft it replaces is kept when anything was done in it, and the restore is one undo step.
    if (now.done.length > 0) void keep(keptRecord(now), 'before-restore');
    setPrevious(null);
    change(() => h);
    swap.current = { before: now, after: h, undone: false };
  };

  return {
    history,
    save,
    unreadable,
    previous,
    kept,
    canUndo: history !== null && canUndoStep(history, swap.current),
    canRedo: history !== null && canRedoStep(history, swap.current),
    change,
    undo: () => step(undoStep),
    redo: () => step(redoStep),
    restart(next) {
      const h = current.current;
      if (h === null) return;
      // Kept before it is replaced: the new draft's save never lands ahead of the old one's keeping.
      void keep(keptRecord(h), 'before-restart').then(() => {
        if (current.current !== h) return;
        setPrevious(h);
        swap.current = null;
        change(() => next);
      });
    },
    restorePrevious() {
      if (previous !== null) restore(previous);
    },
    restoreKept(key) {
      const k = kept.find((d) => d.key === key);
      if (k !== undefined) restore(k.history);
    },
    reload() {
      const h = current.current;
      void (async () => {
        if (h !== null) await keep(keptRecord(h), 'other-tab');
        setSave({ state: 'saved' });
        setPrevious(null);
        setOpening((n) => n + 1);
      })();
    },
    overwrite() {
      const h = current.current;
      if (h === null) return;
      void (async () => {
        try {
          const raw = await drafts.load();
          if (raw !== null && raw !== undefined) await keep(raw, 'replaced');
          saver.follow(revisionOf(raw));
        } catch (e) {
          setSave({ state: 'failed', error: message(e) });
          return;
        }
        await saver.save(toSaved(h));
      })();
    },
  };
}
