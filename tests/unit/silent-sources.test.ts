import { describe, expect, it } from 'vitest';
import { indexDataset, reportingSources, silentSources } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const index = indexDataset(loadCorpus());

describe('silentSources: the sources with no account of an event', () => {
  it('are the dataset’s sources that tell it nothing, in the dataset’s order', () => {
    const some = index.dataset.events.filter((e) => e.accounts.length < index.dataset.sources.length);
    expect(some.length).toBeGreaterThan(0);
    for (const event of some) {
      const silent = silentSources(index, event);
      const telling = new Set(event.accounts.map((a) => a.source));
      expect(silent.length, event.id).toBeGreaterThan(0);
      expect(
        silent.every((s) => !telling.has(s.id)),
        event.id,
      ).toBe(true);
      // With the reporting sources, every source once, in the dataset's order.
      const both = new Set([...reportingSources(index, event), ...silent]);
      expect(
        index.dataset.sources.filter((s) => both.has(s)),
        event.id,
      ).toEqual(index.dataset.sources);
      expect(silent, event.id).toEqual(index.dataset.sources.filter((s) => silent.includes(s)));
    }
  });

  it('are none when every source tells the event', () => {
    const event = index.dataset.events[0]!;
    const all = { ...event, accounts: index.dataset.sources.map((s) => ({ source: s.id, quotes: [] })) };
    expect(silentSources(index, all)).toEqual([]);
  });
});
