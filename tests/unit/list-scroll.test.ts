import { describe, expect, it } from 'vitest';
import {
  endRoom,
  scrollToSelected,
  scrollToSelectedEven,
  scrollToShow,
  settle,
  type RowEdges,
} from '../../src/view/panels/list-scroll';

/** Rows of the given heights, one under the other from 0. */
const rows = (...heights: number[]): RowEdges[] => {
  let y = 0;
  return heights.map((h) => {
    const r = { top: y, bottom: y + h };
    y += h;
    return r;
  });
};

describe('scrollToShow', () => {
  const list = rows(57, 57, 57, 57, 57, 57, 57, 57);
  it('keeps the scroll when the row is whole in sight', () => {
    expect(scrollToShow(list, 2, 57, 200)).toBe(57);
  });
  it('goes up to the row’s top when it lies above', () => {
    expect(scrollToShow(list, 1, 80, 200)).toBe(57);
  });
  it('goes down by whole rows, so that the row under the foot is whole and the top row is not cut', () => {
    // Row 5 ends at 342: a list 200 high must start at 142 or later, and the next row top is 171.
    const top = scrollToShow(list, 5, 0, 200);
    expect(top).toBe(171);
    expect(list.some((r) => r.top === top)).toBe(true);
    expect(list[5]!.bottom).toBeLessThanOrEqual(top + 200);
  });
  it('shows the top of a row taller than the list', () => {
    expect(scrollToShow(rows(50, 300, 50), 1, 0, 200)).toBe(50);
  });
  it('takes a sub-pixel as no cut', () => {
    expect(scrollToShow(list, 3, 0, 227.6)).toBe(0);
  });
});

describe('scrollToSelected', () => {
  const list = rows(57, 57, 57, 57, 57, 57, 57, 57, 57, 57);
  it('keeps the scroll when the row is whole in sight', () => {
    expect(scrollToSelected(list, 1, 0, 300)).toBe(0);
  });
  it('puts the row about a third down, the list starting at a row’s top', () => {
    // Row 8 at 456: a third of 300 above it is 356, inside row 6 (342–399).
    expect(scrollToSelected(list, 8, 0, 300)).toBe(342);
    // A row half under the foot is not in sight either.
    expect(scrollToSelected(list, 5, 0, 300)).toBe(171);
  });
  it('goes to the first row near the top', () => {
    expect(scrollToSelected(list, 0, 200, 300)).toBe(0);
  });
});

describe('scrollToSelectedEven', () => {
  it('scrolls as scrollToSelected does over rows of one height, from the row alone', () => {
    for (const row of [36, 57])
      for (const height of [300, 431.5, 973.5])
        for (const top of [0, 200, 1234])
          for (let i = 0; i < 60; i++) {
            const even = rows(...Array.from({ length: i + 1 }, () => row));
            expect(scrollToSelectedEven(i, row, top, height), `${row} ${height} ${top} ${i}`).toBe(
              scrollToSelected(even, i, top, height),
            );
          }
  });
});

describe('endRoom', () => {
  it('leaves under the last row what brings the furthest scroll to a row’s top', () => {
    // 8 rows of 57 end at 456; a list 200 high scrolls at most to 256, inside row 4 (228–285).
    const list = rows(57, 57, 57, 57, 57, 57, 57, 57);
    expect(endRoom(list, 200)).toBe(29);
    expect(endRoom(list, 456 - 171)).toBe(0);
  });
  it('leaves nothing when every row is in sight', () => {
    expect(endRoom(rows(57, 57), 300)).toBe(0);
    expect(endRoom([], 300)).toBe(0);
  });
});

describe('fractional rows', () => {
  it('scrolls in whole pixels, down to the pixel, so that the row’s top is never above the list’s', () => {
    const list = [0, 1, 2, 3, 4, 5].map((k) => ({ top: k * 58.6, bottom: (k + 1) * 58.6 }));
    expect(scrollToShow(list, 5, 0, 100)).toBe(Math.floor(5 * 58.6));
    expect(scrollToSelected(list, 5, 0, 100)).toBe(Math.floor(4 * 58.6));
  });
});

describe('settle', () => {
  const list = rows(57, 57, 57, 57, 57, 57, 57, 57);
  it('goes back to the top of the row cut at the top', () => {
    expect(settle(list, -1, 80, 200)).toBe(57);
    expect(settle(list, -1, 114, 200)).toBe(114);
  });
  it('then on to the row to keep, by whole rows', () => {
    // From 57 (rows 1–3 whole), row 5 (285–342) needs a start at 142 or later: row 3's top, 171.
    expect(settle(list, 5, 80, 200)).toBe(171);
  });
});
