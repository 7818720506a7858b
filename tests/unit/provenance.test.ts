import { describe, expect, it } from 'vitest';
import {
  claimMatrix,
  countOrigins,
  groupByOrigin,
  indexDataset,
  ownOrigin,
  passageProvenance,
  restOnOneReport,
  reportingSources,
  rootProvenance,
  sharedOrigins,
  unknownOriginSources,
  UNKNOWN_ORIGIN,
  type Provenance,
  type Quote,
  type Source,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { miniDataset } from '../fixtures/mini-dataset';

const corpus = loadCorpus();
const index = indexDataset(corpus);
const event = (id: string): TimelineEvent => {
  const e = corpus.events.find((x) => x.id === id);
  if (e === undefined) throw new Error(id);
  return e;
};
const rowsOf = (id: string) => claimMatrix(event(id), reportingSources(index, event(id)));
const row = (id: string, claim: string) => {
  const r = rowsOf(id).find((x) => x.claim.id === claim);
  if (r === undefined) throw new Error(claim);
  return r;
};
const ids = (groups: readonly (readonly { id: string }[])[]) => groups.map((g) => g.map((s) => s.id));
const entry = (origin: string, via?: string): Provenance => ({
  origin,
  name: { ar: origin, en: origin },
  basis: 'inferred',
  note: { ar: '-', en: '-' },
  ...(via === undefined ? {} : { via }),
});

describe('origins of a passage', () => {
  it('follows a chain to its root: Reuters through Alhurra is Reuters', () => {
    expect(rootProvenance([entry('alhurra'), entry('reuters', 'alhurra')]).map((p) => p.origin)).toEqual([
      'reuters',
    ]);
    expect(rootProvenance([entry('afp'), entry('sputnik')]).map((p) => p.origin)).toEqual(['afp', 'sputnik']);
  });

  it('reads a passage’s own entries, else its whole source’s, else none', () => {
    const s1 = index.sources.get('art-001')!;
    const s2 = index.sources.get('art-002')!;
    const call = event('call-2024-06-25');
    const q1 = call.accounts.find((a) => a.source === 'art-001')!.quotes[1]!;
    expect(passageProvenance(s1, q1).map((p) => p.origin)).toEqual(['reuters']);
    // The headline is Alhurra's own; the ministry's statement on Ukraine is AFP's (audit F7).
    const [headline, , , , ukraine] = call.accounts.find((a) => a.source === 'art-001')!.quotes;
    expect(passageProvenance(s1, headline!).map((p) => p.origin)).toEqual(['alhurra']);
    expect(passageProvenance(s1, ukraine!).map((p) => p.origin)).toEqual(['afp']);
    const credited = call.accounts.find((a) => a.source === 'art-002')!.quotes[0]!;
    expect(passageProvenance(s2, credited).map((p) => [p.origin, p.basis])).toEqual([
      ['reuters', 'credited'],
    ]);
    // art-002 rests on Reuters only in part: an unmarked passage is its own.
    const minimum = event('contacts-at-minimum-2024-06').accounts[0]!.quotes[0]!;
    expect(passageProvenance(s2, minimum)).toEqual([]);
  });

  it('groups items linked through any shared key, keeping order', () => {
    const groups = groupByOrigin([
      { id: 'a', keys: new Set(['x']) },
      { id: 'b', keys: new Set(['y']) },
      { id: 'c', keys: new Set(['y', 'x']) },
      { id: 'd', keys: new Set(['z']) },
    ]);
    expect(ids(groups)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});

describe('agreement counted in independent origins', () => {
  it('counts the Reuters pair once for Belousov’s warning: three outlets, at most two origins', () => {
    const r = row('call-2024-06-25', 'warning-weapons');
    expect([r.carriedBy, r.origins, r.singleOrigin]).toEqual([3, 2, false]);
    expect([r.originsAtLeast, r.unknownOrigins]).toEqual([1, 1]);
    expect(ids(r.originGroups)).toEqual([['art-001', 'art-002']]);
  });

  it('marks a claim two outlets carry from one report as single-origin', () => {
    const ryder = row('call-2024-06-25', 'initiator');
    expect([ryder.carriedBy, ryder.origins, ryder.singleOrigin]).toEqual([2, 1, true]);
    const may = row('call-2022-05-13', 'last-talk-13-may');
    expect([may.carriedBy, may.origins, may.singleOrigin]).toEqual([2, 1, true]);
    expect(ids(may.originGroups)).toEqual([['art-000', 'art-004']]);
  });

  it('keeps independent tellings independent', () => {
    // art-000 (AFP) and art-004's Sputnik copy of the Sunday call never share a report.
    const sources = row('invasion-2022-02-24', 'relations-declined');
    expect([sources.carriedBy, sources.origins, sources.singleOrigin]).toEqual([4, 2, false]);
    // But art-004's line on the Friday call is AFP's lede, tense shifted (audit F3): one origin.
    const friday = row('call-2022-10-21', 'call-held');
    expect([friday.carriedBy, friday.origins, friday.singleOrigin]).toEqual([2, 1, true]);
  });

  it('never counts a rewrite of unknown origin as an independent witness', () => {
    // art-003's uncredited account of the call and the Reuters pair: one origin, perhaps two.
    for (const [ev, claim] of [
      ['call-2024-06-25', 'call-held'],
      ['call-2024-06-25', 'first-since-march-2023'],
      ['call-2024-06-25', 'topic-lines-open'],
      ['call-2024-06-25', 'warning-weapons'],
      ['call-2023-03-15', 'previous-call-march-2023'],
    ] as const) {
      const r = row(ev, claim);
      expect([claim, r.carriedBy, r.originsAtLeast, r.origins, r.unknownOrigins]).toEqual([
        claim,
        3,
        1,
        2,
        1,
      ]);
    }
    // Told by art-003 alone, it still rests on one origin, whatever it is.
    const alone = row('call-2024-06-25', 'topic-resume-military-comms');
    expect([alone.carriedBy, alone.originsAtLeast, alone.origins, alone.unknownOrigins]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('counts origins as a range: unknown ones are never shared and never independent', () => {
    const k = (...keys: string[]) => ({ keys: new Set(keys) });
    expect(countOrigins(groupByOrigin([k('reuters'), k('reuters'), k('unknown:b')]))).toEqual({
      atLeast: 1,
      atMost: 2,
      unknown: 1,
    });
    expect(countOrigins(groupByOrigin([k('unknown:a'), k('unknown:b')]))).toEqual({
      atLeast: 1,
      atMost: 2,
      unknown: 2,
    });
    // A source that also rests on a known report for the claim counts by that report.
    expect(countOrigins(groupByOrigin([k('afp', 'unknown:a'), k('source:b')]))).toEqual({
      atLeast: 2,
      atMost: 2,
      unknown: 0,
    });
    expect(countOrigins([])).toEqual({ atLeast: 0, atMost: 0, unknown: 0 });
  });

  it('keeps two sources of unknown origin apart, and out of the shared-copy note', () => {
    const d = miniDataset() as any;
    const b = { ...structuredClone(d.sources[0]), id: 'src-b' };
    d.sources.push(b);
    const account = { ...structuredClone(d.events[0].accounts[0]), source: 'src-b' };
    d.events[0].accounts.push(account);
    for (const a of d.events[0].accounts) for (const q of a.quotes) q.restsOn = [entry(UNKNOWN_ORIGIN)];
    const [r] = claimMatrix(d.events[0], d.sources);
    expect([r!.carriedBy, r!.originsAtLeast, r!.origins, r!.unknownOrigins, r!.singleOrigin]).toEqual([
      2,
      1,
      2,
      2,
      false,
    ]);
    expect(sharedOrigins(d.events[0], d.sources)).toEqual([]);
    expect(unknownOriginSources(d.events[0], d.sources).map((s) => s.id)).toEqual(['src-a', 'src-b']);
  });

  it('names in the note only a source whose whole account of the event is of unknown origin', () => {
    const d = miniDataset() as any;
    const [account] = d.events[0].accounts;
    const [quote] = account.quotes;
    quote.restsOn = [entry(UNKNOWN_ORIGIN)];
    expect(unknownOriginSources(d.events[0], d.sources).map((s) => s.id)).toEqual(['src-a']);
    account.quotes.push({ ...structuredClone(quote), restsOn: [entry('afp')] });
    expect(unknownOriginSources(d.events[0], d.sources)).toEqual([]);
    account.quotes[1].restsOn = undefined;
    expect(unknownOriginSources(d.events[0], d.sources)).toEqual([]);
    account.quotes = [];
    expect(unknownOriginSources(d.events[0], d.sources)).toEqual([]);
    // In the corpus: art-003's account of the June 2024 call, not art-004's of Shoigu's calls (one passage unknown).
    const named = (id: string) => {
      const ev = corpus.events.find((e) => e.id === id)!;
      const reporting = corpus.sources.filter((s) => ev.accounts.some((a) => a.source === s.id));
      return unknownOriginSources(ev, reporting).map((s) => s.id);
    };
    expect(named('call-2024-06-25')).toEqual(['art-003']);
    expect(named('shoigu-european-calls-2022-10-23')).toEqual([]);
  });

  it('calls a claim single-origin only when every carrying source rests on that one report alone (audit F16)', () => {
    // art-002 also carries the annexation in its own and AFP's words: linked through Reuters, not one report.
    const crimea = row('crimea-annexation-2014', 'annexed-by-russia');
    expect([crimea.carriedBy, crimea.origins, crimea.singleOrigin]).toEqual([2, 1, false]);
    const k = (...keys: string[]) => ({ keys: new Set(keys) });
    expect(restOnOneReport([k('reuters'), k('reuters')])).toBe(true);
    expect(restOnOneReport([k('reuters'), k('reuters', 'afp')])).toBe(false);
    expect(restOnOneReport([k('reuters')])).toBe(false);
  });

  it('counts every source as its own origin in a dataset without provenance', () => {
    const d = miniDataset();
    const e = d.events[0]!;
    const rows = claimMatrix(e, d.sources);
    expect(rows.map((r) => [r.carriedBy, r.origins, r.singleOrigin, r.originGroups.length])).toEqual([
      [1, 1, false, 0],
    ]);
  });

  it('names the report two sources of an event share, with how it is known', () => {
    const call = event('call-2024-06-25');
    const shared = sharedOrigins(call, reportingSources(index, call));
    expect(shared.map((s) => [s.origin, s.name.en, s.basis, s.sources.map((x) => x.id)])).toEqual([
      ['reuters', 'Reuters', 'inferred', ['art-001', 'art-002']],
    ]);
    const may = event('call-2022-05-13');
    expect(sharedOrigins(may, reportingSources(index, may)).map((s) => [s.name.en, s.basis])).toEqual([
      ['AFP', 'inferred'],
    ]);
    const kremlin = event('kremlin-no-putin-biden-call-2022-10-21');
    expect(sharedOrigins(kremlin, reportingSources(index, kremlin))).toEqual([]);
  });

  it('lets a passage’s own entry replace its source’s entry for the same report', () => {
    const s0 = index.sources.get('art-000')!;
    const mccarthy = event('mccarthy-blank-cheque-2022-10-18').accounts[0]!.quotes[1]!;
    expect(passageProvenance(s0, mccarthy).map((p) => [p.origin, p.basis])).toEqual([['afp', 'credited']]);
    const other = event('mccarthy-blank-cheque-2022-10-18').accounts[0]!.quotes[0]!;
    expect(passageProvenance(s0, other).map((p) => [p.origin, p.basis])).toEqual([['afp', 'inferred']]);
  });

  it('calls a shared report credited only when every source credits it, and skips sources without an account', () => {
    const d = miniDataset() as any;
    const b = { ...structuredClone(d.sources[0]), id: 'src-b' };
    d.sources.push(b);
    const credited = { ...entry('reuters'), basis: 'credited' };
    d.sources[0].restsOn = [{ ...credited, extent: 'whole' }];
    b.restsOn = [{ ...credited, extent: 'whole' }];
    d.events[0].accounts.push({ ...structuredClone(d.events[0].accounts[0]), source: 'src-b' });
    const stranger = { ...structuredClone(d.sources[0]), id: 'src-c' };
    const shared = sharedOrigins(d.events[0], [...d.sources, stranger]);
    expect(shared.map((s) => [s.origin, s.basis, s.sources.map((x: any) => x.id)])).toEqual([
      ['reuters', 'credited', ['src-a', 'src-b']],
    ]);
    b.restsOn = [{ ...credited, basis: 'inferred', extent: 'whole' }];
    expect(sharedOrigins(d.events[0], d.sources).map((s) => s.basis)).toEqual(['inferred']);
  });
});

describe('origins at their edges', () => {
  const k = (...keys: string[]) => ({ keys: new Set(keys) });
  const whole = (origin: string): Provenance => ({ ...entry(origin), extent: 'whole' });

  it("keys a source's own words by the source, so two sources' own words are two origins", () => {
    expect(ownOrigin({ id: 'x' } as Source)).toBe('source:x');
    const d = miniDataset() as any;
    d.sources.push({ ...structuredClone(d.sources[0]), id: 'src-b' });
    d.events[0].accounts.push({ ...structuredClone(d.events[0].accounts[0]), source: 'src-b' });
    const [r] = claimMatrix(d.events[0], d.sources);
    expect(r).toMatchObject({ carriedBy: 2, origins: 2, originsAtLeast: 2, unknownOrigins: 0 });
  });

  it("adds a passage's own entries to its source's whole-text ones, each origin once", () => {
    const source = { id: 's', restsOn: [whole('afp')] } as unknown as Source;
    const q = (...origins: string[]) => ({ restsOn: origins.map((o) => entry(o)) }) as unknown as Quote;
    expect(passageProvenance(source, q('reuters')).map((p) => p.origin)).toEqual(['afp', 'reuters']);
    expect(passageProvenance(source, q('reuters', 'afp')).map((p) => p.origin)).toEqual(['reuters', 'afp']);
    expect(passageProvenance(source, q()).map((p) => p.origin)).toEqual(['afp']);
  });

  it('counts a range from the known origins up, and one when only unknown ones carry it', () => {
    expect(countOrigins([[k('afp')], [k('source:b')], [k('unknown:c')]])).toEqual({
      atLeast: 2,
      atMost: 3,
      unknown: 1,
    });
    expect(countOrigins([[k('unknown:a')], [k('unknown:b')]])).toEqual({ atLeast: 1, atMost: 2, unknown: 2 });
    expect(countOrigins([[]])).toEqual({ atLeast: 0, atMost: 0, unknown: 0 });
  });

  it('calls sources one report only when each rests on that one report alone', () => {
    expect(restOnOneReport([k('afp')])).toBe(false);
    expect(restOnOneReport([k('afp', 'reuters'), k('afp')])).toBe(false);
    expect(restOnOneReport([k('afp'), k('afp'), k('reuters')])).toBe(false);
    expect(restOnOneReport([k('afp'), k('afp'), k('afp')])).toBe(true);
  });

  it('names no reporting source without an account, nor one whose passage also rests on a known report', () => {
    const d = miniDataset() as any;
    const [quote] = d.events[0].accounts[0].quotes;
    quote.restsOn = [entry(UNKNOWN_ORIGIN), entry('afp')];
    const other = { ...structuredClone(d.sources[0]), id: 'src-b' };
    expect(unknownOriginSources(d.events[0], [...d.sources, other])).toEqual([]);
  });
});
