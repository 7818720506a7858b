/**
 * What the page shows: the reader's view, the workbench, or the workbench's draft previewed as a reader
 * sees it. The view store holds it (`ViewState.mode`) and these pure commands change it; the address
 * carries only whether the workbench is open (`author=1`), read and written by `state/url.ts` like every
 * other parameter of the view, and `entryChange` there says which change of mode is a step in the history.
 */
import type { ViewState } from './view-state';

export type Mode = 'view' | 'author' | 'preview';

export type ModeCommand =
  /** The Dataset menu's "Author a dataset…", or the preview's way back to the draft. */
  | 'open-workbench'
  /** The workbench's draft put on screen as the view (only from the workbench). */
  | 'preview'
  /** The workbench's own Close, or an address asking for it where it is not offered (a corpus). */
  | 'close-workbench';

/** The mode after `command`, as a patch of the view (empty when nothing changes). */
export function runModeCommand(s: Pick<ViewState, 'mode'>, command: ModeCommand): Partial<ViewState> {
  const next: Mode =
    command === 'open-workbench'
      ? 'author'
      : command === 'close-workbench'
        ? 'view'
        : s.mode === 'author'
          ? 'preview'
          : s.mode;
  return next === s.mode ? {} : { mode: next };
}

/**
 * The mode after Back or Forward reached an entry: the workbench where the entry says so; leaving the
 * workbench where it does not, but a preview stays on screen (its entry, rewritten, no longer says
 * `author=1`, and the draft it shows is not in the address).
 */
export function modeAfterStep(asked: boolean, shown: Mode): Mode {
  if (asked) return 'author';
  return shown === 'author' ? 'view' : shown;
}

/** Whether going from `from` to `to` is a new history entry: opening the workbench from the view. */
export const opensWorkbench = (from: Mode, to: Mode): boolean => from === 'view' && to === 'author';
