import { describe, expect, it } from 'vitest';
import { padBounds, panBounds, type TimelineEvent } from '../../src/domain';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const at = (start: string, end?: string): TimelineEvent =>
  ({ id: start, start, ...(end === undefined ? {} : { end }) }) as unknown as TimelineEvent;

describe('how far the timeline pans and zooms out (S3-6)', () => {
  it('stops past the first and last events by a tenth of the span, at least a year', () => {
    // Two years of events: a tenth is under a year, so a year either side.
    const two = panBounds([at('2022-01-01'), at('2023-12-31')]);
    expect(Date.UTC(2022, 0, 1) - two!.from).toBe(YEAR);
    expect(two!.to - Date.UTC(2024, 0, 1)).toBe(YEAR);
    // Thirty-four years and more: a tenth of the span, not decades.
    const long = panBounds([at('1990'), at('2024-06-25')]);
    const span = Date.UTC(2024, 5, 26) - Date.UTC(1990, 0, 1);
    expect(Date.UTC(1990, 0, 1) - long!.from).toBeCloseTo(span * 0.1, -3);
    expect(long!.to - Date.UTC(2024, 5, 26)).toBeCloseTo(span * 0.1, -3);
  });

  it('pads any window the same way (a corpus bounds its own span)', () => {
    const w = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2020, 0, 1) };
    const p = padBounds(w);
    expect(w.from - p.from).toBe((w.to - w.from) * 0.1);
    expect(p.to - w.to).toBe((w.to - w.from) * 0.1);
  });

  it('takes ranges to their end, and has nothing to bound without dated events', () => {
    const range = panBounds([at('2024-01-01', '2024-03')]);
    expect(range!.to).toBeGreaterThanOrEqual(Date.UTC(2024, 3, 1) + YEAR);
    expect(panBounds([])).toBeNull();
  });

  it('always holds the first view, with its own margin', () => {
    const home = { from: Date.UTC(1970, 9, 1), to: Date.UTC(2030, 11, 1) };
    const b = panBounds([at('1990'), at('2024-06-25')], home);
    expect(b!.to).toBe(home.to);
    expect(b!.from).toBe(home.from);
  });
});
