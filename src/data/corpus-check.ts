/**
 * Checking a dataset one event at a time, for inputs too large to hold: first the sources and entities
 * (shape and rules, as for the single file), then each event with the same schema and rules, and ids
 * unique across all events seen so far.
 */
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  kindsOf,
  sidesOf,
  type Bilingual,
  type Entity,
  type SourceWithText,
  type TimelineEvent,
  type VocabularyTerm,
} from '../domain';
import { asDataset, asEvent, datasetSchema, eventSchema } from './dataset-schema';
import { ProblemList, type Problem } from './problems';
import { eventRules, kindRule, validateDataset, type EventContext } from './validate';

export interface CorpusHead {
  readonly title: Bilingual;
  readonly sources: readonly SourceWithText[];
  readonly entities: readonly Entity[];
  /** The dataset's kinds and sides (the bundled story's when it lists none), in lane order. */
  readonly kinds: readonly VocabularyTerm[];
  readonly sides: readonly VocabularyTerm[];
}

/**
 * Checks everything but the events: the shape and rules of the title, sources, entities, and of the
 * dataset's own kinds and sides when `vocabulary` gives them (each entity's side one of the sides).
 */
export function checkHead(
  title: unknown,
  sources: unknown,
  entities: unknown,
  vocabulary: { readonly kinds?: unknown; readonly sides?: unknown } = {},
): { ok: true; head: CorpusHead } | { ok: false; problems: Problem[] } {
  const value = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title,
    sources,
    entities,
    events: [],
    ...(vocabulary.kinds !== undefined ? { kinds: vocabulary.kinds } : {}),
    ...(vocabulary.sides !== undefined ? { sides: vocabulary.sides } : {}),
  };
  const problems = new ProblemList();
  if (!datasetSchema.check(value, '$', problems)) return { ok: false, problems: [...problems.items] };
  const d = asDataset(value);
  const rules = validateDataset(d);
  if (rules.length > 0) return { ok: false, problems: [...rules] };
  return {
    ok: true,
    head: { title: d.title, sources: d.sources, entities: d.entities, kinds: kindsOf(d), sides: sidesOf(d) },
  };
}

/**
 * A checker for a stream of events: each call checks one parsed event against the head and the events
 * before it, and returns it, or its problems (paths start at `path`). Memory grows only with the set
 * of ids seen (not at all with `repeatedIds: false`).
 */
export function eventChecker(
  head: CorpusHead,
  options: { readonly repeatedIds?: boolean } = {},
): (value: unknown, path: string) => { ok: true; event: TimelineEvent } | { ok: false; problems: Problem[] } {
  const context: EventContext = {
    entityIds: new Set(head.entities.map((e) => e.id)),
    sources: new Map(head.sources.map((s) => [s.id, s])),
  };
  const kinds = new Set(head.kinds.map((k) => k.id));
  const seen = new Set<string>();
  return (value, path) => {
    const problems = new ProblemList();
    if (!eventSchema.check(value, path, problems)) return { ok: false, problems: [...problems.items] };
    const event = asEvent(value);
    if (options.repeatedIds !== false && seen.has(event.id))
      problems.push({
        path: `${path}.id`,
        code: 'duplicate-id',
        message: `Event id "${event.id}" is used more than once`,
      });
    if (options.repeatedIds !== false) seen.add(event.id);
    const push = (p: string, code: Problem['code'], message: string) =>
      problems.push({ path: p, code, message });
    kindRule(event, path, kinds, push);
    eventRules(event, path, context, push);
    return problems.length > 0 ? { ok: false, problems: [...problems.items] } : { ok: true, event };
  };
}
