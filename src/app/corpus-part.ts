/**
 * What a static corpus has fetched for the screen, as a type of its own: the heads of the window's
 * events (what a skeleton fetch returns), the last selected events in full (what an event's blocks
 * return, checked), the corpus's sources and entities, and the articles fetched so far. It is not a
 * `Dataset`: nothing that takes a file's dataset (export, the deck, the handout) accepts it.
 */
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  type Bilingual,
  type Dataset,
  type Entity,
  type EventHead,
  type Source,
  type TimelineEvent,
  type VocabularyTerm,
} from '../domain';

export interface CorpusPart {
  readonly title: Bilingual;
  /** The corpus's own kinds and sides (a manifest written before it carried them has none). */
  readonly kinds?: readonly VocabularyTerm[];
  readonly sides?: readonly VocabularyTerm[];
  /** The heads of the events of the window (none while the window is drawn as density). */
  readonly heads: readonly EventHead[];
  /** The events fetched in full, by id: the last ones selected, each checked with its quotes. */
  readonly full: ReadonlyMap<string, TimelineEvent>;
  /** The corpus's sources, without their articles' texts (`texts` holds those fetched). */
  readonly sources: readonly Source[];
  readonly texts: ReadonlyMap<string, string>;
  readonly entities: readonly Entity[];
}

/** The events drawn and listed: the window's heads (an event fetched in full as itself) and the selected outside it. */
export function drawnEvents(part: CorpusPart): readonly EventHead[] {
  const events: EventHead[] = part.heads.map((h) => part.full.get(h.id) ?? h);
  const inWindow = new Set<string>(part.heads.map((h) => h.id));
  for (const [id, e] of part.full) if (!inWindow.has(id)) events.push(e);
  return events;
}

/**
 * What the card and the accounts read of a corpus's selected events, as the lookups they read of a
 * file: the events fetched in full and no others, the sources with the articles fetched so far (an
 * article still on its way reads as empty until it arrives), the entities. Made once per part.
 */
export function detailsOf(part: CorpusPart): Dataset {
  let d = details.get(part);
  if (d === undefined) {
    d = {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      title: part.title,
      sources: part.sources.map((s) => ({ ...s, text: part.texts.get(s.id) ?? '' })),
      entities: part.entities,
      events: [...part.full.values()],
      ...(part.kinds !== undefined ? { kinds: part.kinds } : {}),
      ...(part.sides !== undefined ? { sides: part.sides } : {}),
    };
    details.set(part, d);
  }
  return d;
}
const details = new WeakMap<CorpusPart, Dataset>();
