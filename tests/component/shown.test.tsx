// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CorpusPart } from '../../src/app/corpus-part';
import type { CorpusSource } from '../../src/app/corpus-source';
import type { OnScreen } from '../../src/app/on-screen';
import { useShown, type ShownInput } from '../../src/app/shown';
import { NO_FILTERS, type Dataset, type SearchResult } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

const dataset = miniDataset();
const home = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) };
const source = {
  home,
  lanes: ['defence-call', 'diplomacy'],
  corpus: { manifest: { counts: { events: 1_000_000 } } },
} as unknown as CorpusSource;
/** What a corpus has fetched of `d`: every event's head, all but the first in full. */
const partOf = (d: Dataset): CorpusPart => ({
  title: d.title,
  ...(d.kinds === undefined ? {} : { kinds: d.kinds }),
  heads: d.events.map(({ id, start, end, precision, basis, kind, actors, title }) => ({
    ...{ id, start, precision, basis, kind, actors, title },
    ...(end === undefined ? {} : { end }),
  })),
  full: new Map(d.events.filter((e) => e.id !== 'call-2024-06-25').map((e) => [e.id, e])),
  sources: d.sources,
  texts: new Map(),
  entities: d.entities,
});
const corpus: OnScreen = { kind: 'corpus', source, part: partOf(dataset) };

const input = (over: Partial<ShownInput> = {}): ShownInput => ({
  onScreen: { kind: 'file', dataset },
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
    expect(s.vocabulary.kinds).toBe(dataset.kinds);
    expect(s.file?.dataset).toBe(dataset);
    expect(s.total).toBeUndefined();
    expect(s.fit(1000)).not.toBeNull();
    expect(s.fit(0)).toBeNull();
    expect(s.details('call-2024-06-25')).toBe(s.head('call-2024-06-25'));
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
      onScreen: corpus,
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
    expect(s.vocabulary.kinds).toBe(dataset.kinds);
    // Nothing that takes a file's dataset is reachable: the screen holds no file.
    expect(s.file).toBeNull();
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
    const onScreen: OnScreen = {
      kind: 'corpus',
      source: { ...source, lanes: ['protest', 'vote'] } as unknown as CorpusSource,
      part: partOf(own),
    };
    for (const lang of ['en', 'ar'] as const) {
      const s = shown({ onScreen, lang });
      expect(s.lanes.map((l) => [l.id, l.label])).toEqual(kinds.map((k) => [k.id, k.name[lang]]));
      expect(s.vocabulary.kinds).toBe(kinds);
    }
  });

  it('a corpus: an event drawn from its head waits for its details, one not fetched is fetched on selection', () => {
    const s = shown({ onScreen: corpus });
    expect(s.head('call-2024-06-25')).not.toBeNull();
    expect(s.details('call-2024-06-25')).toBeNull();
    expect(s.details('call-2023-03-15')?.accounts.length).toBeGreaterThan(0);
    expect(s.fetches('call-2023-03-15')).toBe(false);
    expect(s.fetches('not-fetched-yet')).toBe(true);
    // The card's lookups hold the events in full and no head dressed as one.
    expect(s.index.events.has('call-2024-06-25')).toBe(false);
  });

  it('carries what is offered: everything for a file, none of the whole-story actions for a corpus', () => {
    expect(shown().offers).toMatchObject({ present: true, print: true, filters: true, fit: true });
    expect(shown({ onScreen: corpus }).offers).toMatchObject({
      present: false,
      print: false,
      filters: false,
      fit: false,
    });
    expect(shown({ onScreen: corpus }).fit(1200)).toBeNull();
  });
});
