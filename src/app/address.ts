/**
 * The one owner of the address bar: the only module that calls `history.pushState`/`replaceState` and
 * listens to `popstate` (ESLint keeps every other module off them). Everything else reads and changes
 * the address through it, one parameter at a time, with the codecs of `state/address.ts`: the view's
 * parameters, the presentation's `step=` among them (`url-sync.ts`), `data=` (`datasets.ts`), `author=`
 * (`Root.tsx`), the presentation's role and the presenter's window link (`presentation.ts`) and
 * `briefing=` for the deck files (`deck-export.ts`).
 */
import { readAddress, writeParams, type AddressPatch, type AddressValues } from '../state';

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
}

export function createAddress(win: Window): Address {
  const listeners = new Set<() => void>();
  const onPop = (): void => {
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
      if (options.push === true) win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    },
    link,
    go: (delta) => win.history.go(delta),
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('popstate', onPop);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', onPop);
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
