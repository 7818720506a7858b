import { describe, expect, it } from 'vitest';
import { distinctDateReasons } from '../../src/author';
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
