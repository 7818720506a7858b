/**
 * How good the suggestions are, measured leave-one-article-out on a dataset: each article in turn is
 * taken out with every quote from it (and the events only it tells), its entities' spellings that no
 * other article uses are forgotten, and it is added back as new. A hand-made quote of it "lands" when
 * a passage overlapping it is offered under the quote's own event (`suggestEvents` offers each clause
 * under its best event, and under a second one only when that scores nearly as well). `landedTop`
 * also asks the event to be among the first `top` events of the whole article. Quotes whose event
 * only that article tells cannot land (the event is gone): they are counted apart, as "new events".
 * The weights were chosen on this same corpus, so the figures are optimistic for other articles.
 */
import {
  suggestArticle,
  suggestEvents,
  type EventSuggestion,
  type SuggestedQuote,
  type SuggestionBase,
  type SuggestWeights,
} from './suggest';
import { passages } from './passages';
import type { Dataset, EntityId, EventId, SourceId, Span } from './types';

export interface ArticleMeasure {
  readonly source: string;
  /** Its hand-made quotes whose event another article also tells. */
  readonly reachable: number;
  /** Of those, how many land: a sentence overlapping the quote is offered under the quote's event. */
  readonly landed: number;
  /** Of those, how many land under an event ranked among the first `top` of the whole article. */
  readonly landedTop: number;
  /** Its quotes of events only it tells (no existing event to find). */
  readonly newEvents: number;
  /** Sentences offered as quotes, and how many of them overlap a hand-made quote of the event they are offered under. */
  readonly suggested: number;
  readonly suggestedRight: number;
  /** Offered passages that overlap some hand-made quote of the article (of any event). */
  readonly suggestedQuoted: number;
  /** The quotes that did not land: event, and the rank the event got (null: not suggested). */
  readonly misses: readonly { readonly event: string; readonly quote: Span; readonly rank: number | null }[];
}

