import { describe, expect, it } from 'vitest';
import { claimMatrix, divergence, divergenceCount, type Source, type TimelineEvent } from '../../src/domain';

// Hand-made events: only the fields the claim matrix reads.
const source = (id: string): Source => ({ id, outlet: { ar: id, en: id } }) as unknown as Source;
const quote = (text: string, ...claims: string[]) => ({ text, claims, start: 0, end: text.length, en: text });
const claim = (id: string, variantOf?: string) => ({
  id,
  text: { ar: id, en: id },
  ...(variantOf === undefined ? {} : { variantOf }),
});
const event = (claims: object[], accounts: Record<string, object[]>): TimelineEvent =>
  ({
    id: 'e',
    claims,
    accounts: Object.entries(accounts).map(([s, quotes]) => ({ source: s, quotes })),
  }) as unknown as TimelineEvent;
const [a, b, c] = [source('a'), source('b'), source('c')];

describe('the claim matrix', () => {
  it('gives a source that does not tell the event an empty cell, and a claim without variants none', () => {
    const e = event([claim('x')], { a: [quote('نص', 'x')] });
    const [row] = claimMatrix(e, [a, b]);
    expect(row?.cells.map((cell) => cell.quotes.length)).toEqual([1, 0]);
    expect(row).toMatchObject({ carriedBy: 1, singleSource: true, variants: [], variantOf: null });
  });

  it('calls nothing "only one source" when only one source reports the event', () => {
    const [row] = claimMatrix(event([claim('x')], { a: [quote('نص', 'x')] }), [a]);
    expect(row).toMatchObject({ singleSource: false, wordedDifferently: false, singleOrigin: false });
  });

  it('compares whole wordings: the same words split otherwise between quotes are the same wording', () => {
    const e = event([claim('x')], {
      a: [quote('أجرى اتصالا', 'x'), quote('مع نظيره', 'x')],
      b: [quote('أجرى', 'x'), quote('اتصالا مع نظيره', 'x')],
      c: [quote('أجرى اتصالا مع نظيره', 'x')],
    });
    const [row] = claimMatrix(e, [a, b, c]);
    expect(row).toMatchObject({ carriedBy: 3, wordedDifferently: false, origins: 3, singleOrigin: false });
  });

  it("tells a variant's agreement on its parent's row, and keeps a variant whose parent is missing as a claim", () => {
    const e = event([claim('x'), claim('y', 'x')], { a: [quote('نص', 'y')], b: [quote('كلام آخر', 'x')] });
    const [parent, variant] = claimMatrix(e, [a, b]);
    expect(parent).toMatchObject({ carriedBy: 2, wordedDifferently: true, singleSource: false });
    expect(parent?.variants.map((v) => v.id)).toEqual(['y']);
    expect(variant).toMatchObject({
      carriedBy: 1,
      singleSource: false,
      wordedDifferently: false,
      singleOrigin: false,
      originGroups: [],
    });
    expect(variant?.variantOf?.id).toBe('x');
    // A narrowed event without the parent, and a variant of a variant: claims of their own.
    const narrowed = claimMatrix(event([claim('y', 'x'), claim('z', 'y')], { a: [quote('نص', 'y', 'z')] }), [
      a,
      b,
    ]);
    expect(narrowed.map((r) => [r.claim.id, r.variantOf, r.singleSource])).toEqual([
      ['y', null, true],
      ['z', null, true],
    ]);
  });

  it('groups sources of one shared report on rows of their own, and none on a variant row', () => {
    const wire = [
      {
        origin: 'afp',
        name: { ar: 'ف', en: 'AFP' },
        basis: 'inferred',
        extent: 'whole',
        note: { ar: '', en: '' },
      },
    ];
    const [sa, sb] = [
      { ...a, restsOn: wire },
      { ...b, restsOn: wire },
    ] as Source[];
    const e = event([claim('x'), claim('y', 'x')], {
      a: [quote('نص', 'x'), quote('نص آخر', 'y')],
      b: [quote('نص', 'x'), quote('نص آخر', 'y')],
    });
    const [parent, variant] = claimMatrix(e, [sa!, sb!]);
    expect(parent).toMatchObject({ origins: 1, singleOrigin: true });
    expect(parent?.originGroups.map((g) => g.map((s) => s.id))).toEqual([['a', 'b']]);
    expect(variant).toMatchObject({ origins: 1, singleOrigin: false, originGroups: [] });
  });

  it('never marks a variant carried in different words: that is told on its parent', () => {
    const e = event([claim('x'), claim('y', 'x')], { a: [quote('نص', 'y')], b: [quote('كلام آخر', 'y')] });
    const [, variant] = claimMatrix(e, [a, b]);
    expect(variant).toMatchObject({ carriedBy: 2, wordedDifferently: false, singleOrigin: false });
  });

  it('counts divergence on claims of their own only', () => {
    const e = event([claim('x'), claim('y'), claim('z', 'x')], {
      a: [quote('نص', 'x', 'y', 'z')],
      b: [quote('نص', 'x', 'y')],
    });
    expect(divergenceCount(claimMatrix(e, [a, b]))).toEqual({
      missing: 0,
      worded: 0,
      diverging: 0,
      claims: 2,
    });
    const split = event([claim('x'), claim('y')], { a: [quote('نص', 'x', 'y')], b: [quote('نص', 'x')] });
    expect(divergenceCount(claimMatrix(split, [a, b]))).toEqual({
      missing: 1,
      worded: 0,
      diverging: 1,
      claims: 2,
    });
  });

  it('tells a claim every source carries in other words apart from one some sources leave out', () => {
    const e = event([claim('all'), claim('two'), claim('same')], {
      a: [quote('نص أول', 'all'), quote('نص', 'two', 'same')],
      b: [quote('كلام آخر', 'all'), quote('كلام', 'two', 'same')],
      c: [quote('قول ثالث', 'all'), quote('نص', 'same')],
    });
    const rows = claimMatrix(e, [a, b, c]);
    expect(rows.map(divergence)).toEqual(['worded', 'missing', 'worded']);
    expect(divergenceCount(rows)).toEqual({ missing: 1, worded: 2, diverging: 3, claims: 3 });
    // Two of three in the same words: still missing from one.
    const most = event([claim('x')], { a: [quote('نص', 'x')], b: [quote('نص', 'x')] });
    expect(claimMatrix(most, [a, b, c]).map(divergence)).toEqual(['missing']);
    expect(claimMatrix(most, [a, b]).map(divergence)).toEqual([null]);
  });
});
