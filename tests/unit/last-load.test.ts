import { describe, expect, it } from 'vitest';
import { lastLoad } from '../../src/app/last-load';

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
