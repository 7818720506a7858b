import {
  entryChange,
  modeAfterStep,
  readUrl,
  sameWindow,
  viewFromUrl,
  viewPatch,
  type AddressPatch,
  type Store,
  type ViewState,
} from '../state';
import { readLinkFrom } from '../view/share';
import type { Address } from './address';

/**
 * Keeps the address bar and the view in step, through the address's one owner. A new selection (event,
 * source or claim), or the workbench opened from the view, is a history entry, so Back returns to the
 * previous one; a presentation's step, or leaving the workbench, replaces the current entry at once;
 * moving the window or switching language replaces it a moment later.
 *
 * The language is the reader's preference, not a place: it is in the address so that a link opens in
 * it, but Back and Forward keep the language the reader now reads, and the entry they reach is written
 * again to say so (an entry written before a switch names the old language).
 */
// A change made inside `replacingEntry` rewrites the current entry instead of adding one.
let replacing = false;

/**
 * Runs `change` (a write to the store) so that what it changes replaces the address's current entry:
 * a phone's source tabs are browsing within the event, not a new place for Back to step through.
 */
export function replacingEntry(change: () => void): void {
  replacing = true;
  try {
    change();
  } finally {
    replacing = false;
  }
}

export function syncUrl(store: Store<ViewState>, address: Address): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // While Back or Forward writes the address into the store, a changed selection is not a new entry.
  let moving = false;
  const patch = (): AddressPatch => viewPatch(address.search(), store.get());
  const write = (push: boolean): void => address.update(patch(), { push });
  // The link Share and Copy link give is the view's now, not the address's, which may be a moment behind.
  readLinkFrom(() => address.link(patch()));
  const unsubscribe = store.subscribe((state, previous) => {
    // Which changes are a new entry is `entryChange`'s to say (state/url.ts).
    const change = entryChange(state, previous);
    clearTimeout(timer);
    if (change === 'later') timer = setTimeout(() => write(false), 200);
    else write(change === 'push' && !moving && !replacing);
  });
  const unlisten = address.subscribe(() => {
    const u = readUrl(address.search());
    const current = store.get();
    moving = true;
    try {
      store.set({
        ...viewFromUrl(u),
        // The workbench opens and closes as the entry says; a preview on screen stays (`modeAfterStep`).
        mode: modeAfterStep(u.mode === 'author', current.mode),
        ...(u.window !== undefined && !sameWindow(u.window, current.window) ? { window: u.window } : {}),
      });
    } finally {
      moving = false;
    }
    // The entry reached now says the language read (and nothing else of it changes).
    if (u.lang !== undefined && u.lang !== current.lang) {
      clearTimeout(timer);
      write(false);
    }
  });
  write(false);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    unlisten();
  };
}
