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
});
