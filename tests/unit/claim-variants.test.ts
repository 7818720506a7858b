import { describe, expect, it } from 'vitest';
import {
  briefingEvent,
  claimMatrix,
  divergenceCount,
  indexDataset,
  reportingSources,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const index = indexDataset(corpus);
const event = (id: string): TimelineEvent => {
  const e = index.events.get(id);
  if (e === undefined) throw new Error(id);
  return e;
};
const rowsOf = (e: TimelineEvent) => claimMatrix(e, reportingSources(index, e));
const call = event('call-2024-06-25');
const VARIANTS = [
  'first-since-15-march-2023',
  'first-in-over-a-year',
  'first-in-a-year',
  'first-in-15-months',
];

describe('claim variants in the claims matrix (D13)', () => {
  const rows = rowsOf(call);
  const row = (id: string) => rows.find((r) => r.claim.id === id)!;

  it('put each variant right under its parent, marked as its variant', () => {
    const at = rows.findIndex((r) => r.claim.id === 'first-since-march-2023');
    expect(rows.slice(at + 1, at + 5).map((r) => r.claim.id)).toEqual(VARIANTS);
    for (const id of VARIANTS) expect(row(id).variantOf?.id).toBe('first-since-march-2023');
    expect(row('first-since-march-2023').variants.map((c) => c.id)).toEqual(VARIANTS);
    expect(row('first-since-march-2023').variantOf).toBeNull();
    // Every claim still has one row.
    expect(rows).toHaveLength(call.claims.length);
  });

  it('count the parent’s support over its own and its variants’ quotes', () => {
    const parent = row('first-since-march-2023');
    expect(parent.carriedBy).toBe(3);
    const art003 = parent.cells.find((c) => c.source.id === 'art-003')!;
    // The headline «… لأول مرة منذ 15 شهرا» (a variant's quote) joins the parent's own quote, in article order.
    expect(art003.quotes.map((q) => q.start)).toEqual([0, 82, 383]);
    const art001 = parent.cells.find((c) => c.source.id === 'art-001')!;
    expect(art001.quotes.map((q) => q.start)).toEqual([0, 95, 358]);
    expect(parent.wordedDifferently).toBe(true);
  });

  it('never mark a variant "only one source", nor flag its wording or origin', () => {
    for (const id of VARIANTS) {
      expect(row(id).carriedBy).toBe(1);
      expect(row(id)).toMatchObject({ singleSource: false, wordedDifferently: false, singleOrigin: false });
    }
  });

  it('count divergences as "N of M" over claims of their own', () => {
    const n = divergenceCount(rows);
    expect(n.claims).toBe(call.claims.length - VARIANTS.length);
    const own = rows.filter((r) => r.variantOf === null);
    expect(n.missing).toBe(own.filter((r) => r.carriedBy < r.cells.length).length);
    expect(n.worded).toBe(own.filter((r) => r.carriedBy === r.cells.length && r.wordedDifferently).length);
    // The call's 12 claims of its own: 8 some sources leave out, 4 all three tell in other words.
    expect(n).toEqual({ missing: 8, worded: 4, diverging: 12, claims: 12 });
  });

  it('let a variant whose parent a briefing leaves out stand on its own', () => {
    const narrowed = briefingEvent(
      call,
      { event: call.id, claims: ['first-in-15-months' as never] },
      reportingSources(index, call),
    );
    const [only] = claimMatrix(narrowed.event, narrowed.reporting);
    expect(only).toMatchObject({ variantOf: null, singleSource: true, carriedBy: 1 });
  });

  it('group the other near-duplicates the dataset marks', () => {
    const parentOf = (e: string, c: string) => rowsOf(event(e)).find((r) => r.claim.id === c)?.variantOf?.id;
    expect(parentOf('call-2023-03-15', 'previous-call-15-march-2023')).toBe('previous-call-march-2023');
    expect(parentOf('invasion-2022-02-24', 'began-24-february')).toBe('began-february');
    expect(parentOf('russia-blames-us-2024-06-23', 'us-directly-responsible')).toBe('us-responsible');
  });
});
