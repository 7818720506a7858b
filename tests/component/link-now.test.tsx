// @vitest-environment jsdom
/**
 * Share, Copy link and the printed handout give the link of the view as it is now: the address's
 * owner writes it from the store, though the address bar itself follows a moved window a moment later.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAddress } from '../../src/app/address';
import { syncUrl } from '../../src/app/url-sync';
import { createStore } from '../../src/state';
import { currentLink } from '../../src/view';
import { writers } from '../support/source-files';
import { viewState } from '../support/view-state';

let stop = (): void => undefined;
afterEach(() => stop());

describe('the link to this view', () => {
  it('holds a window just moved, before the address bar does', () => {
    const store = createStore(viewState());
    stop = syncUrl(store, createAddress(window));
    store.set({ window: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 5, 1) } });
    expect(location.search).not.toContain('from=2024-01-01');
    const link = new URL(currentLink());
    expect(link.origin).toBe(location.origin);
    expect(link.searchParams.get('from')).toBe('2024-01-01');
    expect(link.searchParams.get('to')).toBe('2024-06-01');
  });

  it('is read in one place', () => {
    expect(writers(/location\.href/u, ['src/view/share.ts'])).toEqual([]);
  });
});
