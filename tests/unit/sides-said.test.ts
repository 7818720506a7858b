import { describe, expect, it } from 'vitest';
import {
  claimMatrix,
  indexDataset,
  whoSaidWhat,
  type Entity,
  type Source,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

// Hand-made events: only the fields the claim matrix reads.
const source = (id: string): Source => ({ id, outlet: { ar: id, en: id } }) as unknown as Source;
const entity = (id: string, side: string): Entity =>
  ({ id, side, kind: 'organisation', name: { ar: id, en: id }, aliases: [] }) as unknown as Entity;
const claim = (id: string, by?: string) => ({
  id,
  text: { ar: id, en: id },
  ...(by === undefined ? {} : { by }),
});
const quote = (...claims: string[]) => ({ text: 'نص', claims, start: 0, end: 2, en: 'text' });
const event = (claims: object[], accounts: Record<string, object[]>): TimelineEvent =>
  ({
    id: 'e',
    claims,
    accounts: Object.entries(accounts).map(([s, quotes]) => ({ source: s, quotes })),
  }) as unknown as TimelineEvent;
const entities = new Map(
  [entity('pentagon', 'us'), entity('kremlin', 'russia'), entity('kyiv', 'ukraine')].map((e) => [e.id, e]),
);
const order = ['us', 'russia', 'ukraine', 'other'];
const sources = [source('a'), source('b')];

describe('who said what', () => {
  it('groups attributed claims by the side of who said them, in the dataset’s order of sides', () => {
    const e = event(
      [claim('r1', 'kremlin'), claim('plain'), claim('u1', 'pentagon'), claim('r2', 'kremlin')],
      {
        a: [quote('r1', 'plain', 'u1')],
        b: [quote('r2', 'u1')],
      },
    );
    const said = whoSaidWhat(claimMatrix(e, sources), entities, order);
    expect(said.map((s) => s.side)).toEqual(['us', 'russia']);
    expect(said[1]!.claims.map((c) => [c.row.claim.id, c.by.id])).toEqual([
      ['r1', 'kremlin'],
      ['r2', 'kremlin'],
    ]);
    expect(said[0]!.claims[0]!.row.carriedBy).toBe(2);
  });

  it('is empty when the attributed claims come from one side only: there is nothing to set against it', () => {
    const e = event([claim('u1', 'pentagon'), claim('u2', 'pentagon')], {
      a: [quote('u1')],
      b: [quote('u2')],
    });
    expect(whoSaidWhat(claimMatrix(e, sources), entities, order)).toEqual([]);
  });

  it('leaves out a claim no source carries and one attributed to an entity the dataset lacks', () => {
    const e = event([claim('u1', 'pentagon'), claim('r1', 'kremlin'), claim('x', 'ghost')], {
      a: [quote('u1', 'x')],
      b: [quote('u1')],
    });
    expect(whoSaidWhat(claimMatrix(e, sources), entities, order)).toEqual([]);
  });

  it('puts a side the dataset does not list after those it does', () => {
    const e = event([claim('k', 'kyiv'), claim('u', 'pentagon')], { a: [quote('k', 'u')] });
    expect(whoSaidWhat(claimMatrix(e, sources), entities, ['us']).map((s) => s.side)).toEqual([
      'us',
      'ukraine',
    ]);
  });

  it('sets the Pentagon’s readout of the June 2024 call against the Russian defence ministry’s', () => {
    const dataset = loadCorpus();
    const index = indexDataset(dataset);
    const call = dataset.events.find((ev) => ev.id === 'call-2024-06-25')!;
    const reporting = dataset.sources.filter((s) => call.accounts.some((a) => a.source === s.id));
    const said = whoSaidWhat(claimMatrix(call, reporting), index.entities, order);
    expect(said.map((s) => [s.side, s.claims.map((c) => c.row.claim.id)])).toEqual([
      ['us', ['initiator', 'topic-lines-open']],
      ['russia', ['topic-ukraine', 'warning-weapons']],
    ]);
  });
});
