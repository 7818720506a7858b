import { describe, expect, it } from 'vitest';
import { lastLoad, latestLoad } from '../../src/app/last-load';
import { writers } from '../support/source-files';

describe('lastLoad: the last load asked for wins', () => {
  it('aborts the load under way when another begins, and tells the first it is no longer current', () => {
    const loads = lastLoad<object>();
    const store = {};
    const first = loads.begin(store);
    expect(first.current()).toBe(true);
    const second = loads.begin(store);
    expect(first.signal.aborted).toBe(true);
    expect(first.current()).toBe(false);
    expect(second.signal.aborted).toBe(false);
    expect(second.current()).toBe(true);
  });

  it('keeps each store’s loads apart', () => {
    const loads = lastLoad<object>();
    const a = loads.begin({});
    const b = loads.begin({});
    expect(a.current() && b.current()).toBe(true);
    expect(a.signal.aborted || b.signal.aborted).toBe(false);
  });

  it('cancels the load under way; a finished load is not aborted, and a stale finish changes nothing', () => {
    const loads = lastLoad<object>();
    const store = {};
    const cancelled = loads.begin(store);
    loads.cancel(store);
    expect(cancelled.signal.aborted).toBe(true);
    expect(cancelled.current()).toBe(false);

    const done = loads.begin(store);
    done.finish();
    loads.cancel(store);
    expect(done.signal.aborted).toBe(false);

    const old = loads.begin(store);
    const latest = loads.begin(store);
    old.finish();
    expect(latest.current()).toBe(true);
  });
});

describe('latestLoad: one line of loads', () => {
  it('aborts the load under way when another begins; cancel leaves none current', () => {
    const line = latestLoad();
    const first = line.begin();
    const second = line.begin();
    expect(first.signal.aborted).toBe(true);
    expect(first.current()).toBe(false);
    expect(second.current()).toBe(true);
    line.cancel();
    expect(second.signal.aborted).toBe(true);
    expect(second.current()).toBe(false);
  });

  it('keeps two lines apart', () => {
    const a = latestLoad().begin();
    const b = latestLoad().begin();
    expect(a.current() && b.current()).toBe(true);
  });
});

describe('every loader asks the one rule', () => {
  it('no other loader of the page starts an AbortController or keeps a counter of its own loads', () => {
    // The loaders are the page's composition (src/app); elsewhere an AbortController may stop other
    // things (data/read-capped.ts: a download that falls silent, a watchdog, not an order of loads).
    const own = writers(/new AbortController\(|\b\w+Seq\b/u, ['src/app/last-load.ts']);
    expect(own.filter((path) => path.startsWith('src/app/'))).toEqual([]);
  });
});
