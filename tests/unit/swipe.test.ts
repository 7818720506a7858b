import { describe, expect, it } from 'vitest';
import { SWIPE_MIN, swipeStep } from '../../src/view/compare/swipe';

describe('swipeStep: a swipe over one source’s words', () => {
  it('brings the next source with a swipe towards the line’s start, the previous with the other way', () => {
    expect(swipeStep(-120, 10, false)).toBe(1);
    expect(swipeStep(120, 10, false)).toBe(-1);
    // Mirrored in Arabic: the line starts at the right.
    expect(swipeStep(120, 10, true)).toBe(1);
    expect(swipeStep(-120, 10, true)).toBe(-1);
  });
  it('leaves a short touch and an up-and-down swipe to the page', () => {
    expect(swipeStep(SWIPE_MIN - 1, 0, false)).toBe(0);
    expect(swipeStep(-SWIPE_MIN, 0, false)).toBe(1);
    expect(swipeStep(-100, 80, false)).toBe(0);
    expect(swipeStep(100, -300, true)).toBe(0);
  });
});
