/**
 * The filters over events (actor, source, kind, how the date is known): options within a facet
 * widen, facets narrow; the number beside each option is what ticking it would show; and the lookups
 * built once per dataset.
 */
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  dateKnown,
  facetCounts,
  indexDataset,
  isFiltering,
  NO_FILTERS,
  passes,
  reportingSources,
  sideOf,
  type EntityId,
  type EventId,
  type EventKind,
  type Filters,
  type SourceId,
  type TimelineEvent,
} from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

const base = miniDataset().events[0]!;
function ev(
  id: string,
  kind: EventKind,
  actors: string[],
  sources: string[],
  basis = base.basis,
): TimelineEvent {
  return {
    ...base,
    id: id as EventId,
    kind,
    actors: actors as EntityId[],
    basis,
    accounts: sources.map((source) => ({ source: source as SourceId, quotes: [] })),
  };
}
const events = [
  ev('a', 'diplomacy', ['austin', 'shoigu'], ['s1'], 'stated'),
  ev('b', 'diplomacy', ['austin'], ['s1', 's2']),
  ev('c', 'military', ['shoigu'], ['s2'], 'context'),
  ev('d', 'statement', [], [], 'stated'),
];
const ids = (list: readonly TimelineEvent[]): string[] => list.map((e) => e.id);
const f = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });

describe('filters', () => {
  it('filter nothing when no option is ticked, handing back the same list', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(applyFilters(events, NO_FILTERS)).toBe(events);
  });

  it('count as filtering with one option ticked in any facet', () => {
    expect(isFiltering(f({ actors: ['x'] }))).toBe(true);
    expect(isFiltering(f({ sources: ['x'] }))).toBe(true);
    expect(isFiltering(f({ kinds: ['military'] }))).toBe(true);
    expect(isFiltering(f({ dates: ['stated'] }))).toBe(true);
  });

  it('widen with each option of a facet and narrow with each facet', () => {
    expect(ids(applyFilters(events, f({ actors: ['shoigu'] })))).toEqual(['a', 'c']);
    expect(ids(applyFilters(events, f({ actors: ['shoigu', 'austin'] })))).toEqual(['a', 'b', 'c']);
    expect(ids(applyFilters(events, f({ sources: ['s2'] })))).toEqual(['b', 'c']);
    expect(ids(applyFilters(events, f({ kinds: ['diplomacy'] })))).toEqual(['a', 'b']);
    expect(ids(applyFilters(events, f({ dates: ['inferred'] })))).toEqual(['b', 'c']);
    expect(ids(applyFilters(events, f({ actors: ['austin'], sources: ['s2'] })))).toEqual(['b']);
    expect(
      ids(applyFilters(events, f({ actors: ['austin'], dates: ['stated'], kinds: ['diplomacy'] }))),
    ).toEqual(['a']);
    expect(ids(applyFilters(events, f({ kinds: ['history'] })))).toEqual([]);
  });

  it('read a date as stated only when it is printed', () => {
    expect(dateKnown(ev('x', 'military', [], [], 'stated'))).toBe('stated');
    for (const basis of ['weekday', 'relative', 'context'] as const)
      expect(dateKnown(ev('x', 'military', [], [], basis))).toBe('inferred');
  });

  it('can leave one facet out of the test', () => {
    const both = f({ kinds: ['military'], actors: ['austin'] });
    expect(passes(events[0]!, both)).toBe(false);
    expect(passes(events[0]!, both, 'kinds')).toBe(true);
    expect(passes(events[0]!, both, 'actors')).toBe(false);
  });
});

describe('facet counts', () => {
  it('count for each option the events ticking it would show, with the other facets applied', () => {
    const filters = f({ kinds: ['diplomacy'], actors: ['shoigu'] });
    expect(Object.fromEntries(facetCounts(events, filters, 'actors'))).toEqual({ austin: 2, shoigu: 1 });
    expect(Object.fromEntries(facetCounts(events, filters, 'kinds'))).toEqual({ diplomacy: 1, military: 1 });
    expect(Object.fromEntries(facetCounts(events, NO_FILTERS, 'sources'))).toEqual({ s1: 2, s2: 2 });
    expect(Object.fromEntries(facetCounts(events, NO_FILTERS, 'dates'))).toEqual({ stated: 2, inferred: 2 });
  });

  it('count an event once for an option however often it carries it', () => {
    const twice = [ev('t', 'military', ['austin', 'austin'], ['s1', 's1'])];
    expect(facetCounts(twice, NO_FILTERS, 'actors').get('austin')).toBe(1);
    expect(facetCounts(twice, NO_FILTERS, 'sources').get('s1')).toBe(1);
  });
});

describe('sideOf', () => {
  it('is the side of the first actor whose side is known, else other', () => {
    const sides: Record<string, 'us' | 'russia'> = { austin: 'us', shoigu: 'russia' };
    const side = (id: string) => sides[id];
    expect(sideOf(ev('x', 'military', ['nobody', 'shoigu', 'austin'], []), side)).toBe('russia');
    expect(sideOf(ev('x', 'military', ['austin', 'shoigu'], []), side)).toBe('us');
    expect(sideOf(ev('x', 'military', ['nobody'], []), side)).toBe('other');
    expect(sideOf(ev('x', 'military', [], []), side)).toBe('other');
  });
});

describe('the dataset index', () => {
  it('looks events, entities and sources up by id, built once per dataset', () => {
    const d = miniDataset();
    const index = indexDataset(d);
    expect(indexDataset(d)).toBe(index);
    expect(indexDataset(miniDataset())).not.toBe(index);
    expect(index.dataset).toBe(d);
    expect(index.events.get('call-2023-03-15')).toBe(d.events[1]);
    expect(index.entities.get('austin')).toBe(d.entities[0]);
    expect(index.sources.get('src-a')).toBe(d.sources[0]);
    expect(index.events.size).toBe(2);
  });

  it('lists the sources that tell an event in the dataset’s order', () => {
    const m = miniDataset();
    const first = m.sources[0]!;
    const d = {
      ...m,
      sources: [first, { ...first, id: 'src-b' as SourceId }, { ...first, id: 'src-c' as SourceId }],
    };
    const index = indexDataset(d);
    const event = {
      ...d.events[0]!,
      accounts: [
        { source: 'src-c', quotes: [] },
        { source: 'src-a', quotes: [] },
      ],
    };
    expect(reportingSources(index, event as never).map((s) => s.id)).toEqual(['src-a', 'src-c']);
  });
});
