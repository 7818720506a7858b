import { describe, expect, it } from 'vitest';
import { rankMatches, type TimelineEvent } from '../../src/domain';
import { eventAt } from '../support/events';

const en = (text: string) => ({ ar: 'ع', en: text });
/** An event with the English title, summary and claims given, Arabic words that match nothing. */
const ev = (id: string, title: string, summary = '', claims: string[] = []): TimelineEvent =>
  eventAt(id, '2024-01-01', {
    title: en(title),
    summary: en(summary),
    claims: claims.map((c) => ({ text: en(c) })),
  } as unknown as Partial<TimelineEvent>);
const order = (
  events: readonly (TimelineEvent | [TimelineEvent, boolean])[],
  terms: string[][],
  phrase: string,
): string[] =>
  rankMatches(
    events.map((e) => (Array.isArray(e) ? { event: e[0], dated: e[1] } : { event: e, dated: false })),
    terms,
    phrase,
  ).map((m) => m.event.id);

describe('search results, one rank against the next', () => {
  const terms = [['rare'], ['call']];

  it('puts a title with every word before a dated event, a dated one before a title with some words', () => {
    const some = ev('some', 'A rare day');
    const dated = ev('dated', 'Meeting');
    const every = ev('every', 'Call, rare');
    expect(order([some, [dated, true], every], terms, 'rare call')).toEqual(['every', 'dated', 'some']);
  });

  it('puts a title with some words before every word in the summary, that before some words there', () => {
    const elsewhere = ev('elsewhere', 'Meeting', 'a rare day');
    const about = ev('about', 'Meeting', 'rare, and a call');
    const claimed = ev('claimed', 'Meeting', '', ['a call', 'rare']);
    const some = ev('some', 'A call');
    expect(order([elsewhere, claimed, about, some], terms, 'rare call')).toEqual([
      'some',
      'claimed',
      'about',
      'elsewhere',
    ]);
  });

  it('takes any spelling of a word, and never an empty one', () => {
    const spelt = ev('spelt', 'A telephone call');
    const none = ev('none', 'Meeting', 'a rare day');
    // «mobile» or «telephone»: either word is the word.
    expect(order([none, spelt], [['mobile', 'telephone'], ['call']], 'mobile call')).toEqual([
      'spelt',
      'none',
    ]);
    // An empty spelling is no word a title holds.
    expect(order([none, spelt], [['', 'call']], '')).toEqual(['spelt', 'none']);
  });

  it('reads no phrase in a title when the query has none', () => {
    // Were the empty phrase in every title, all would rank first, the title with a word before the other.
    const some = ev('some', 'A call');
    const dated = ev('dated', 'Meeting');
    expect(order([some, [dated, true]], [['call'], ['rare']], '')).toEqual(['dated', 'some']);
  });

  it('weighs the words of titles by how few titles hold them, the rarer more', () => {
    // Four titles: «a» and «b» in two each, «c» in one. A title with «a» and «b» (2·log 5/2) comes
    // before one with «c» alone (log 5), and those with one of «a» or «b» keep their order after them.
    const ab = ev('ab', 'alpha beta');
    const c = ev('c', 'gamma');
    const a = ev('a', 'alpha');
    const b = ev('b', 'beta');
    const t = [['alpha'], ['beta'], ['gamma']];
    expect(order([a, c, b, ab], t, 'alpha beta gamma')).toEqual(['ab', 'c', 'a', 'b']);
  });

  it('keeps the order given within a rank', () => {
    const same = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => ev(id, 'Meeting', 'a call'));
    const first = ev('first', 'A call');
    expect(order([...same.slice(0, 3), first, ...same.slice(3)], [['call']], 'call')).toEqual([
      'first',
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
    ]);
  });
});
