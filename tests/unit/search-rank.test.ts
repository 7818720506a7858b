import { describe, expect, it } from 'vitest';
import { rankMatches, searchEvents } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { eventAt } from '../support/events';

const dataset = loadCorpus();
const ids = (q: string): string[] => searchEvents(dataset, q).map((r) => r.event.id);

describe('search results ranked by relevance (UX review 10, S3-7)', () => {
  it('puts the call whose title says "phone" first for "phone call", in both languages', () => {
    // Eight events hold both words; seven titles say "call", one says "phone".
    expect(ids('phone call')[0]).toBe('call-2024-06-25');
    expect(ids('اتصال هاتفي')[0]).toBe('call-2024-06-25');
    expect(ids('phone call').length).toBeGreaterThan(4);
  });

  it('ranks a phrase in a title over all its words apart, over the summary, keeping time order within a rank', () => {
    const title = (en: string) => ({ ar: 'ع', en });
    const phrase = eventAt('phrase', '2024-01-01', { title: title('A rare call by phone') });
    const apart = eventAt('apart', '2020-01-01', { title: title('A call, rare these days') });
    const early = eventAt('early', '2019-01-01', {
      title: title('Rare meeting'),
      summary: title('rare call'),
    });
    const late = eventAt('late', '2023-01-01', { title: title('Rare meeting'), summary: title('rare call') });
    const quote = eventAt('quote', '2018-01-01', { title: title('Meeting') });
    const input = [quote, early, apart, late, phrase].map((event) => ({ event, dated: false }));
    const order = rankMatches(input, [['rare'], ['call']], 'rare call').map((m) => m.event.id);
    expect(order).toEqual(['phrase', 'apart', 'early', 'late', 'quote']);
  });

  it('folds Arabic as the search does: a title with «هاتفيًا» holds «هاتفي»', () => {
    const a = eventAt('a', '2022-01-01', { title: { ar: 'اتصال بين وزيرين', en: 'x' } });
    const b = eventAt('b', '2024-01-01', { title: { ar: 'يتحادثان هاتفيًا', en: 'y' } });
    const c = eventAt('c', '2023-01-01', { title: { ar: 'اتصال بين وزيرين', en: 'z' } });
    const input = [a, c, b].map((event) => ({ event, dated: false }));
    expect(rankMatches(input, [['اتصال'], ['هاتفي']], 'اتصال هاتفي').map((m) => m.event.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });
});
