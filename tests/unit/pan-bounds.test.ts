import { describe, expect, it } from 'vitest';
import { padBounds, panBounds, type TimelineEvent } from '../../src/domain';

const DAY = 86_400_000;
const at = (start: string, end?: string): TimelineEvent =>
  ({ id: start, start, ...(end === undefined ? {} : { end }) }) as unknown as TimelineEvent;

describe('how far the timeline pans and zooms out (S3-6)', () => {
  it('stops a little past the first and last events: 3 % of the span, two weeks to three months', () => {
    // Two years of events: 3 % is about 22 days.
    const two = panBounds([at('2022-01-01'), at('2023-12-31')]);
    expect(two).not.toBeNull();
    expect(Date.UTC(2022, 0, 1) - two!.from).toBeCloseTo(
      0.03 * (Date.UTC(2024, 0, 1) - Date.UTC(2022, 0, 1)),
      -3,
    );
    // A decade and more: never more than three months of empty axis.
    const long = panBounds([at('1990'), at('2024-06-25')]);
    expect(Date.UTC(1990, 0, 1) - long!.from).toBe(90 * DAY);
    expect(long!.to - Date.UTC(2024, 5, 26)).toBe(90 * DAY);
    // One day: at least two weeks either side.
    const one = panBounds([at('2024-06-25')]);
    expect(Date.UTC(2024, 5, 25) - one!.from).toBe(14 * DAY);
  });

  it('takes ranges to their end, and has nothing to bound without dated events', () => {
    const range = panBounds([at('2024-01-01', '2024-03')]);
    expect(range!.to).toBeGreaterThanOrEqual(Date.UTC(2024, 3, 1));
    expect(panBounds([])).toBeNull();
  });

  it('always holds the first view, with its own margin', () => {
    const home = { from: Date.UTC(2021, 9, 1), to: Date.UTC(2024, 11, 1) };
    const b = panBounds([at('1990'), at('2024-06-25')], home);
    expect(b!.to).toBe(home.to);
    expect(b!.from).toBe(Date.UTC(1990, 0, 1) - 90 * DAY);
  });

  it('pads any window the same way (a corpus bounds its own span)', () => {
    const w = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2020, 0, 1) };
    expect(padBounds(w)).toEqual({ from: w.from - 90 * DAY, to: w.to + 90 * DAY });
    const week = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 8) };
    expect(padBounds(week)).toEqual({ from: week.from - 14 * DAY, to: week.to + 14 * DAY });
  });
});
