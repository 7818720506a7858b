import { describe, expect, it } from 'vitest';
import { sameWindow, WINDOW_TOLERANCE_MS } from '../../src/state';

describe('sameWindow: the one tolerance for "the same window"', () => {
  const w = { from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 6, 1) };

  it('takes ends less than a second apart as the engine rounding the same window', () => {
    expect(WINDOW_TOLERANCE_MS).toBe(1000);
    expect(sameWindow(w, { from: w.from + 999, to: w.to - 999 })).toBe(true);
    expect(sameWindow(w, { from: w.from - 999, to: w.to + 999 })).toBe(true);
  });

  it('takes a second or more at either end as a move', () => {
    expect(sameWindow(w, { from: w.from + 1000, to: w.to })).toBe(false);
    expect(sameWindow(w, { from: w.from, to: w.to - 1000 })).toBe(false);
  });

  it('holds no window the same as a window, and none the same as none', () => {
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(w, null)).toBe(false);
    expect(sameWindow(null, w)).toBe(false);
  });
});