export interface MeasureOptions {
  /** How many suggested events count as "the first suggestions" (default 3). */
  readonly top?: number;
  /** Give the article's out-of-scope parts to the engine (default false: the article as pasted). */
  readonly withOutOfScope?: boolean;
  /** Other weights for the engine. */
  readonly weights?: Partial<SuggestWeights>;
  /**
   * The known entities for `measurePassages` (default none: the actors' signal is off). For each
   * article in turn only the spellings the other articles use are kept.
   */
  readonly entities?: SuggestionBase['entities'];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The dataset without `source`: its accounts, the events only it tells, and the spellings only it uses. */
export function withoutSource(d: Dataset, source: string): Dataset {
  const sources = d.sources.filter((s) => s.id !== source);
  const events = d.events
    .map((e) => ({ ...e, accounts: e.accounts.filter((a) => a.source !== source) }))
    .filter((e) => e.accounts.length > 0);
  const corpus = sources.map((s) => s.text).join('\n');
  const entities = d.entities.map((e) => ({ ...e, aliases: e.aliases.filter((a) => corpus.includes(a)) }));
  return { ...d, sources, events, entities };
}

/** Leave-one-article-out figures, one per article of `d`. */
export function measureSuggestions(d: Dataset, options: MeasureOptions = {}): ArticleMeasure[] {
  const top = options.top ?? 3;
  return d.sources.map((source) => {
    const base = withoutSource(d, source.id);
    const known = new Set<string>(base.events.map((e) => e.id));
    const suggestions: EventSuggestion[] = suggestEvents(
      base,
      {
        text: source.text,
        published: source.published,
        ...(options.withOutOfScope === true ? { exclude: source.outOfScope } : {}),
      },
      options.weights === undefined ? {} : { weights: options.weights },
    );
    let reachable = 0;
    let landed = 0;
    let landedTop = 0;
    let newEvents = 0;
    const misses: { event: string; quote: Span; rank: number | null }[] = [];
    const handMade = new Map<string, Span[]>();
    for (const ev of d.events) {
      for (const acc of ev.accounts) {
        if (acc.source !== source.id) continue;
        handMade.set(
          ev.id,
          acc.quotes.map((q) => ({ start: q.start, end: q.end })),
        );
        for (const q of acc.quotes) {
          if (!known.has(ev.id)) {
            newEvents++;
            continue;
          }
          reachable++;
          const rank = suggestions.findIndex((x) => x.event === ev.id);
          const s = suggestions[rank];
          if (s !== undefined && s.quotes.some((x) => overlaps(x, q))) {
            landed++;
            if (rank < top) landedTop++;
          } else {
            misses.push({
              event: ev.id,
              quote: { start: q.start, end: q.end },
              rank: rank < 0 ? null : rank + 1,
            });
          }
        }
      }
    }
    const suggested = suggestions.reduce((n, s) => n + s.quotes.length, 0);
    const suggestedRight = suggestions.reduce(
      (n, s) => n + s.quotes.filter((x) => (handMade.get(s.event) ?? []).some((q) => overlaps(q, x))).length,
      0,
    );
    const quoted = [...handMade.values()].flat();
    const suggestedQuoted = suggestions.reduce(
      (n, s) => n + s.quotes.filter((x) => quoted.some((q) => overlaps(q, x))).length,
      0,
    );
    return {
      source: source.id,
      suggestedQuoted,
      reachable,
      landed,
      landedTop,
      newEvents,
      suggested,
      suggestedRight,
      misses,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Passages: precision and recall of the passages offered, against annotated (or hand-made) quotes.

/** A passage offered is right when it and a wanted passage of its event share at least this share of the longer. */
export const PASSAGE_MATCH = 0.5;

/** An article with the passages a person marked as reporting each event (exact offsets). */
export interface AnnotatedArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly passages: readonly { readonly event: string; readonly start: number; readonly end: number }[];
  /** Parts outside the story, when known (given to the engine only with `withOutOfScope`). */
  readonly outOfScope?: readonly Span[];
  /** The address of the page it was taken from (it decides the article's half: `half`). */
  readonly url?: string;
}

/**
 * Which half of the annotated articles outside the corpus an article is in, by a rule fixed before any
 * figure of the halves was measured: the FNV-1a hash (32 bits) of the UTF-8 bytes of its page address,
 * even for the tuning half (weights may be chosen on it), odd for the held-out half (measured only).
 */
export function half(url: string): 'tuning' | 'held-out' {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(url)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tuning' : 'held-out';
}

/** One point of the precision/recall curve of the ticked passages: the figures at a `tick` threshold. */
export interface TickPoint {
  readonly tick: number;
  readonly ticked: number;
  readonly tickedRight: number;
  /** Wanted passages (whose event another article tells) found by a ticked passage, of `reachable`. */
  readonly foundTicked: number;
  readonly reachable: number;
}

/** The ticked passages' precision and recall at each `tick` threshold (the other weights as given). */
export function tickCurve(
  measure: (weights: Partial<SuggestWeights>) => readonly PassageMeasure[],
  ticks: readonly number[],
): TickPoint[] {
  return ticks.map((tick) => {
    const rows = measure({ tick });
    const sum = (k: 'ticked' | 'tickedRight' | 'foundTicked' | 'reachable'): number =>
      rows.reduce((n, r) => n + r[k], 0);
    return {
      tick,
      ticked: sum('ticked'),
      tickedRight: sum('tickedRight'),
      foundTicked: sum('foundTicked'),
      reachable: sum('reachable'),
    };
  });
}

export interface AnnotatedEvent {
  readonly id: string;
  /** `YYYY-MM-DD` (or shorter) and optionally the end of its period. */
  readonly start: string;
  readonly end?: string;
  readonly actors?: readonly string[];
}

export interface PassageMeasure {
  readonly source: string;
  /** Wanted passages whose event another article also tells (the others cannot be found: `newEvents`). */
  readonly reachable: number;
  /** Of those, how many some passage of the article (a whole sentence, `passages`) matches: the most that can be found. */
  readonly reachableBySentence: number;
  /** Of those, found by a passage offered under their event, and by one ticked by default. */
  readonly found: number;
  readonly foundTicked: number;
  readonly newEvents: number;
  /** Passages offered, and how many of them are right (see `PASSAGE_MATCH`). */
  readonly offered: number;
  readonly offeredRight: number;
  /** Passages ticked by default (the confident ones), and how many are right. */
  readonly ticked: number;
  readonly tickedRight: number;
  /**
   * Passages offered as a new event (they fit no existing event), how many of them match a wanted
   * passage of an event the base does not have, and how many of those wanted passages they find.
   */
  readonly fresh: number;
  readonly freshRight: number;
  readonly newFound: number;
  /** The wrong passages offered: event and text (for reading the errors). */
  readonly wrong: readonly { readonly event: string; readonly text: string; readonly ticked: boolean }[];
}

const shared = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: Span, b: Span): boolean =>
  shared(a, b) >= PASSAGE_MATCH * Math.max(a.end - a.start, b.end - b.start);

/**
 * Leave-one-article-out over annotated articles: each article in turn is given as new to
 * `suggestEvents`, whose base is the other articles with their annotated passages as the events'
 * quotes. A passage offered is right when it matches (`PASSAGE_MATCH`) a wanted passage of the same
 * event; a wanted passage is found when a passage offered under its event matches it. The actors'
 * signal is used only when `options.entities` are given (spellings the article alone uses are
 * forgotten, as `withoutSource` does).
 */
export function measurePassages(
  events: readonly AnnotatedEvent[],
  articles: readonly AnnotatedArticle[],
  options: MeasureOptions = {},
): PassageMeasure[] {
  return articles.map((article) => {
    const others = articles.filter((a) => a.id !== article.id);
    const corpus = others.map((a) => a.text).join('\n');
    const base: SuggestionBase = {
      entities: (options.entities ?? []).map((e) => ({
        ...e,
        aliases: e.aliases.filter((x) => corpus.includes(x)),
      })),
      sources: others.map((a) => ({ id: a.id as SourceId, text: a.text })),
      events: events
        .map((e) => ({
          id: e.id as EventId,
          start: e.start,
          ...(e.end === undefined ? {} : { end: e.end }),
          actors: (e.actors ?? []) as EntityId[],
          accounts: others
            .map((a) => ({
              source: a.id,
              quotes: a.passages
                .filter((p) => p.event === e.id)
                .map((p) => ({ start: p.start, end: p.end, text: a.text.slice(p.start, p.end) })),
            }))
            .filter((acc) => acc.quotes.length > 0),
        }))
        .filter((e) => e.accounts.length > 0),
    };
    const known = new Set<string>(base.events.map((e) => e.id));
    const found = suggestArticle(
      base,
      {
        text: article.text,
        published: article.published,
        ...(options.withOutOfScope === true && article.outOfScope !== undefined
          ? { exclude: article.outOfScope }
          : {}),
      },
      options.weights === undefined ? {} : { weights: options.weights },
    );
    return scorePassages(article, found.events, known, found.fresh);
  });
}

/** The passage figures of one article's suggestions against its wanted passages. */
export function scorePassages(
  article: AnnotatedArticle,
  suggestions: readonly EventSuggestion[],
  known: ReadonlySet<string>,
  fresh: readonly SuggestedQuote[] = [],
): PassageMeasure {
  const wanted = article.passages;
  const reachable = wanted.filter((p) => known.has(p.event));
  const sentences = passages(article.text);
  const offeredUnder = (p: { event: string } & Span, tickedOnly: boolean): boolean =>
    suggestions.some(
      (s) => s.event === p.event && s.quotes.some((q) => (!tickedOnly || q.confident) && matches(q, p)),
    );
  const wrong: { event: string; text: string; ticked: boolean }[] = [];
  let offered = 0;
  let offeredRight = 0;
  let ticked = 0;
  let tickedRight = 0;
  for (const s of suggestions)
    for (const q of s.quotes) {
      const right = wanted.some((p) => p.event === s.event && matches(q, p));
      offered++;
      if (right) offeredRight++;
      if (q.confident) {
        ticked++;
        if (right) tickedRight++;
      }
      if (!right) wrong.push({ event: s.event, text: q.text, ticked: q.confident });
    }
  const unknown = wanted.filter((p) => !known.has(p.event));
  for (const q of fresh)
    if (!unknown.some((p) => matches(q, p)))
      wrong.push({ event: '(new event)', text: q.text, ticked: false });
  return {
    source: article.id,
    reachable: reachable.length,
    reachableBySentence: reachable.filter((p) => sentences.some((x) => matches(x, p))).length,
    found: reachable.filter((p) => offeredUnder(p, false)).length,
    foundTicked: reachable.filter((p) => offeredUnder(p, true)).length,
    newEvents: wanted.length - reachable.length,
    offered,
    offeredRight,
    ticked,
    tickedRight,
    fresh: fresh.length,
    freshRight: fresh.filter((q) => unknown.some((p) => matches(q, p))).length,
    newFound: unknown.filter((p) => fresh.some((q) => matches(q, p))).length,
    wrong,
  };
}

/**
 * As a draft grows: the articles in the order given (by publication date, as a journalist adds a
 * story's reports), each weighed against only the articles before it. Most of its events are then
 * new: this is where a passage filed under the nearest existing event costs the most, and where
 * `ArticleSuggestions.fresh` should find them. The first article has nothing to weigh against.
 */
export function measureInOrder(
  events: readonly AnnotatedEvent[],
  articles: readonly AnnotatedArticle[],
  options: MeasureOptions = {},
): PassageMeasure[] {
  return articles.flatMap((_article, i) =>
    i === 0 ? [] : measurePassages(events, articles.slice(0, i + 1), options).slice(-1),
  );
}

/** A dataset's articles as annotated ones, in order of publication (undated last), its quotes as the wanted passages. */
export function annotatedOf(d: Dataset): { events: AnnotatedEvent[]; articles: AnnotatedArticle[] } {
  const events = d.events.map((e) => ({
    id: e.id,
    start: e.start,
    ...(e.end === undefined ? {} : { end: e.end }),
    actors: e.actors as readonly string[],
  }));
  const articles = [...d.sources]
    .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'))
    .map((s) => ({
      id: s.id,
      text: s.text,
      published: s.published,
      passages: d.events.flatMap((e) =>
        e.accounts
          .filter((a) => a.source === s.id)
          .flatMap((a) => a.quotes.map((q) => ({ event: e.id, start: q.start, end: q.end }))),
      ),
    }));
  return { events, articles };
}

/**
 * `measurePassages` on a dataset, its hand-made quotes as the wanted passages: each article in turn is
 * taken out as `measureSuggestions` does (with the events only it tells and the spellings only it
 * uses), so the actors' signal is used.
 */
export function measureDatasetPassages(d: Dataset, options: MeasureOptions = {}): PassageMeasure[] {
  return d.sources.map((source) => {
    const base = withoutSource(d, source.id);
    const found = suggestArticle(
      base,
      {
        text: source.text,
        published: source.published,
        ...(options.withOutOfScope === true ? { exclude: source.outOfScope } : {}),
      },
      options.weights === undefined ? {} : { weights: options.weights },
    );
    const wanted = d.events.flatMap((e) =>
      e.accounts
        .filter((a) => a.source === source.id)
        .flatMap((a) => a.quotes.map((q) => ({ event: e.id, start: q.start, end: q.end }))),
    );
    return scorePassages(
      { id: source.id, text: source.text, published: source.published, passages: wanted },
      found.events,
      new Set<string>(base.events.map((e) => e.id)),
      found.fresh,
    );
  });
}
