/** A skeleton row as an event's head: what the timeline and the list draw; its details come when selected. */
import type { SkeletonRow } from '../data';
import type { EntityId, EventHead } from '../domain';

export const rowHead = (row: SkeletonRow): EventHead => ({
  id: row.id,
  start: row.start,
  ...(row.end === null ? {} : { end: row.end }),
  precision: row.precision,
  basis: row.basis,
  kind: row.kind,
  actors: row.actors === '' ? [] : (row.actors.split(' ') as EntityId[]),
  title: { ar: row.title_ar, en: row.title_en },
});
