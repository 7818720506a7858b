// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../src/app/corpus-source';
import { useShown, type ShownInput } from '../../src/app/shown';
import { NO_FILTERS, type SearchResult } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

const dataset = miniDataset();
const home = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) };
/** A corpus that has fetched the mini dataset's events, the first one only in skeleton. */
const corpus = {
  home,
  lanes: ['defence-call', 'diplomacy'],
  isFull: (id: string) => id !== 'call-2024-06-25',
  corpus: { manifest: { counts: { events: 1_000_000 } } },
} as unknown as CorpusSource;

const input = (over: Partial<ShownInput> = {}): ShownInput => ({
  dataset,
  corpus: null,
  corpusResults: undefined,
  filters: NO_FILTERS,
  grouping: 'side',
  query: '',
  lang: 'en',
  ...over,
});
const shown = (over: Partial<ShownInput> = {}) => renderHook(() => useShown(input(over))).result.current;

describe('what the screen shows: a file or a corpus, told apart in one place', () => {
  it('a file: the filters apply, the chosen grouping holds, everything is offered', () => {
    const s = shown({ filters: { ...NO_FILTERS, kinds: ['diplomacy'] } });
    expect(s.offers.filters).toBe(true);
    expect(s.offers.startHere).toBe(true);
    expect(s.grouping).toBe('side');
    expect(s.visible.every((e) => e.kind === 'diplomacy')).toBe(true);
    expect(s.visible.length).toBeLessThan(s.ordered.length);
    expect(s.kinds).toBe(dataset.kinds);
    expect(s.total).toBeUndefined();
    expect(s.fit(1000)).not.toBeNull();
    expect(s.fit(0)).toBeNull();
    expect(s.pending('call-2024-06-25')).toBe(false);
    expect(s.fetches('no-such-event')).toBe(false);
  });

  it('a file: search reads its own events, after the filters', () => {
    const s = shown({ query: 'call' });
    expect(s.results).not.toBeNull();
    expect(s.matches?.size).toBe(s.results?.length);
    expect(shown().results).toBeNull();
  });

  it('a corpus: no filters, its kinds as lanes, its own search, its home as the windows', () => {
    const found = [{ event: dataset.events[0] }] as unknown as SearchResult[];
    const s = shown({
      corpus,
      corpusResults: found,
      query: 'anything',
      filters: { ...NO_FILTERS, kinds: ['diplomacy'] },
    });
    expect(s.offers.filters).toBe(false);
    expect(s.offers.startHere).toBe(false);
    expect(s.grouping).toBe('kind');
    expect(s.visible).toHaveLength(dataset.events.length);
    expect(s.lanes.map((l) => l.id)).toEqual(['defence-call', 'diplomacy']);
    expect(s.results).toBe(found);
    expect(s.core).toEqual(home);
    expect(s.all).toEqual(home);
    // The home already holds its room past the first and last events: it is not padded again.
    expect(s.bounds).toEqual(home);
    expect(s.kinds).toBe(dataset.kinds);
    expect(s.total).toBe(1_000_000);
    expect(s.fit(1000)).toBeNull();
  });

  it('a corpus of its own kinds: its lanes are named and coloured by them, in either language', () => {
    const kinds = [
      { id: 'protest', name: { ar: 'احتجاجات', en: 'Protests' }, colour: 'orange' as const },
      { id: 'vote', name: { ar: 'تصويت', en: 'Votes' }, colour: 'teal' as const },
    ];
    const own = {
      ...dataset,
      kinds,
      events: dataset.events.map((e, i) => ({ ...e, kind: i % 2 ? 'vote' : 'protest' })),
    };
    const source = { ...corpus, lanes: ['protest', 'vote'] } as unknown as CorpusSource;
    for (const lang of ['en', 'ar'] as const) {
      const s = shown({ dataset: own, corpus: source, lang });
      expect(s.lanes.map((l) => [l.id, l.label])).toEqual(kinds.map((k) => [k.id, k.name[lang]]));
      expect(s.kinds).toBe(kinds);
    }
  });

  it('a corpus: an event in skeleton is pending, one not fetched is fetched on selection', () => {
    const s = shown({ corpus });
    expect(s.pending('call-2024-06-25')).toBe(true);
    expect(s.pending('call-2023-03-15')).toBe(false);
    expect(s.fetches('call-2023-03-15')).toBe(false);
    expect(s.fetches('not-fetched-yet')).toBe(true);
  });

  it('carries what is offered: everything for a file, none of the whole-story actions for a corpus', () => {
    expect(shown().offers).toMatchObject({ present: true, print: true, filters: true, fit: true });
    expect(shown({ corpus }).offers).toMatchObject({
      present: false,
      print: false,
      filters: false,
      fit: false,
    });
    expect(shown({ corpus }).fit(1200)).toBeNull();
  });
});
