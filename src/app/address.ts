/**
 * The one owner of the address bar: the only module that calls `history.pushState`/`replaceState` and
 * listens to `popstate` (ESLint keeps every other module off them). Everything else reads and changes
 * the address through it, one parameter at a time, with the codecs of `state/address.ts`: the view's
 * parameters, the presentation's `step=` and the workbench's `author=` among them (`url-sync.ts`, over
 * `state/url.ts`), `data=` (`datasets.ts`), "Where they diverge" as a link left it (`diverge-link.ts`),
 * the presenter's window link (`presentation.ts`; which window is which, `deckRoleIn` in `state/url.ts`).
 *
 * It is also the one ledger of the history entries the app wrote: each entry it pushes carries its place
 * (`at`: 0 for the page's first entry, one more for each entry pushed after it), whether the view's
 * (a new place, `url-sync.ts`) or a modal dialog's own (`overlay-entry.ts`). A Back or Forward is told
 * here alone, and read by the places it lands between, however many entries it jumps; the phone's event
 * view asks where it was opened from (`at`, `arrival`) instead of counting entries itself.
 */
import { readAddress, writeParams, type AddressPatch, type AddressValues } from '../state';
import { keepOverlayEntries } from '../view/overlay-entry';

export interface Address {
  /** Every parameter as its codec reads it. */
  read(): AddressValues;
  /** The query string as it stands (`''` or `?…`), for the view's own codec (`readUrl`/`writeUrl`). */
  search(): string;
  /**
   * Writes `patch` in, keeping every other parameter: a new history entry when `push`, else the current
   * entry is replaced. Nothing happens when the address would not change.
   */
  update(patch: AddressPatch, options?: { readonly push?: boolean }): void;
  /** This page's address with `patch` written in, not visited (e.g. the presenter's window). */
  link(patch: AddressPatch): string;
  /** Goes `delta` entries through the history (negative: back), as the browser's own buttons do. */
  go(delta: number): void;
  /** Calls `listener` after Back or Forward has changed the address; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The current entry's place in the history this page wrote (0: the entry the page was loaded in). */
  at(): number;
  /**
   * How the view's current entry was reached: `load`, the page's own address (a link, a reload);
   * `push`, a new entry the app wrote; `history`, Back or Forward.
   */
  arrival(): Arrival;
}

export type Arrival = 'load' | 'push' | 'history';

/** The place an entry's state holds (`at`), 0 for an entry the app did not push. */
function placeOf(state: unknown): number {
  if (typeof state !== 'object' || state === null || !('at' in state)) return 0;
  return typeof state.at === 'number' && Number.isInteger(state.at) && state.at >= 0 ? state.at : 0;
}

/**
 * What is open over the view and closes on Back before the view changes: a modal `<dialog>` (the
 * article, the shortcuts, an entity's profile), an open drop-down menu, or an expanded toggle marked
 * `data-back-closes` (the phone's Menu). Closes it; false when none is. What is behind a view that
 * covers the page (`inert`: a phone's event view over the Menu) is not seen, so Back is not spent on it.
 */
function closeOverlay(doc: Document): boolean {
  const seen = <T extends Element>(selector: string): T | undefined =>
    [...doc.querySelectorAll<T>(selector)].filter((el) => el.closest('[inert]') === null).at(-1);
  const top = seen<HTMLDialogElement>('dialog[open]');
  if (top !== undefined) {
    top.close();
    return true;
  }
  const menu = seen<HTMLDetailsElement>('details.menu[open]');
  if (menu !== undefined) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
    return true;
  }
  const toggle = seen<HTMLElement>('[data-back-closes][aria-expanded="true"]');
  toggle?.click();
  return toggle !== undefined;
}

export function createAddress(win: Window): Address {
  const listeners = new Set<() => void>();
  const here = (): string => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  // The entry shown, so that a Back which only closes an overlay can put it back.
  let shown = { url: here(), state: win.history.state as unknown };
  // The current entry's place, and how the view's entry was reached.
  let at = placeOf(win.history.state);
  let arrival: Arrival = 'load';
  // A modal dialog's own entries (the same address again, over the view's): how many are held, and how
  // many Backs the app took itself, closing a dialog by its own control, whose pops are its own.
  let held = 0;
  let taken = 0;
  // What the entry under a dialog closed by its own control must show when the Back the app took lands:
  // the address at the close, or what the app wrote while that Back was on its way (the briefing's
  // "Present" writes `briefing=` and `present=` as its dialog closes).
  let replay: { readonly url: string; readonly push: boolean } | null = null;
  const overlays = {
    opened(): number {
      held += 1;
      at += 1;
      win.history.pushState({ at, overlay: held }, '', here());
      return held;
    },
    closed(entry: number): void {
      if (entry < 1 || entry > held) return;
      held = entry - 1;
      taken += 1;
      // The view as it stands now (changed under the dialog, or by the control that closed it) is what
      // the entry under the dialog must show once the Back lands.
      replay = { url: here(), push: false };
      win.history.back();
    },
  };
  const onPop = (): void => {
    const was = at;
    at = placeOf(win.history.state);
    if (taken > 0) {
      taken -= 1;
      if (taken === 0 && replay !== null) {
        if (replay.push) {
          at += 1;
          win.history.pushState({ at }, '', replay.url);
        } else win.history.replaceState(win.history.state, '', replay.url);
        replay = null;
        shown = { url: here(), state: win.history.state as unknown };
      }
      return;
    }
    if (held > 0) {
      // Back over a dialog's own entries: the dialog closes. The view under it stays where it was, unless
      // the jump (from the browser's history menu) went past the entry the dialog opened over.
      const back = Math.max(1, was - at);
      closeOverlay(win.document);
      const past = back - held;
      held = Math.max(0, held - back);
      if (past <= 0) return;
    } else if (was - at === 1 && closeOverlay(win.document)) {
      // Back closed the overlay: the view under it stays, its entry written again (one Back more reaches
      // the entry before it, as it would have without the overlay).
      at = was;
      win.history.pushState(shown.state, '', shown.url);
      return;
    }
    shown = { url: here(), state: win.history.state as unknown };
    arrival = 'history';
    for (const l of [...listeners]) l();
  };
  const search = (): string => win.location.search;
  const link = (patch: AddressPatch): string =>
    `${win.location.pathname}${writeParams(search(), patch)}${win.location.hash}`;
  return {
    read: () => readAddress(search()),
    search,
    update(patch, options = {}) {
      if (writeParams(search(), patch) === search()) return;
      const url = link(patch);
      if (options.push === true) {
        at += 1;
        arrival = 'push';
        win.history.pushState({ at }, '', url);
      } else win.history.replaceState(win.history.state, '', url);
      shown = { url: here(), state: win.history.state as unknown };
      if (taken > 0) replay = { url, push: replay?.push === true || options.push === true };
    },
    link,
    go: (delta) => win.history.go(delta),
    at: () => at,
    arrival: () => arrival,
    subscribe(listener) {
      if (listeners.size === 0) {
        win.addEventListener('popstate', onPop);
        keepOverlayEntries(overlays);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          win.removeEventListener('popstate', onPop);
          keepOverlayEntries(null);
        }
      };
    },
  };
}

let shared: Address | undefined;

/** The page's address (created on first use, so modules that import this load outside a browser too). */
export function address(): Address {
  shared ??= createAddress(window);
  return shared;
}
