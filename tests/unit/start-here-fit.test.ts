import { describe, expect, it } from 'vitest';
import { wholeCards } from '../../src/view/panels/start-here';

describe('wholeCards', () => {
  it('keeps the cards, in order, that end above the room, and none after the first that does not', () => {
    expect(wholeCards([100, 200, 300, 400], 350)).toBe(3);
    expect(wholeCards([100, 200, 300, 400], 400)).toBe(4);
    expect(wholeCards([100, 200, 300, 400], 299)).toBe(2);
  });
  it('keeps one card even when it does not fit, and all when the room is enough', () => {
    expect(wholeCards([500, 600], 300)).toBe(1);
    expect(wholeCards([100, 200], 1000)).toBe(2);
    expect(wholeCards([], 100)).toBe(0);
  });
  it('does not drop a card for a sub-pixel', () => {
    expect(wholeCards([100, 200.4], 200)).toBe(2);
  });
});
