import { describe, expect, it } from 'vitest';
import { claimMatrix, partingOf, partingSources, type Source, type TimelineEvent } from '../../src/domain';

// Hand-made events: only the fields the claim matrix reads.
const source = (id: string): Source => ({ id, outlet: { ar: id, en: id } }) as unknown as Source;
const quote = (text: string, ...claims: string[]) => ({ text, claims, start: 0, end: text.length, en: text });
const claim = (id: string) => ({ id, text: { ar: id, en: id } });
const event = (claims: object[], accounts: Record<string, object[]>): TimelineEvent =>
  ({
    id: 'e',
    claims,
    accounts: Object.entries(accounts).map(([s, quotes]) => ({ source: s, quotes })),
  }) as unknown as TimelineEvent;
const [a, b, c] = [source('a'), source('b'), source('c')];
const named = (p: { how: string; sources: readonly Source[] }): [string, string[]] => [
  p.how,
  p.sources.map((s) => s.id),
];

describe('partingSources: which sources a line of "where the accounts part" names', () => {
  const e = event([claim('one'), claim('two'), claim('worded')], {
    a: [quote('أول', 'one', 'two', 'worded')],
    b: [quote('ثان', 'two', 'worded')],
    c: [quote('ثالث', 'worded')],
  });
  const [one, two, worded] = claimMatrix(e, [a, b, c]);

  it('names the one source that carries a claim', () => {
    expect(named(partingSources(one!))).toEqual(['onlyIn', ['a']]);
  });

  it('names the sources that leave a claim out when more than one carries it', () => {
    expect(named(partingSources(two!))).toEqual(['notIn', ['c']]);
  });

  it('names every carrying source when all tell it in other words', () => {
    expect(named(partingSources(worded!))).toEqual(['wordedIn', ['a', 'b', 'c']]);
  });
});

describe('partingOf: the claims where an event’s accounts part', () => {
  const e = event([claim('x'), claim('y')], { a: [quote('نص', 'x', 'y')], b: [quote('نص', 'x')] });

  it('is the parting claims of its matrix with two sources or more', () => {
    expect(partingOf(e, [a, b]).map((r) => r.claim.id)).toEqual(['y']);
  });

  it('is nothing with one source: nothing to part from', () => {
    expect(partingOf(e, [a])).toEqual([]);
  });
});
