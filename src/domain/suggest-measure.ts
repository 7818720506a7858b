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
import { suggestEvents, type EventSuggestion, type SuggestWeights } from './suggest';
import type { Dataset, Span } from './types';

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
