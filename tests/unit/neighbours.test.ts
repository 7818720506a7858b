import { describe, expect, it } from 'vitest';
import { neighbours, type EventId, type TimelineEvent } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

/** Four events in time order, made from the mini dataset's first with ids a…d. */
const events: TimelineEvent[] = (['a', 'b', 'c', 'd'] as EventId[]).map((id) => ({
  ...miniDataset().events[0]!,
  id,
}));
const ids = (n: ReturnType<typeof neighbours>) => [n.earlier?.id, n.later?.id];

describe('the events either side of one', () => {
  it('are the ones just before and after it in time order', () => {
    expect(ids(neighbours(events, 'b', null))).toEqual(['a', 'c']);
  });

  it('stop at the ends', () => {
    expect(ids(neighbours(events, 'a', null))).toEqual([undefined, 'b']);
    expect(ids(neighbours(events, 'd', null))).toEqual(['c', undefined]);
  });

  it('skip what a search does not match, to the nearest match each way', () => {
    expect(ids(neighbours(events, 'b', new Set(['d'])))).toEqual([undefined, 'd']);
    expect(ids(neighbours(events, 'c', new Set(['a', 'b', 'd'])))).toEqual(['b', 'd']);
    expect(ids(neighbours(events, 'd', new Set(['a'])))).toEqual(['a', undefined]);
  });

  it('are none for an event that is not among them', () => {
    expect(ids(neighbours(events, 'z', null))).toEqual([undefined, undefined]);
  });
});
