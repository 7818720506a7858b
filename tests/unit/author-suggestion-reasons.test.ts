import { describe, expect, it } from 'vitest';
import { distinctDateReasons, listSuggestions, reasonsOutside } from '../../src/author';
import type { EntityId, EventSuggestion } from '../../src/domain';

type Reason = EventSuggestion['reasons'][number];
const date = (start: number, text: string, value: string): Reason => ({
  kind: 'date',
  expression: { start, end: start + text.length, text },
  value,
});

describe('a suggestion’s reasons, each said once (#24 D11)', () => {
  it('lists the same words read as the same date once, wherever the article repeats them', () => {
    const reasons: Reason[] = [
      date(10, 'مساء أمس الثلاثاء', '2025-09-30'),
      { kind: 'actor', entity: 'phivolcs' as EntityId, mentions: [] },
      date(220, 'مساء أمس الثلاثاء', '2025-09-30'),
      date(10, 'مساء أمس الثلاثاء', '2025-09-30'),
      date(400, 'الأربعاء', '2025-10-01'),
      // The same words read otherwise (after another date in the text) are another reason.
      date(500, 'الأربعاء', '2025-09-24'),
    ];
    expect(distinctDateReasons({ reasons }).map((r) => [r.expression.start, r.value])).toEqual([
      [10, '2025-09-30'],
      [400, '2025-10-01'],
      [500, '2025-09-24'],
    ]);
  });
});

// Trial 5 (S2-3), on `trial-5/articles/a3-eremnews.txt`: after the blackout was accepted, the 61 %
// event's only date reason was «الاثنين», from the sentence just quoted under the blackout; and 8 of
// 13 suggestions offered no passage, each listed in full to be read and rejected.
describe('the suggestions listed', () => {
  const blackout = { start: 0, end: 120 };
  const s61 = {
    event: 'ree-61',
    reasons: [date(40, 'الاثنين', '2025-04-28')],
  };
  const s99 = {
    event: 'power-99',
    reasons: [
      date(40, 'الاثنين', '2025-04-28'),
      date(300, 'صباح الثلاثاء', '2025-04-29'),
      { kind: 'actor', entity: 'ree' as EntityId, mentions: [{ start: 50, end: 60, text: 'ريد' }] },
    ] as Reason[],
  };
  const passages = new Map([
    ['ree-61', 0],
    ['power-99', 2],
  ]);

  it('gives no reason found in a passage quoted under another event', () => {
    expect(reasonsOutside(s99, [blackout]).reasons.map((r) => r.kind)).toEqual(['date']);
    expect(reasonsOutside(s99, []).reasons).toHaveLength(3);
  });

  it('lists those with passages in full, the others apart, and drops one with no reason left', () => {
    const listed = listSuggestions(
      [s61, s99],
      (s) => passages.get(s.event) ?? 0,
      () => [blackout],
    );
    expect(listed.offering.map((s) => s.event)).toEqual(['power-99']);
    expect(listed.mayFit).toEqual([]);
    const none = listSuggestions(
      [s61, s99],
      (s) => passages.get(s.event) ?? 0,
      () => [],
    );
    expect(none.offering.map((s) => s.event)).toEqual(['power-99']);
    expect(none.mayFit.map((s) => s.event)).toEqual(['ree-61']);
  });
});
