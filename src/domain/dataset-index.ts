import type { Dataset, Entity, Source, SourceWithText, TimelineEvent } from './types';

/** Lookups a view needs, built once per dataset. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, SourceWithText>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) indexes.set(dataset, (index = build(dataset)));
  return index;
}
// One index per dataset object, however many views ask for it.
const indexes = new WeakMap<Dataset, DatasetIndex>();

function build(dataset: Dataset): DatasetIndex {
  return {
    dataset,
    events: new Map(dataset.events.map((e) => [e.id, e])),
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
}

/** The ids of the sources that tell an event. */
const tellers = (event: TimelineEvent): Set<string> => new Set<string>(event.accounts.map((a) => a.source));

/** The sources that tell an event, in the dataset's source order. */
export function reportingSources(index: DatasetIndex, event: TimelineEvent): Source[] {
  const telling = tellers(event);
  return index.dataset.sources.filter((s) => telling.has(s.id));
}

/**
 * Whether `source` came out surely before `event` began, so could not have reported it: its publication
 * day is before the event's first possible day. An event dated only by its month or year is
 * surely later only from the month's or year's first day on; a source with no publication date never is.
 */
export function publishedBefore(
  source: Pick<Source, 'published'>,
  event: Pick<TimelineEvent, 'start'>,
): boolean {
  // `2025-11` sorts before every day of November and after every day before it (a prefix sorts first),
  // so comparing the strings compares with the first day of the event's month or year.
  return source.published !== null && source.published < event.start;
}

/**
 * The dataset's sources with no account of the event, in the dataset's order: the rest of
 * `reportingSources`, less those published before it (`sourcesBefore`), which could not have told it.
 */
export function silentSources(index: DatasetIndex, event: TimelineEvent): Source[] {
  const telling = tellers(event);
  return index.dataset.sources.filter((s) => !telling.has(s.id) && !publishedBefore(s, event));
}

/** The dataset's sources with no account of the event that were published before it, in the dataset's order. */
export function sourcesBefore(index: DatasetIndex, event: TimelineEvent): Source[] {
  const telling = tellers(event);
  return index.dataset.sources.filter((s) => !telling.has(s.id) && publishedBefore(s, event));
}
