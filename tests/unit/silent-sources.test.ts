import { describe, expect, it } from 'vitest';
import {
  indexDataset,
  publishedBefore,
  reportingSources,
  silentSources,
  sourcesBefore,
  type Dataset,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const index = indexDataset(loadCorpus());

describe('silentSources: the sources with no account of an event', () => {
  it('are, with those published before it and those that tell it, every source once, in the dataset’s order', () => {
    const some = index.dataset.events.filter((e) => e.accounts.length < index.dataset.sources.length);
    expect(some.length).toBeGreaterThan(0);
    for (const event of some) {
      const silent = silentSources(index, event);
      const before = sourcesBefore(index, event);
      const telling = new Set(event.accounts.map((a) => a.source));
      expect(
        [...silent, ...before].every((s) => !telling.has(s.id)),
        event.id,
      ).toBe(true);
      expect(
        silent.some((s) => before.includes(s)),
        event.id,
      ).toBe(false);
      // With the reporting sources, every source once, in the dataset's order.
      const all = new Set([...reportingSources(index, event), ...silent, ...before]);
      expect(
        index.dataset.sources.filter((s) => all.has(s)),
        event.id,
      ).toEqual(index.dataset.sources);
      expect(silent, event.id).toEqual(index.dataset.sources.filter((s) => silent.includes(s)));
      expect(before, event.id).toEqual(index.dataset.sources.filter((s) => before.includes(s)));
    }
  });

  it('are none when every source tells the event', () => {
    const event = index.dataset.events[0]!;
    const all = { ...event, accounts: index.dataset.sources.map((s) => ({ source: s.id, quotes: [] })) };
    expect(silentSources(index, all)).toEqual([]);
    expect(sourcesBefore(index, all)).toEqual([]);
  });

  it('leave out a source published before the event: the June 2024 call is not Okaz’s to tell in October 2022', () => {
    const call = index.dataset.events.find((e) => e.id === 'call-2024-06-25')!;
    const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
    // art-000 and art-004 came out in October 2022, twenty months before the call.
    expect(ids(sourcesBefore(index, call))).toEqual(['art-000', 'art-004']);
    expect(ids(silentSources(index, call))).toEqual([]);
  });
});

describe('publishedBefore: a source surely out before an event began', () => {
  const day = (start: string, precision: TimelineEvent['precision']) => ({ start, precision });
  const on = (published: string | null) => ({ published });

  it('is a source of an earlier day, never one of the same day or later', () => {
    expect(publishedBefore(on('2025-11-25'), day('2025-11-26', 'day'))).toBe(true);
    expect(publishedBefore(on('2025-11-26'), day('2025-11-26', 'day'))).toBe(false);
    expect(publishedBefore(on('2025-11-27'), day('2025-11-26', 'day'))).toBe(false);
  });

  it('reads a month or a year from its first day: a source of that month or year may have told it', () => {
    expect(publishedBefore(on('2025-11-01'), day('2025-11', 'month'))).toBe(false);
    expect(publishedBefore(on('2025-11-30'), day('2025-11', 'month'))).toBe(false);
    expect(publishedBefore(on('2025-10-31'), day('2025-11', 'month'))).toBe(true);
    expect(publishedBefore(on('2025-01-01'), day('2025', 'year'))).toBe(false);
    expect(publishedBefore(on('2025-06-15'), day('2025', 'year'))).toBe(false);
    expect(publishedBefore(on('2024-12-31'), day('2025', 'year'))).toBe(true);
  });

  it('is never a source with no publication date: it stays silent', () => {
    expect(publishedBefore(on(null), day('2025-11-26', 'day'))).toBe(false);
    expect(publishedBefore(on(null), day('2025', 'year'))).toBe(false);
  });

  it('sorts a dataset’s sources by it: the Wang Fuk Court mourning of 29 November 2025', () => {
    // Publication days of the trial's five outlets; the mourning (Emarat Al Youm, 30 November 2025,
    // https://www.emaratalyoum.com/politics/weekly-supplements/world-press/2025-11-30-1.1992765) is told by the last alone.
    const base = loadCorpus();
    const days = ['2025-11-26', '2025-11-26', '2025-11-27', null, '2025-11-30'];
    const sources = base.sources.map((s, i) => ({ ...s, published: days[i] ?? null }));
    const event = { ...base.events[0]!, start: '2025-11-29', precision: 'day' as const };
    const mourning: TimelineEvent = { ...event, accounts: [{ source: sources[4]!.id, quotes: [] }] };
    const dataset: Dataset = { ...base, sources, events: [mourning] };
    const idx = indexDataset(dataset);
    expect(sourcesBefore(idx, mourning).map((s) => s.published)).toEqual([
      '2025-11-26',
      '2025-11-26',
      '2025-11-27',
    ]);
    // The source with no date is not known to be earlier: it is still named as not reporting it.
    expect(silentSources(idx, mourning).map((s) => s.id)).toEqual([sources[3]!.id]);
  });
});
