import { describe, expect, it } from 'vitest';
import { mainCluster } from '../../src/domain';
import { deskFit } from '../../src/view/timeline/desk-fit';
import { loadCorpus } from '../fixtures/corpus';
import { eventAt } from '../support/events';

const ids = (es: readonly { id: string }[]): string[] => es.map((e) => e.id);

describe('the main stretch of time "Show all events" fits at a desk (review 10, S3-10)', () => {
  it('leaves out the corpus’s 1962 and 2014 events and keeps every event from 2019 on', () => {
    const events = loadCorpus().events;
    const main = mainCluster(events);
    expect(ids(main)).not.toContain('cuban-missile-crisis-1962');
    expect(ids(main)).not.toContain('crimea-annexation-2014');
    expect(main.length).toBe(events.length - 2);
    const w = deskFit(events, 820);
    expect(w).not.toBeNull();
    // From 2019 (less the room its box needs) to 2024, not from 1950.
    expect(new Date(w!.from).getUTCFullYear()).toBeGreaterThanOrEqual(2017);
    expect(new Date(w!.to).getUTCFullYear()).toBeLessThanOrEqual(2026);
  });

  it('leaves out a few events apart at either end, never many, and none when the gaps are ordinary', () => {
    const cluster = ['2022-01-01', '2022-03-01', '2022-06-01', '2022-09-01', '2022-12-01'].map((d, i) =>
      eventAt(`c${i}`, d),
    );
    const far = [eventAt('old', '1900'), ...cluster, eventAt('late', '2090')];
    expect(ids(mainCluster(far))).toEqual(ids(cluster));
    // Gaps shorter than half the rest's span: nothing stands apart.
    const even = ['2010', '2011', '2012', '2013', '2014'].map((d) => eventAt(d, d));
    expect(ids(mainCluster(even))).toEqual(['2010', '2011', '2012', '2013', '2014']);
    // Half of the events far away is no outlier: with four, one at most may go.
    const two = [eventAt('a', '1900'), eventAt('b', '1901'), eventAt('c', '2022'), eventAt('d', '2022-06')];
    expect(mainCluster(two).length).toBeGreaterThanOrEqual(3);
  });
});
