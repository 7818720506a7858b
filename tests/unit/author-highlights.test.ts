import { describe, expect, it } from 'vitest';
import { toRuns, type Mark } from '../../src/view/author/highlights';

describe('highlight runs', () => {
  it('cuts the text at every mark edge and lists the marks covering each run', () => {
    const marks: Mark[] = [
      { start: 2, end: 8, kind: 'quote', label: 'q' },
      { start: 4, end: 6, kind: 'date', label: 'd' },
    ];
    const runs = toRuns(10, marks);
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.kind).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'quote'],
      [4, 6, 'quote+date'],
      [6, 8, 'quote'],
      [8, 10, ''],
    ]);
  });

  it('covers the text exactly once and ignores marks outside it', () => {
    const runs = toRuns(5, [{ start: 3, end: 9, kind: 'out', label: '' }]);
    expect(runs.map((r) => [r.start, r.end])).toEqual([[0, 5]]);
    expect(toRuns(0, [])).toEqual([]);
  });
});
