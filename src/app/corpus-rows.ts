/** A skeleton row as an event: what the timeline and the list need, without details. */
import { joinEvent, type SkeletonRow } from '../data';
import type { TimelineEvent } from '../domain';

const EMPTY = { ar: '', en: '' };

export const rowEvent = (row: SkeletonRow): TimelineEvent =>
  joinEvent(row, { id: row.id, basisNote: EMPTY, summary: EMPTY, claims: [], accounts: [] });
