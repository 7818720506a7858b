import { describe, expect, it } from 'vitest';
import { chainGroups, creditsBesideChain, sourceChain, type Provenance, type Source } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const source = (id: string): Source => {
  const s = corpus.sources.find((x) => x.id === id);
  if (s === undefined) throw new Error(id);
  return s;
};
const entry = (origin: string, via?: string): Provenance => ({
  origin,
  name: { ar: origin, en: origin },
  basis: 'inferred',
  extent: 'part',
  ...(via !== undefined ? { via } : {}),
  note: { ar: '-', en: '-' },
});

describe('sourceChain', () => {
  it('puts each report first, then what came through it, with the outlets’ outside identity', () => {
    const chain = sourceChain(source('art-001'), corpus.outlets);
    expect(chain.map((c) => [c.origin, c.basis, c.part, c.via?.en])).toEqual([
      ['alhurra', 'credited', false, undefined],
      ['reuters', 'inferred', true, 'Alhurra'],
      ['afp', 'inferred', true, 'Alhurra'],
    ]);
    expect(chain.map((c) => c.identity?.country.en)).toEqual(['US', 'UK', 'France']);
    // Every identity is marked as outside knowledge in both languages.
    for (const c of chain) {
      expect(c.identity?.note.en).toMatch(/^Outside knowledge/);
      expect(c.identity?.note.ar).toMatch(/^معرفة من خارج المقالات/);
    }
  });

  it('says nothing of an outlet the dataset does not describe', () => {
    const chain = sourceChain(source('art-002'));
    expect(chain.map((c) => c.origin)).toEqual(['reuters', 'afp']);
    expect(chain.every((c) => c.identity === undefined)).toBe(true);
  });

  it('leaves the unknown origin out and keeps an entry whose via is not listed', () => {
    const s = {
      ...source('art-002'),
      restsOn: [entry('unknown'), entry('b', 'a'), entry('c'), entry('d', 'c')],
    };
    expect(sourceChain(s).map((c) => c.origin)).toEqual(['b', 'c', 'd']);
    expect(sourceChain(s).find((c) => c.origin === 'd')?.via?.en).toBe('c');
    expect(sourceChain(s).find((c) => c.origin === 'b')?.via).toBeUndefined();
  });

  it('still lists every entry of a cycle of vias', () => {
    const s = { ...source('art-002'), restsOn: [entry('a', 'b'), entry('b', 'a')] };
    expect(
      sourceChain(s)
        .map((c) => c.origin)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('chainGroups', () => {
  it('says a route and a basis once for the reports that share them', () => {
    const chain = sourceChain(source('art-001'), corpus.outlets);
    expect(chainGroups(chain).map((g) => g.map((c) => c.origin))).toEqual([['alhurra'], ['reuters', 'afp']]);
    const s = source('art-002');
    expect(chainGroups(sourceChain(s)).map((g) => g.map((c) => c.origin))).toEqual([['reuters'], ['afp']]);
  });
});

describe('creditsBesideChain', () => {
  it('keeps the photo credit and drops the credit the chain already names', () => {
    const s = source('art-002');
    expect(creditsBesideChain(s, sourceChain(s)).map((c) => [c.name.en, c.role])).toEqual([
      ['Politico', 'photo'],
    ]);
  });
  it('keeps a bare name whose role is unclear even when the chain names it', () => {
    const s = {
      ...source('art-000'),
      restsOn: [{ ...entry('reuters'), name: { ar: 'رويترز', en: 'Reuters' } }],
    };
    expect(creditsBesideChain(s, sourceChain(s)).map((c) => c.name.en)).toEqual(['Reuters', 'AFP']);
  });
});
