/**
 * The identity line's order and grouping at their edges: a report listed after what came through it,
 * a report listed before another root, a chain of three, optional fields absent rather than empty.
 */
import { describe, expect, it } from 'vitest';
import {
  chainGroups,
  creditsBesideChain,
  sourceChain,
  type ChainLink,
  type Provenance,
  type Source,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const base = corpus.sources.find((x) => x.id === 'art-002');
if (base === undefined) throw new Error('art-002');
const entry = (origin: string, via?: string, more: Partial<Provenance> = {}): Provenance => ({
  origin,
  name: { ar: origin, en: origin.toUpperCase() },
  basis: 'inferred',
  extent: 'part',
  ...(via !== undefined ? { via } : {}),
  note: { ar: '-', en: '-' },
  ...more,
});
const withChain = (restsOn: Provenance[] | undefined): Source => {
  const copy: Source = { ...base };
  delete (copy as { restsOn?: unknown }).restsOn;
  return restsOn === undefined ? copy : { ...copy, restsOn };
};
const origins = (chain: readonly ChainLink[]): string[] => chain.map((c) => c.origin);

describe('sourceChain order', () => {
  it('is empty for a source that rests on no listed report', () => {
    expect(sourceChain(withChain(undefined))).toEqual([]);
  });

  it('puts what came through a report right after it, before a root listed earlier', () => {
    expect(origins(sourceChain(withChain([entry('a'), entry('b'), entry('c', 'a')])))).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('puts a report first even when the data lists what came through it before it', () => {
    expect(origins(sourceChain(withChain([entry('c', 'a'), entry('a')])))).toEqual(['a', 'c']);
  });

  it('follows a chain of three through each link in turn', () => {
    const chain = sourceChain(withChain([entry('c', 'b'), entry('b', 'a'), entry('a')]));
    expect(origins(chain)).toEqual(['a', 'b', 'c']);
    expect(chain.map((c) => c.via?.en)).toEqual([undefined, 'A', 'B']);
  });

  it('leaves a link without a route or an outside identity without those fields', () => {
    const outlet = corpus.outlets?.[0];
    if (outlet === undefined) throw new Error('no outlet');
    const [a, b] = sourceChain(withChain([entry('a'), entry('b', 'a')]), [{ ...outlet, id: 'b' }]);
    expect(a).toStrictEqual({ origin: 'a', name: { ar: 'a', en: 'A' }, basis: 'inferred', part: true });
    expect(Object.keys(b ?? {}).sort()).toEqual(['basis', 'identity', 'name', 'origin', 'part', 'via']);
  });
});

describe('chainGroups edges', () => {
  it('parts links routed through different reports, even when basis and extent agree', () => {
    const chain = sourceChain(withChain([entry('a'), entry('b', 'a'), entry('c', 'b')]));
    expect(chainGroups(chain).map(origins)).toEqual([['a'], ['b'], ['c']]);
  });

  it('joins a link to the group just before it, never to an earlier one', () => {
    const chain = sourceChain(
      withChain([
        entry('a', undefined, { basis: 'credited', extent: 'whole' }),
        entry('b'),
        entry('c', undefined, { basis: 'credited', extent: 'whole' }),
        entry('d', undefined, { basis: 'credited', extent: 'whole' }),
      ]),
    );
    expect(chainGroups(chain).map(origins)).toEqual([['a'], ['b'], ['c', 'd']]);
  });
});

describe('creditsBesideChain edges', () => {
  it('keeps a photo credit even when the chain names the same outlet', () => {
    const photo = base.credits.find((c) => c.role === 'photo');
    if (photo === undefined) throw new Error('no photo credit');
    const s = { ...withChain([entry('p', undefined, { name: { ...photo.name } })]) };
    expect(creditsBesideChain(s, sourceChain(s))).toContainEqual(photo);
  });
});
