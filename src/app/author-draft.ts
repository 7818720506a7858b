/**
 * The workbench's draft over its store: opened once (a record this version cannot replay is set aside
 * and a fresh draft started, never overwritten), saved after each change, and watched for a second
 * tab (a save elsewhere is announced on a BroadcastChannel, and a write over it is refused by the
 * store's revision check). "Start again" keeps the previous draft to restore.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createSaver,
  NEW_STORY,
  readSaved,
  revisionOf,
  startHistory,
  toSaved,
  type DraftStore,
  type History,
  type SaveStatus,
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
  /** The draft "Start again" replaced, while it can be restored. */
  readonly previous: History | null;
  change(f: (h: History) => History): void;
  restart(next: History): void;
  restorePrevious(): void;
  /** After a conflict: set this tab's draft aside and open the one saved elsewhere. */
  reload(): void;
  /** After a conflict: write this tab's draft over the one saved elsewhere (that one is set aside). */
  overwrite(): void;
}

const CHANNEL = 'riwayat-author';
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useDraft(drafts: DraftStore, dataset: Dataset | null): DraftState {
  const [history, setHistory] = useState<History | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const [unreadable, setUnreadable] = useState<Unreadable | null>(null);
  const [previous, setPrevious] = useState<History | null>(null);
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
        return start(read.history);
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
    (value: unknown, label: string): Promise<unknown> =>
      drafts.keep?.(value, label).catch(() => undefined) ?? Promise.resolve(),
    [drafts],
  );

  return {
    history,
    save,
    unreadable,
    previous,
    change,
    restart(next) {
      const h = current.current;
      if (h === null) return;
      void keep(toSaved(h), 'before-restart');
      setPrevious(h);
      change(() => next);
    },
    restorePrevious() {
      if (previous === null) return;
      // The draft it replaces is kept in its place when anything was done in it: restoring twice
      // swaps back, so neither is lost.
      const h = current.current;
      setPrevious(h !== null && h.done.length > 0 ? h : null);
      change(() => previous);
    },
    reload() {
      const h = current.current;
      void (async () => {
        if (h !== null) await keep(toSaved(h), 'other-tab');
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
