import { describe, expect, it } from 'vitest';
import { claimMatrix, divergence, partingClaims, type Source, type TimelineEvent } from '../../src/domain';

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
const [a, b] = [source('a'), source('b')];
const ids = (rows: readonly { claim: { id: string } }[]): string[] => rows.map((r) => r.claim.id);

describe('where the accounts part ways', () => {
  it('says nothing of a claim no source carries', () => {
    const [row] = claimMatrix(event([claim('x')], { a: [quote('نص')], b: [quote('نص')] }), [a, b]);
    expect(row?.carriedBy).toBe(0);
    expect(divergence(row!)).toBeNull();
  });

  it('says nothing of a variant, even one a single source carries: it counts with its parent', () => {
    const e = event([claim('x'), claim('y', 'x')], { a: [quote('نص', 'x', 'y')], b: [quote('نص', 'x')] });
    const [parent, variant] = claimMatrix(e, [a, b]);
    expect(variant?.variantOf?.id).toBe('x');
    expect(variant?.carriedBy).toBe(1);
    expect(divergence(variant!)).toBeNull();
    expect(divergence(parent!)).toBeNull();
  });

  it('lists the claims some sources leave out first, then those worded otherwise, each in the claims’ order', () => {
    const e = event([claim('w1'), claim('m1'), claim('same'), claim('w2'), claim('m2'), claim('none')], {
      a: [quote('أول', 'w1', 'same'), quote('ثان', 'm1'), quote('ثالث', 'w2')],
      b: [quote('رابع', 'w1'), quote('أول', 'same'), quote('خامس', 'w2', 'm2')],
    });
    const rows = claimMatrix(e, [a, b]);
    expect(rows.map(divergence)).toEqual(['worded', 'missing', null, 'worded', 'missing', null]);
    expect(ids(partingClaims(rows))).toEqual(['m1', 'm2', 'w1', 'w2']);
  });

  it('lists nothing when every source tells every claim in the same words', () => {
    const e = event([claim('x')], { a: [quote('نص', 'x')], b: [quote('نص', 'x')] });
    expect(partingClaims(claimMatrix(e, [a, b]))).toEqual([]);
  });
});
