/**
 * Undo and redo over the command history: the draft is its base with the commands done so far applied
 * in order. Undo drops the last command (replaying the rest from the base); redo applies it again. A
 * command that changes nothing is not recorded. The whole history is plain data, saved as it is.
 */
import { applyCommand, type Command } from './commands';
import type { Draft } from './draft';

export interface History {
  /** What the draft started from: an empty draft, or a dataset opened to extend it. */
  readonly base: Draft;
  readonly done: readonly Command[];
  /** Undone commands, the next to redo first. */
  readonly undone: readonly Command[];
  readonly present: Draft;
}

export const startHistory = (base: Draft): History => ({ base, done: [], undone: [], present: base });

export function run(h: History, command: Command): History {
  const present = applyCommand(h.present, command);
  if (present === h.present) return h;
  return { ...h, done: [...h.done, command], undone: [], present };
}

export function undo(h: History): History {
  const last = h.done[h.done.length - 1];
  if (last === undefined) return h;
  const done = h.done.slice(0, -1);
  return { ...h, done, undone: [last, ...h.undone], present: done.reduce(applyCommand, h.base) };
}

export function redo(h: History): History {
  const [next, ...rest] = h.undone;
  if (next === undefined) return h;
  return { ...h, done: [...h.done, next], undone: rest, present: applyCommand(h.present, next) };
}

/** The history as saved: the present is derived from the rest. */
export interface SavedHistory {
  readonly base: Draft;
  readonly done: readonly Command[];
  readonly undone: readonly Command[];
}

export const toSaved = ({ base, done, undone }: History): SavedHistory => ({ base, done, undone });

export const fromSaved = (s: SavedHistory): History => ({
  ...s,
  present: s.done.reduce(applyCommand, s.base),
});
