import { describe, expect, it } from 'vitest';
import { standsWell } from '../../src/app/return-focus';

describe('standsWell: a row or box come back to stands whole, clear of the screen edges', () => {
  it('holds in the middle of the screen', () => {
    expect(standsWell(380, 460, 844)).toBe(true);
  });
  it('fails for a row on the bottom edge, its badge cut (review 10p, S3-15)', () => {
    expect(standsWell(790, 870, 844)).toBe(false);
    expect(standsWell(700, 780, 844)).toBe(false);
  });
  it('fails for a row under the top edge or above the screen', () => {
    expect(standsWell(40, 120, 844)).toBe(false);
    expect(standsWell(-60, 20, 844)).toBe(false);
  });
});
