import { describe, expect, it } from 'vitest';
import { coverageOf, indexDataset, reportingSources } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const coverage = (id: string) => {
  const event = dataset.events.find((e) => e.id === id)!;
  return coverageOf(event, reportingSources(index, event));
};

describe('coverageOf', () => {
  it('counts two sources carrying Reuters’ wording as one origin, and an uncredited account apart', () => {
    expect(coverage('call-2024-06-25')).toEqual({ sources: 3, independent: 1, unknown: 1, repeats: 1 });
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
