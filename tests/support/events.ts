/** Small builders shared by the unit tests: a bare event, and a key press. */
import type { TimelineEvent } from '../../src/domain';

/** An event with only what the view needs; its precision follows how `start` is written. */
export const eventAt = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({
    id,
    start,
    precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
    basis: 'stated',
    basisNote: { ar: 'م', en: 'n' },
    kind: 'defence-call',
    actors: [],
    title: { ar: `عنوان ${id}`, en: `Title ${id}` },
    summary: { ar: 'م', en: 's' },
    claims: [],
    accounts: [],
    ...extra,
  }) as unknown as TimelineEvent;

/** A key press with no modifier but Shift. */
export const key = (k: string, shiftKey = false) => ({
  key: k,
  shiftKey,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});
