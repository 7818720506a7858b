/** A skeleton row as an event: what the timeline and the list need; its details come when selected. */
import type { SkeletonRow } from '../data';
import type { EntityId, TimelineEvent } from '../domain';

const EMPTY = { ar: '', en: '' };

export const rowEvent = (row: SkeletonRow): TimelineEvent => ({
  id: row.id,
  start: row.start,
  ...(row.end === null ? {} : { end: row.end }),
  precision: row.precision,
  basis: row.basis,
  basisNote: EMPTY,
  kind: row.kind,
  actors: row.actors === '' ? [] : (row.actors.split(' ') as EntityId[]),
  title: { ar: row.title_ar, en: row.title_en },
  summary: EMPTY,
  claims: [],
  accounts: [],
});
