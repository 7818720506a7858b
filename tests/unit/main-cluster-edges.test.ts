import { describe, expect, it } from 'vitest';
import { leftOut, mainCluster } from '../../src/domain';
import { eventAt } from '../support/events';

const ids = (es: readonly { id: string }[]): string[] => es.map((e) => e.id);
const at = (d: string): number => Date.parse(`${d}T00:00:00Z`);

// Five events of 2022 with one of 1900 and one of 2090 far from them, given out of time order.
const cluster = ['2022-09-01', '2022-01-01', '2022-12-01', '2022-03-01', '2022-06-01'].map((d) =>
  eventAt(d, d),
);
const old = eventAt('old', '1900');
const older = eventAt('older', '1850');
const late = eventAt('late', '2090');
const undated = eventAt('undated', 'not a date');
/** From the first of 2022 to the end of its 1 December: the whole main stretch and nothing more. */
const whole = { from: at('2022-01-01'), to: at('2022-12-02') };

describe('the main stretch of time, at its edges', () => {
  it('is in time order whatever the order given, and leaves out an event with no date', () => {
    expect(ids(mainCluster([late, ...cluster, undated, old]))).toEqual([
      '2022-01-01',
      '2022-03-01',
      '2022-06-01',
      '2022-09-01',
      '2022-12-01',
    ]);
  });

  it('is nothing of no events, and the one event of one', () => {
    expect(mainCluster([])).toEqual([]);
    expect(ids(mainCluster([old]))).toEqual(['old']);
  });

  it('keeps an end event whose gap is exactly half the span of the rest', () => {
    // The 1st and 11th of January and the 20th and 28th: the gap after the 1st (from its end, the 2nd,
    // to the 11th) is nine days, half the eighteen from the 11th to the end of the 28th.
    const days = ['2022-01-01', '2022-01-11', '2022-01-20', '2022-01-28'].map((d) => eventAt(d, d));
    expect(ids(mainCluster(days))).toEqual(ids(days));
  });
});

describe('the events a window showing the whole main stretch leaves out', () => {
  it('are those before and after it, each side in time order', () => {
    // Twenty events of 2022, so that two at an end may stand apart (a tenth of 23).
    const many = Array.from({ length: 20 }, (_, i) =>
      eventAt(`m${i}`, `2022-01-${String(i + 1).padStart(2, '0')}`),
    );
    const w = { from: at('2022-01-01'), to: at('2022-01-21') };
    const later = eventAt('later', '2095');
    expect(leftOut([later, late, ...many, old, older, undated], w)).toEqual({
      before: [older, old],
      after: [late, later],
    });
    expect(leftOut([...cluster, late], whole)).toEqual({ before: [], after: [late] });
  });

  it('are counted while the window holds the main stretch exactly, edge to edge', () => {
    expect(leftOut([...cluster, old], whole)).not.toBeNull();
    expect(leftOut([...cluster, old], { ...whole, from: whole.from + 1 })).toBeNull();
    expect(leftOut([...cluster, old], { ...whole, to: whole.to - 1 })).toBeNull();
  });

  it('take an event that ends where the window begins, or begins where it ends, as outside it', () => {
    // The window from the start of 1901, where 1900 ends, to the start of 2090, where 2090 begins.
    const w = { from: at('1901-01-01'), to: at('2090-01-01') };
    expect(leftOut([...cluster, old, late], w)).toEqual({ before: [old], after: [late] });
    // Inside the window, though out of the main stretch: neither side.
    expect(leftOut([...cluster, old, late], { from: at('1900-01-01'), to: at('2091-01-01') })).toBeNull();
  });

  it('are none when nothing stands apart, when the window does not hold the main stretch, or of no events', () => {
    expect(leftOut(cluster, whole)).toBeNull();
    expect(leftOut([...cluster, old], { from: at('2022-02-01'), to: at('2022-12-02') })).toBeNull();
    expect(leftOut([], whole)).toBeNull();
  });
});
