/**
 * The article's analysis, computed once per text and kept: its date expressions (per publication
 * date), the entities it names (per entity list) and the suggested events (per text and dataset). A
 * render, an edit of the outlet or a language switch reuses them; only a new text or new entities
 * (or events, for suggestions) compute again. Each kind keeps its last few answers.
 */
import {
  analyseDates,
  findMentions,
  suggestEvents,
  type Entity,
  type EventSuggestion,
  type Mention,
  type ResolvedDateExpression,
  type Span,
  type TimelineEvent,
} from '../../domain';
import type { Draft } from '../../author';

const KEEP = 8;

/** A small cache keyed by the article text (the same string object hashes once) and a second key. */
class Kept<K, V> {
  private readonly items: { text: string; key: K; value: V }[] = [];
  get(text: string, key: K, make: () => V): V {
    const i = this.items.findIndex((x) => x.key === key && x.text === text);
    if (i >= 0) {
      const [hit] = this.items.splice(i, 1);
      if (hit !== undefined) {
        this.items.push(hit);
        return hit.value;
      }
    }
    const value = make();
    this.items.push({ text, key, value });
    if (this.items.length > KEEP) this.items.shift();
    return value;
  }
}

const dates = new Kept<string | null, ResolvedDateExpression[]>();
const mentions = new Kept<readonly Entity[], Mention[]>();
const suggestions = new Kept<string, EventSuggestion[]>();
const datasetKeys = new WeakMap<readonly TimelineEvent[], WeakMap<readonly Entity[], string>>();
let nextKey = 0;

/** The article's date expressions, resolved from its publication date. */
export const articleDates = (text: string, published: string | null): ResolvedDateExpression[] =>
  dates.get(text, published, () => analyseDates(text, published));

/** The known entities the article names, by any spelling. */
export const articleMentions = (text: string, entities: readonly Entity[]): Mention[] =>
  mentions.get(text, entities, () => findMentions(text, entities));

/** The existing events the article most likely reports, weighed against the rest of the draft. */
export function articleSuggestions(
  draft: Draft,
  source: {
    readonly id: string;
    readonly text: string;
    readonly published: string | null;
    readonly outOfScope: readonly Span[];
  },
  limit: number,
): EventSuggestion[] {
  let byEntities = datasetKeys.get(draft.events);
  if (byEntities === undefined) datasetKeys.set(draft.events, (byEntities = new WeakMap()));
  let key = byEntities.get(draft.entities);
  if (key === undefined) byEntities.set(draft.entities, (key = String(nextKey++)));
  const scope = source.outOfScope.map((o) => `${o.start}-${o.end}`).join(',');
  return suggestions.get(source.text, `${key}|${source.id}|${source.published}|${scope}|${limit}`, () => {
    // The article is weighed against the rest of the dataset, as if it were new.
    const events = draft.events.map((e) => ({
      ...e,
      accounts: e.accounts.filter((a) => a.source !== source.id),
    }));
    const sources = draft.sources.filter((s) => s.id !== source.id);
    return suggestEvents(
      { events, entities: draft.entities, sources },
      { text: source.text, published: source.published, exclude: source.outOfScope },
      { limit },
    );
  });
}
