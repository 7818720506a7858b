import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Address } from '../../src/app/address';
import { replacingEntry, syncUrl } from '../../src/app/url-sync';
import { createStore, readAddress, writeParams, type ViewState } from '../../src/state';
import { viewState } from '../support/view-state';

/** An address bar in memory: its query string and every write, pushed or replaced. */
function memoryAddress(
  start: string,
): Address & { writes: { search: string; push: boolean }[]; back(to: string): void } {
  let search = start;
  const listeners = new Set<() => void>();
  const writes: { search: string; push: boolean }[] = [];
  return {
    writes,
    read: () => readAddress(search),
    search: () => search,
    update(patch, options = {}) {
      const next = writeParams(search, patch);
      if (next === search) return;
      search = next;
      writes.push({ search, push: options.push === true });
    },
    link: (patch) => writeParams(search, patch),
    go() {
      // History moves are the browser's; these tests step with back().
    },
    at: () => writes.filter((w) => w.push).length,
    arrival: () => 'load',
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    back(to) {
      search = to;
      for (const l of listeners) l();
    },
  };
}

const view = (over: Partial<ViewState> = {}): ViewState =>
  viewState({ eventId: 'a', present: true, ...over });

afterEach(() => void vi.useRealTimers());

describe('the address follows the presentation', () => {
  it('writes a step within the event at once, replacing the entry; a new event is a new entry', () => {
    vi.useFakeTimers();
    const a = memoryAddress('?lang=en&present=1&event=a');
    const store = createStore(view());
    const stop = syncUrl(store, a);
    store.set({ step: { eventId: 'a', step: 2 } });
    expect(a.read().step).toBe(3);
    expect(a.writes.at(-1)?.push).toBe(false);
    store.set({ eventId: 'b', step: { eventId: 'b', step: 0 } });
    expect(a.read().event).toBe('b');
    expect(a.read().step).toBeNull();
    expect(a.writes.at(-1)?.push).toBe(true);
    stop();
  });

  it('Back and Forward put the address’s step back into the store', () => {
    const a = memoryAddress('?lang=en&present=1&event=a');
    const store = createStore(view());
    const stop = syncUrl(store, a);
    a.back('?lang=en&present=1&event=a&step=2');
    expect(store.get().step).toEqual({ eventId: 'a', step: 1 });
    a.back('?lang=en&event=a');
    expect(store.get().present).toBe(false);
    expect(store.get().step).toBeNull();
    stop();
  });
});

describe('the language is a preference, not a place', () => {
  it('Back keeps the language read now, and writes it into the entry reached, without a new entry', () => {
    vi.useFakeTimers();
    const a = memoryAddress('?lang=en&event=a');
    const store = createStore(viewState({ lang: 'en', eventId: 'a' }));
    const stop = syncUrl(store, a);
    store.set({ eventId: 'b' });
    store.set({ lang: 'ar' });
    vi.advanceTimersByTime(300);
    expect(a.read()).toMatchObject({ lang: 'ar', event: 'b' });
    const entries = a.writes.filter((w) => w.push).length;
    // Back reaches the entry written in English before the switch.
    a.back('?lang=en&event=a');
    expect(store.get().lang).toBe('ar');
    expect(store.get().eventId).toBe('a');
    expect(a.read()).toMatchObject({ lang: 'ar', event: 'a' });
    expect(a.writes.filter((w) => w.push).length).toBe(entries);
    stop();
  });

  it('an entry in the language read is left as it is', () => {
    const a = memoryAddress('?lang=ar&event=a');
    const store = createStore(viewState({ lang: 'ar', eventId: 'a' }));
    const stop = syncUrl(store, a);
    const before = a.writes.length;
    a.back('?lang=ar&event=b');
    expect(store.get().eventId).toBe('b');
    expect(a.writes.length).toBe(before);
    stop();
  });
});

describe('a source read one at a time', () => {
  it('rewrites the current entry, where choosing a source is a new one', () => {
    const a = memoryAddress('?lang=en&event=a');
    const store = createStore(viewState({ eventId: 'a' }));
    const stop = syncUrl(store, a);
    replacingEntry(() => store.set({ sourceId: 's2' }));
    expect(a.read().source).toBe('s2');
    expect(a.writes.at(-1)?.push).toBe(false);
    store.set({ sourceId: 's3' });
    expect(a.read().source).toBe('s3');
    expect(a.writes.at(-1)?.push).toBe(true);
    stop();
  });
});

describe('the workbench in the address', () => {
  it('opening it from the view is a new entry; its preview and Close rewrite that entry', () => {
    const a = memoryAddress('?lang=en&event=a');
    const store = createStore(viewState({ eventId: 'a' }));
    const stop = syncUrl(store, a);
    store.set({ mode: 'author' });
    expect(a.read().author).toBe(true);
    expect(a.writes.at(-1)?.push).toBe(true);
    const entries = a.writes.filter((w) => w.push).length;
    store.set({ mode: 'preview' });
    expect(a.read().author).toBe(false);
    store.set({ mode: 'author' });
    expect(a.read().author).toBe(true);
    store.set({ mode: 'view' });
    expect(a.read().author).toBe(false);
    expect(a.writes.filter((w) => w.push).length).toBe(entries);
    stop();
  });

  it('Back and Forward open and close it as the entry reached says, and leave a preview on screen', () => {
    const a = memoryAddress('?lang=en&event=a&author=1');
    const store = createStore(viewState({ eventId: 'a', mode: 'author' }));
    const stop = syncUrl(store, a);
    a.back('?lang=en&event=a');
    expect(store.get().mode).toBe('view');
    a.back('?lang=en&event=a&author=1');
    expect(store.get().mode).toBe('author');
    store.set({ mode: 'preview' });
    a.back('?lang=en&event=a');
    expect(store.get().mode).toBe('preview');
    stop();
  });
});
