import { readUrl, sameWindow, viewFromUrl, writeUrl, type Store, type ViewState } from '../state';

/**
 * Keeps the address bar and the view in step. A new selection (event, source or claim) is a history
 * entry, so Back returns to the previous one; moving the window or switching language replaces the current entry.
 */
export function syncUrl(store: Store<ViewState>, win: Window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean): void => {
    const search = writeUrl(win.location.search, store.get());
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const focus = (v: ViewState): string => `${v.eventId}|${v.sourceId}|${v.claimId}`;
    if (focus(state) !== focus(previous)) {
      clearTimeout(timer);
      write(true);
    } else {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), 200);
    }
  });
  const onPop = (): void => {
    const u = readUrl(win.location.search);
    const current = store.get();
    store.set({
      ...viewFromUrl(u),
      ...(u.lang !== undefined ? { lang: u.lang } : {}),
      ...(u.window !== undefined && !sameWindow(u.window, current.window) ? { window: u.window } : {}),
    });
  };
  win.addEventListener('popstate', onPop);
  write(false);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
