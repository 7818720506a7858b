import { describe, expect, it } from 'vitest';
import { entryChange, historyPlace } from '../../src/state';
import { viewState } from '../support/view-state';

describe('the history entry rule (state/url.ts)', () => {
  const at = viewState({ eventId: 'a', sourceId: 's1', claimId: null });

  it('a place is the event, source and claim singled out', () => {
    expect(historyPlace(at)).toBe('a|s1|null');
    expect(historyPlace({ ...at, sourceId: 's2' })).not.toBe(historyPlace(at));
  });

  it('a new event, source or claim is a new entry', () => {
    expect(entryChange({ ...at, eventId: 'b' }, at)).toBe('push');
    expect(entryChange({ ...at, sourceId: 's2' }, at)).toBe('push');
    expect(entryChange({ ...at, claimId: 'c' }, at)).toBe('push');
  });

  it('a presentation’s step or mode replaces the entry at once; anything else a moment later', () => {
    expect(entryChange({ ...at, present: true }, at)).toBe('replace');
    expect(entryChange({ ...at, step: { eventId: 'a', step: 1 } }, at)).toBe('replace');
    expect(entryChange({ ...at, query: 'x' }, at)).toBe('later');
    expect(entryChange({ ...at, window: { from: 0, to: 1 } }, at)).toBe('later');
    expect(entryChange({ ...at, lang: 'en' }, { ...at, lang: 'ar' })).toBe('later');
  });

  it('a new place wins over a step changing with it', () => {
    expect(entryChange({ ...at, eventId: 'b', step: { eventId: 'b', step: 0 } }, at)).toBe('push');
  });
});
