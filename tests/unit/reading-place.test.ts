import { describe, expect, it } from 'vitest';
import { placeAt } from '../../src/app/reading-place';

// Boxes in document order: a source's panel, then two quotes inside it, then the next panel.
const panel = { top: -500, bottom: 700 };
const quote1 = { top: -300, bottom: 40 };
const quote2 = { top: 60, bottom: 400 };
const next = { top: 700, bottom: 1500 };

describe('placeAt: where the reader is', () => {
  it('is the first box that begins just under the reading line, what the reader sees start', () => {
    expect(placeAt([panel, quote1, quote2, next], 50, 200)).toBe(2);
  });
  it('is the innermost box the line crosses when nothing begins near it', () => {
    expect(placeAt([panel, quote1, quote2, next], 20, 30)).toBe(1);
    expect(placeAt([panel, quote1, quote2, next], 450, 100)).toBe(0);
  });
  it('is the first box below the line when the line crosses none, and -1 with no boxes', () => {
    expect(placeAt([quote1, next], 100, 50)).toBe(1);
    expect(placeAt([], 0, 100)).toBe(-1);
  });
});
