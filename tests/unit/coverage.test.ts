import { describe, expect, it } from 'vitest';
import {
  coverageByOutlet,
  coverageOf,
  indexDataset,
  reportingSources,
  type Source,
  type SourceId,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const coverage = (id: string) => {
  const event = dataset.events.find((e) => e.id === id)!;
  return coverageOf(event, reportingSources(index, event));
};

describe('coverageOf', () => {
  it('counts two sources carrying Reuters’ wording as one origin, and an uncredited account apart', () => {
    expect(coverage('call-2024-06-25')).toEqual({
      sources: 3,
      independent: 1,
      unknown: 1,
      atLeast: 1,
      repeats: 1,
    });
  });
  it('counts at least one origin where every source’s is unknown, and the known ones otherwise', () => {
    for (const event of dataset.events) {
      const c = coverageOf(event, reportingSources(index, event));
      expect(c.atLeast).toBe(c.independent === 0 && c.unknown > 0 ? 1 : c.independent);
      expect(c.atLeast).toBeLessThanOrEqual(c.independent + c.unknown);
    }
  });
  it('counts every source of every event once, in exactly one of its parts', () => {
    for (const event of dataset.events) {
      const c = coverageOf(event, reportingSources(index, event));
      expect(c.independent + c.unknown + c.repeats).toBe(c.sources);
      expect(c.sources).toBe(event.accounts.filter((a) => a.quotes.length > 0).length);
    }
  });
  it('leaves out a source passed without an account of the event, and one whose account quotes nothing', () => {
    const event = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
    const reporting = reportingSources(index, event);
    const stranger = dataset.sources.find((s) => !event.accounts.some((a) => a.source === s.id))!;
    expect(coverageOf(event, [...reporting, stranger])).toEqual(coverageOf(event, reporting));
    const silent = { ...event, accounts: event.accounts.map((a, i) => (i === 0 ? { ...a, quotes: [] } : a)) };
    expect(coverageOf(silent, reporting).sources).toBe(coverageOf(event, reporting).sources - 1);
  });
});

describe('coverageByOutlet', () => {
  const june = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
  const reporting = reportingSources(index, june);
  const outlets = dataset.outlets ?? [];
  it('groups the June 2024 call’s sources by the country and ownership of the report each rests on first', () => {
    const c = coverageByOutlet(june, reporting, outlets);
    expect(c.shares.map((s) => [s.country.en, s.kind.en, s.names.map((n) => n.en), s.sources])).toEqual([
      ['US', 'government-funded broadcaster', ['Alhurra'], 1],
      ['UK', 'private news agency', ['Reuters'], 1],
      ['Egypt', 'owned by United Media Services', ['Al Qahera News'], 1],
    ]);
    expect(c.undescribed).toBe(0);
    // Outside knowledge, and said to be so, in both languages.
    expect(c.shares.map((s) => s.country.ar)).toEqual(['الولايات المتحدة', 'بريطانيا', 'مصر']);
  });
  it('counts every telling source once, a source whose report is not described apart, and guesses nothing', () => {
    for (const event of dataset.events) {
      const r = reportingSources(index, event);
      const c = coverageByOutlet(event, r, outlets);
      expect(c.shares.reduce((n, s) => n + s.sources, 0) + c.undescribed).toBe(coverageOf(event, r).sources);
    }
    // Without the outlets' descriptions nothing is known of them.
    expect(coverageByOutlet(june, reporting, [])).toEqual({ shares: [], undescribed: 3 });
    // Two sources on the same kind of outlet in the same country are one share, most first.
    const twinId = 'twin' as SourceId;
    const twin: Source = { ...reporting[2]!, id: twinId };
    const event = { ...june, accounts: [...june.accounts, { ...june.accounts[2]!, source: twinId }] };
    const c = coverageByOutlet(event, [...reporting, twin], outlets);
    expect(c.shares.map((s) => [s.country.en, s.names.map((n) => n.en), s.sources])).toEqual([
      ['Egypt', ['Al Qahera News'], 2],
      ['US', ['Alhurra'], 1],
      ['UK', ['Reuters'], 1],
    ]);
  });
  it('leaves out a source passed whose account quotes nothing, or that has no account of the event', () => {
    const quiet = { ...june, accounts: june.accounts.map((a, i) => (i === 0 ? { ...a, quotes: [] } : a)) };
    const c = coverageByOutlet(quiet, reporting, outlets);
    expect(c.shares.map((s) => s.names.map((n) => n.en))).toEqual([['Reuters'], ['Al Qahera News']]);
    const none = { ...june, accounts: june.accounts.slice(1) };
    expect(coverageByOutlet(none, reporting, outlets).shares.map((s) => s.sources)).toEqual([1, 1]);
  });
});
