import type { TimelineEvent } from './types';

/**
 * What the timeline, the list and the steps draw of an event: its id, date, kind, actors and title,
 * without its words (summary, basis note, claims, accounts). A file's event is one (it has more); a
 * static corpus's window holds only these until an event is selected and fetched in full.
 */
export type EventHead = Pick<
  TimelineEvent,
  'id' | 'start' | 'end' | 'precision' | 'basis' | 'kind' | 'actors' | 'title'
>;
