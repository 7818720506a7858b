/**
 * Search at its edges: hits that touch are one range, a query of nothing finds nothing, a name is
 * recognised from three letters of a spelling and not from two, fields are never joined into one
 * text, and where each result matched is worked out for the first results only.
 */
import { describe, expect, it } from 'vitest';
import {
  findFolded,
  foldWithOffsets,
  hitsOf,
  queryTerms,
  searchEvents,
  type Entity,
  type EntityId,
  type EventId,
} from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

const d = miniDataset();
const austin = d.entities[0]!;
const belousov: Entity = {
  id: 'belousov' as EntityId,
  kind: 'person',
  name: { ar: 'أندريه بيلوسوف', en: 'Andrei Belousov' },
  aliases: ['بيلوسوف'],
  side: 'russia',
};

describe('findFolded', () => {
  it('joins hits that touch or overlap, the longer first where two start together', () => {
    expect(findFolded('abab', ['ab'])).toEqual([{ start: 0, end: 4 }]);
    expect(findFolded('ab ab', ['ab'])).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(findFolded('abcd', ['ab', 'abcd', 'bc'])).toEqual([{ start: 0, end: 4 }]);
    expect(findFolded('xabc', ['bc', 'ab'])).toEqual([{ start: 1, end: 4 }]);
  });

  it('looks for no empty needle', () => {
    expect(findFolded('abc', [''])).toEqual([]);
  });

  it('maps a character folded to several back to itself', () => {
    const f = foldWithOffsets('\uFEFBب');
    expect(f.folded).toBe('لاب');
    expect(f.starts).toEqual([0, 0, 1]);
    expect(f.ends).toEqual([1, 1, 2]);
    expect(findFolded('\uFEFBب', ['اب'])).toEqual([{ start: 0, end: 2 }]);
  });
});

describe('queryTerms', () => {
  it('finds no terms in an empty or blank query', () => {
    expect(queryTerms('', [austin])).toEqual([]);
    expect(queryTerms('  \t ', [austin])).toEqual([]);
  });

  it('recognises a name from three letters of one of its spellings, not from two', () => {
    expect(queryTerms('وست', [austin])[0]).toEqual(['وست', 'لويد اوستن', 'lloyd austin', 'اوستن']);
    expect(queryTerms('وس', [austin])).toEqual([['وس']]);
  });

  it('adds the words of the names a sound-alike stands for', () => {
    expect(queryTerms('Belusov', [belousov])).toEqual([
      ['belusov', 'اندريه بيلوسوف', 'andrei belousov', 'بيلوسوف', 'belousov'],
    ]);
  });

  it('reads several words one by one, each widened only when it names someone', () => {
    expect(queryTerms('Belusov call', [austin, belousov])).toEqual([
      ['belusov', 'اندريه بيلوسوف', 'andrei belousov', 'بيلوسوف'],
      ['call'],
    ]);
    expect(queryTerms('call', [austin, belousov])).toEqual([['call']]);
  });
});

describe('searchEvents', () => {
  it('never matches across two fields', () => {
    expect(searchEvents(d, 'call').map((r) => r.event.id)).toEqual(['call-2024-06-25', 'call-2023-03-15']);
    expect(searchEvents(d, 'اتصالcall')).toEqual([]);
  });

  it('works out where each matched for the first results only', () => {
    const results = searchEvents(d, 'call', 1);
    expect(results.map((r) => r.hits.length > 0)).toEqual([true, false]);
    expect(searchEvents(d, '')).toEqual([]);
  });

  it('finds a word in every field, each hit marked with its field and language', () => {
    const event = d.events[0]!;
    const fields = (q: string) =>
      hitsOf(event, queryTerms(q, d.entities), d.entities).map((h) => `${h.field}:${h.lang}`);
    expect(fields('Call')).toEqual(['title:en', 'summary:en', 'claim:en', 'translation:en']);
    expect(fields('phone')).toEqual(['summary:en', 'translation:en']);
    expect(fields('took')).toEqual(['claim:en']);
    expect(fields('جرى')).toEqual(['claim:ar', 'quote:ar']);
    expect(fields('هاتفي')).toEqual(['summary:ar', 'quote:ar']);
    // A name is searched by all its spellings: the quote writes only «أوستن».
    expect(fields('Lloyd')).toEqual(['actor:ar', 'actor:ar', 'actor:en', 'quote:ar']);
    const unknownActor = { ...event, id: 'x' as EventId, actors: ['nobody' as EntityId] };
    expect(hitsOf(unknownActor, [['lloyd']], d.entities)).toEqual([]);
  });
});
