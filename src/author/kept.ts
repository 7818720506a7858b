/**
 * The drafts kept aside in this browser ("Start again" keeps the one it replaces, a restore keeps the
 * one it replaces, a second tab keeps its own before it opens the other's), listed so that any of them
 * can be opened again after a reload: each read as a saved draft is (`saved.ts`, never trusted), with
 * what a person knows it by (when and why it was kept, its title, how much it holds).
 *
 * Restoring one is a single step of undo: `undoStep` and `redoStep` swap the draft back and forth
 * while neither has been changed since.
 */
import type { Bilingual } from '../domain';
import { redo, toSaved, undo, type History } from './history';
import type { KeptRecord } from './persist';
import { readSaved, SAVED_VERSION } from './saved';

/** Why a draft was kept; a record kept for another reason (an unreadable one) is not listed. */
export type KeptReason = 'before-restart' | 'before-restore' | 'other-tab' | 'replaced';

export interface KeptDraft {
  readonly key: string;
  readonly reason: KeptReason;
  /** When it was kept, in milliseconds since the epoch. */
  readonly at: number;
  readonly history: History;
  readonly title: Bilingual;
  readonly articles: number;
  readonly events: number;
  readonly quotes: number;
}

const KEY =
  /^(before-restart|before-restore|other-tab|replaced)-(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;

/** What `keep` stores for a history: a record of this version, so that it reads back as one. */
export const keptRecord = (h: History): object => ({ version: SAVED_VERSION, revision: 0, ...toSaved(h) });

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The kept drafts this version can open, newest first; of drafts kept twice with the same content,
 * the newest. A record kept without a version (as drafts were kept before they carried one) was
 * written by a build whose changes this one knows, and is read as this version's.
 */
export function keptDrafts(records: readonly KeptRecord[]): KeptDraft[] {
  const out: KeptDraft[] = [];
  const seen = new Set<string>();
  const listed = records
    .map((r) => ({ r, m: KEY.exec(r.key) }))
    .filter((x): x is { r: KeptRecord; m: RegExpExecArray } => x.m !== null)
    .map(({ r, m }) => ({ r, reason: m[1] as KeptReason, at: Date.parse(m[2] ?? '') }))
    .sort((a, b) => b.at - a.at || (a.r.key < b.r.key ? 1 : -1));
  for (const { r, reason, at } of listed) {
    const value =
      isObj(r.value) && r.value['version'] === undefined ? { ...r.value, version: SAVED_VERSION } : r.value;
    const read = readSaved(value);
    if (!read.ok) continue;
    const same = JSON.stringify(toSaved(read.history));
    if (seen.has(same)) continue;
    seen.add(same);
    const d = read.history.present;
    out.push({
      key: r.key,
      reason,
      at,
      history: read.history,
      title: d.title,
      articles: d.sources.length,
      events: d.events.length,
      quotes: d.events.reduce((n, e) => n + e.accounts.reduce((m, a) => m + a.quotes.length, 0), 0),
    });
  }
  return out;
}

/** A restore, while it can be undone (`undone` false) or redone (`undone` true). */
export interface Swap {
  readonly before: History;
  readonly after: History;
  readonly undone: boolean;
}

export interface Step {
  readonly history: History;
  readonly swap: Swap | null;
}

/** Undo: the restore itself while the restored draft is unchanged, else the draft's last change. */
export function undoStep(h: History, s: Swap | null): Step {
  if (s !== null && !s.undone && h === s.after) return { history: s.before, swap: { ...s, undone: true } };
  return { history: undo(h), swap: s };
}

/** Redo: the restore again while the draft it replaced is unchanged, else the draft's next change. */
export function redoStep(h: History, s: Swap | null): Step {
  if (s !== null && s.undone && h === s.before) return { history: s.after, swap: { ...s, undone: false } };
  return { history: redo(h), swap: s };
}

export const canUndoStep = (h: History, s: Swap | null): boolean =>
  h.done.length > 0 || (s !== null && !s.undone && h === s.after);

export const canRedoStep = (h: History, s: Swap | null): boolean =>
  h.undone.length > 0 || (s !== null && s.undone && h === s.before);
