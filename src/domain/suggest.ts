/**
 * Suggestions for a new article: which existing events it most likely reports, why, and which of its
 * sentences would be their quotes. Three plain signals, each shown to the user as a reason:
 *
 * - dates: the article's date expressions, resolved from its publication date (`analyseDates`), that
 *   fall on an event's date;
 * - actors: the event's people, organisations and places, found by any spelling the dataset knows;
 * - wording: sentences worded like the event's existing quotes (word pairs and character 4-grams on
 *   normalised Arabic, as shared-copy detection compares them), and more like them than like any
 *   other event's.
 *
 * and, for each passage, what surrounds it: the event's score in the passage before or after, the
 * event's actors named anywhere in the article, how recent the event is when the article appears.
 * What is offered (never what is ticked) also weighs the passage's rarer words shared with the
 * event's quotes by their stems, and the article's main event.
 *
 * No model and no dictionary: the same inputs give the same suggestions. Every suggested quote is an
 * exact slice of the new article.
 */
import { foldWithOffsets, normalizeForMatch, PROCLITICS } from './arabic';
import { analyseDates } from './date-expressions';
import { interval } from './dates';
import { passages } from './passages';
import { sentences } from './shared-copy';
import {
  actorShare,
  coverage,
  leadEnd,
  recencyOf,
  stemRarity,
  stemShare,
  stemsOf,
  tickable,
  topTwo,
  type Stemmed,
} from './suggest-signals';
import type { Anchor, Entity, EntityId, EventId, SourceWithText, Span, TimelineEvent } from './types';

/** What the suggestions are drawn from: a dataset's events, entities and sources with their texts. */
export interface SuggestionBase {
  readonly events: readonly SuggestableEvent[];
  readonly entities: readonly Pick<Entity, 'id' | 'aliases' | 'name'>[];
  readonly sources: readonly Pick<SourceWithText, 'id' | 'text'>[];
}

/** What the suggestions read of an event: its date, its actors and its accounts' quoted words. */
export type SuggestableEvent = Pick<TimelineEvent, 'id' | 'start' | 'end' | 'actors'> & {
  readonly accounts: readonly {
    readonly source: string;
    readonly quotes: readonly { readonly text: string }[];
  }[];
};

/** The article to find events for. */
export interface NewArticle {
  /** Its text, NFC (offsets of the suggestions are UTF-16 code units of it). */
  readonly text: string;
  /** `YYYY-MM-DD` when known: relative dates ("yesterday", "on Tuesday") are resolved from it. */
  readonly published: string | null;
  /** Parts outside the story (site furniture, unrelated items): never suggested as quotes. */
  readonly exclude?: readonly Span[];
}

/** A mention of a known entity: the exact words of the text, and which spelling they match. */
export interface Mention extends Anchor {
  readonly entity: EntityId;
  /** The entity's spelling (one of its aliases, or its Arabic name) that matched, as written there. */
  readonly alias: string;
}

/** Why an event is suggested. */
export type SuggestionReason =
  | {
      readonly kind: 'date';
      /** The date expression of the new article and what it resolves to. */
      readonly expression: Anchor;
      readonly value: string;
    }
  | {
      readonly kind: 'actor';
      readonly entity: EntityId;
      /** Where the article names it. */
      readonly mentions: readonly Anchor[];
    }
  | {
      readonly kind: 'wording';
      /** The sentence of the new article. */
      readonly sentence: Anchor;
      /** The existing quote it resembles: its source and its index among that account's quotes. */
      readonly source: string;
      readonly quote: number;
      /** Similarity, 0–1. */
      readonly similarity: number;
    };

/**
 * A passage of the new article proposed as a quote of the event: a sentence, or the clauses of one
 * (split at commas and semicolons) when its clauses tell different events.
 */
export interface SuggestedQuote extends Anchor {
  /** 0–1: how strongly the sentence belongs to this event. */
  readonly score: number;
  /** Whether it is ticked by default: Accept quotes the ticked passages only. */
  readonly confident: boolean;
}

export interface EventSuggestion {
  readonly event: EventId;
  /** 0–1; suggestions come best first. */
  readonly score: number;
  readonly reasons: readonly SuggestionReason[];
  /** The passages that would be its quotes, best first. A clause is offered under at most two events. */
  readonly quotes: readonly SuggestedQuote[];
}

/** The events an article most likely reports, and its passages that fit none of them. */
export interface ArticleSuggestions {
  /** As `suggestEvents` gives them. */
  readonly events: EventSuggestion[];
  /**
   * Passages that read as part of the story (they score `quote` with what surrounds them) but whose own
   * words fit no existing event (`fits`): offered as a new event, never under the nearest one. In
   * text order; never ticked.
   */
  readonly fresh: readonly SuggestedQuote[];
}

export interface SuggestOptions {
  /** How many events to return at most (default all that have any reason). */
  readonly limit?: number;
  /** Other weights than `SUGGEST_WEIGHTS` (for measuring them). */
  readonly weights?: Partial<SuggestWeights>;
}

// ---------------------------------------------------------------------------------------------------
// Mentions

interface Spelling {
  readonly entity: EntityId;
  readonly alias: string;
  readonly key: string;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
// One or two one-letter proclitics (و، ف، ب، ل، ك) may stand before a name: «ولأوستن».
const PROCLITIC_RUN = new RegExp(`^[${PROCLITICS}]{1,2}$`, 'u');

function spellings(entities: SuggestionBase['entities']): Spelling[] {
  const out: Spelling[] = [];
  for (const e of entities) {
    const seen = new Set<string>();
    for (const alias of [...e.aliases, e.name.ar]) {
      const key = normalizeForMatch(alias).trim();
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push({ entity: e.id, alias, key });
    }
  }
  // Longer spellings first, so «وزارة الدفاع الروسية» wins over «روسيا» inside it.
  return out.sort((a, b) => b.key.length - a.key.length);
}

/**
 * Every mention of a known entity in `text`, by any of its spellings (its aliases and Arabic name),
 * matched on normalised Arabic (hamza, alef, ta marbuta, alef maqsura, diacritics and tatweel folded)
 * as whole words, optionally after a one-letter proclitic (و، ف، ب، ل، ك). Mentions do not overlap: a
 * longer spelling wins. In order of position; each `text` is the exact slice of `text`.
 */
export function findMentions(text: string, entities: SuggestionBase['entities']): Mention[] {
  const f = foldWithOffsets(text);
  const taken: Mention[] = [];
  const free = (s: number, e: number): boolean => taken.every((m) => e <= m.start || m.end <= s);
  for (const sp of spellings(entities)) {
    for (let at = f.folded.indexOf(sp.key); at !== -1; at = f.folded.indexOf(sp.key, at + 1)) {
      const after = f.folded[at + sp.key.length];
      if (after !== undefined && LETTER.test(after)) continue;
      let w = at;
      while (w > 0 && LETTER.test(f.folded[w - 1] ?? '')) w--;
      if (w < at && !PROCLITIC_RUN.test(f.folded.slice(w, at))) continue;
      const start = f.starts[at] ?? 0;
      let end = f.ends[at + sp.key.length - 1] ?? start;
      // A final diacritic or tatweel belongs to the word («روسياً»).
      while (end < text.length && /[\p{M}\u0640]/u.test(text[end] ?? '')) end++;
      if (!free(start, end)) continue;
      taken.push({ start, end, text: text.slice(start, end), entity: sp.entity, alias: sp.alias });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------
// Suggestions

export interface SuggestWeights {
  /** The weights of the three signals in a clause's score. */
  readonly wording: number;
  readonly date: number;
  readonly actors: number;
  /** Added to every clause's score for an event that some date expression of the article dates. */
  readonly article: number;
  /** Added to every passage's score × the share of the event's actors the article names anywhere. */
  readonly articleActors: number;
  /** Added × the event's own score in the passage before or after (a report goes on over sentences). */
  readonly neighbour: number;
  /** Added × how recent the event is at the publication date (`recencyOf`: news leads with the latest). */
  readonly recency: number;
  /** The days over which recency falls from 1 to 0. */
  readonly recencyDays: number;
  /**
   * Added × how much more the passage is worded like the event's quotes than like any other event's
   * (taken away when it is worded less like them); a passage's own score never falls below 0.
   */
  readonly contrast: number;
  /**
   * Added × how much more the passage's lead (its first clause, `leadEnd`) is worded like the event's
   * quotes than like any other event's (taken away when less): a sentence reports what its head says.
   */
  readonly lead: number;
  /** The least words of a lead: a first clause shorter than this runs on to the next. */
  readonly leadWords: number;
  /** The share of its event's best score in the same sentence a clause inherits. */
  readonly sentence: number;
  /** The least score a clause needs to be offered as a quote. */
  readonly quote: number;
  /**
   * Added, for offering only (a tick never weighs it), × the passage's likeness by stems to the
   * event's quotes (`stemShare`: its rarer words, whatever their article or endings).
   */
  readonly stems: number;
  /**
   * The share of `quote` a passage needs to score to be offered under the article's main event (the
   * event the article scores best, when some passage is worded at least `mainWording` like its
   * quotes): an article mostly reports one event, partly in its outlet's own words.
   */
  readonly mainQuote: number;
  /** The least likeness of wording to the main event's quotes a passage needs to be offered under it. */
  readonly mainFits: number;
  /** The likeness of wording to an event's quotes some passage must have for it to be the main event. */
  readonly mainWording: number;
  /**
   * The least likeness of wording to an event's quotes a passage needs to be offered under it (a date
   * of the same day, the story's names and what surrounds it are not enough); a passage that would be
   * offered but is worded this much like no event is offered as a new event
   * (`ArticleSuggestions.fresh`).
   */
  readonly fits: number;
  /** A clause is also offered under its second-best event when that scores at least this share of the best. */
  readonly runnerUp: number;
  /** A passage is ticked by default under its best event when it scores at least this… */
  readonly tick: number;
  /** …and at least this much more than under the next best event… */
  readonly margin: number;
  /** …and when it is worded at least this much like the event's quotes (names and dates alone tick nothing). */
  readonly tickWording: number;
  /**
   * A quote found inside a longer passage counts in full when it is at least this share of the
   * passage, less below that (`coverage`); 0: always in full.
   */
  readonly cover: number;
}

/**
 * The weights in use, chosen by the leave-one-article-out measurement (`npm run -s suggest:measure`)
 * on the bundled corpus and the tuning half of the annotated articles outside it (`half`), never on
 * the held-out half.
 */
export const SUGGEST_WEIGHTS: SuggestWeights = {
  wording: 0.6,
  date: 0.25,
  actors: 0.15,
  contrast: 0.6,
  lead: 0.4,
  leadWords: 5,
  article: 0.1,
  articleActors: 0.1,
  recency: 0.1,
  recencyDays: 7,
  neighbour: 0.15,
  sentence: 0.3,
  quote: 0.45,
  stems: 0.4,
  mainQuote: 2 / 3,
  mainFits: 0.1,
  mainWording: 0.3,
  fits: 0.17,
  runnerUp: 0.6,
  tick: 1,
  margin: 0.1,
  tickWording: 0.2,
  cover: 0.4,
};

/** Character 4-grams of folded words, the unit of wording similarity. */
function grams(words: readonly string[]): Set<string> {
  const s = words.join(' ');
  const set = new Set<string>();
  for (let i = 0; i + 4 <= s.length; i++) set.add(s.slice(i, i + 4));
  return set;
}

/**
 * How alike a passage and a quote are worded, 0–1: the Dice coefficient of their character 4-grams,
 * or, when one is much shorter (a quote is often a clause of a longer sentence), how much of the
 * shorter the longer holds, discounted, and further when a short quote stands for only a small part of
 * the passage (`coverage` from the share `cover`).
 */
function wordingSimilarity(passage: ReadonlySet<string>, quote: ReadonlySet<string>, cover: number): number {
  if (passage.size === 0 || quote.size === 0) return 0;
  let shared = 0;
  const [small, large] = passage.size <= quote.size ? [passage, quote] : [quote, passage];
  for (const g of small) if (large.has(g)) shared++;
  const dice = (2 * shared) / (passage.size + quote.size);
  const contained = small.size < 12 ? 0 : shared / small.size;
  return Math.max(dice, 0.8 * contained * coverage(quote.size, passage.size, cover));
}

interface EventProfile {
  readonly event: SuggestableEvent;
  readonly span: { readonly start: number; readonly end: number } | null;
  readonly actors: ReadonlySet<string>;
  readonly quotes: readonly {
    readonly source: string;
    readonly index: number;
    readonly grams: ReadonlySet<string>;
    readonly stems: Stemmed;
  }[];
}

function profile(ev: SuggestableEvent, texts: ReadonlyMap<string, string>): EventProfile {
  const quotes: { source: string; index: number; grams: Set<string>; stems: Stemmed }[] = [];
  for (const acc of ev.accounts) {
    if (!texts.has(acc.source)) continue;
    acc.quotes.forEach((q, index) => {
      const g = grams(sentences(q.text).flatMap((s) => s.words));
      if (g.size > 0) quotes.push({ source: acc.source, index, grams: g, stems: stemsOf(q.text) });
    });
  }
  return { event: ev, span: interval(ev.start, ev.end), actors: new Set(ev.actors), quotes };
}

/**
 * How well a resolved value (`YYYY[-MM[-DD]]` or `A/B`) agrees with the event's date: 1 the same, 0.8
 * inside the event's period (a day of its month), 0.6 a period that holds the event's date (its month,
 * for an event on a day), 0 apart.
 */
function dateAgreement(value: string, ev: EventProfile): number {
  if (ev.span === null) return 0;
  const [a = value, b] = value.split('/');
  const v = interval(a, b);
  if (v === null) return 0;
  const target = ev.event.end === undefined ? ev.event.start : `${ev.event.start}/${ev.event.end}`;
  if (value === target) return 1;
  if (v.start >= ev.span.start && v.end <= ev.span.end) return 0.8;
  if (ev.span.start >= v.start && ev.span.end <= v.end) return 0.6;
  return 0;
}

/** A passage (see `passages`): the unit a quote is offered in. */
interface Clause extends Span {
  readonly sentence: number;
  readonly grams: ReadonlySet<string>;
  /** The 4-grams of its lead (`leadEnd`), the same set as `grams` when the lead is all of it. */
  readonly lead: ReadonlySet<string>;
  /** Its folded words, for finding a passage the article repeats. */
  readonly key: string;
  /** Its words' stems (`stemsOf`). */
  readonly stems: Stemmed;
}

/** The passages of the article, each with its 4-grams: the units a quote is offered in. */
function unitsOf(text: string, exclude: readonly Span[], leadWords: number): Clause[] {
  return passages(text, exclude).map((p, i) => {
    const own = text.slice(p.start, p.end);
    const words = sentences(own).flatMap((s) => s.words);
    const g = grams(words);
    const end = leadEnd(own, leadWords);
    const lead = end >= own.length ? g : grams(sentences(own.slice(0, end)).flatMap((s) => s.words));
    return { ...p, sentence: i, grams: g, lead, key: words.join(' '), stems: stemsOf(own) };
  });
}

interface Cell {
  readonly score: number;
  readonly wording: number;
  /** Its likeness by stems to the event's best quote for it (`stemShare`). */
  readonly stems: number;
  /** How alike the passage's lead and the event's quotes are worded. */
  readonly lead: number;
  readonly quote: number;
  readonly source: string;
  readonly dateOf: { readonly expression: Anchor; readonly value: string } | null;
}

/** An event's score from its passages' scores: its three best, each capped at 1, combined. */
function eventScore(scores: readonly number[]): number {
  const ranked = scores.map((x) => Math.min(1, x)).sort((a, b) => b - a);
  return 1 - (1 - (ranked[0] ?? 0)) * (1 - 0.5 * (ranked[1] ?? 0)) * (1 - 0.25 * (ranked[2] ?? 0));
}

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The items of `sorted` (in text order) from the first that passes `from` (a test that, once passed,
 * stays passed) while `until` holds: a binary search, then a walk over the items wanted only.
 */
function between<T extends Span>(
  sorted: readonly T[],
  from: (t: T) => boolean,
  until: (t: T) => boolean,
): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (from(sorted[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && until(sorted[i] as T); i++) out.push(sorted[i] as T);
  return out;
}

/**
 * The existing events `article` most likely reports, best first, each with its score, its reasons and
 * the passages of the article that would be its quotes (exact slices, best first).
 *
 * Each passage (`passages`: a whole sentence or headline) is scored against each event on its own
 * evidence: `wording` × its likeness to the event's quotes in the other articles, `contrast` × how
 * much more it is worded like them than like any other event's quotes, `lead` × the same for its
 * first clause (`leadEnd`: a sentence reports what its head says), `date` × the agreement of a
 * date expression in it with the event's date (resolved from `published`), `actors` × the share of
 * the event's actors it names (at most 3 needed). To that are added `sentence` × that same score,
 * `neighbour` × the event's score in the passage before or after, `article` × the best agreement of
 * any date of the article with the event's date, `articleActors` × the share of the event's actors
 * the article names anywhere, and `recency` × how recent the event is at the publication date. A
 * passage is offered under the event it scores best, from `SUGGEST_WEIGHTS.quote` up, and under the
 * second best too when that scores nearly as well (the same words often tell two events: a call, and
 * the war it was about); a passage the article repeats word for word is offered once. It is ticked
 * from `tick` up when it leads the next event by `margin` (so never while the draft has one event), is worded at least `tickWording` like the
 * event's quotes, does not end with a colon (`tickable`), and is sure both with the lead weighed and
 * without it (a sentence whose head and whole point to different events tells two). An event's score
 * combines its three best passage scores. What is offered (never what is ticked) also weighs `stems` ×
 * the passage's likeness by stems to the event's quotes (`stemShare`), and the article's main event
 * (the event it scores best, when some passage is worded at least `mainWording` like its quotes) takes
 * a passage from `mainQuote` × `quote`, and one worded less than `fits` but at least `mainFits` like
 * it both under it, unticked, and as a new event.
 */
export function suggestEvents(
  base: SuggestionBase,
  article: NewArticle,
  options: SuggestOptions = {},
): EventSuggestion[] {
  return suggestArticle(base, article, options).events;
}

/**
 * `suggestEvents`, and the passages that fit no existing event: one that would be offered (it scores
 * `quote` with what surrounds it) but is worded less than `fits` like the event it scores best is
 * offered as a new event instead of under that one (a later toll in an article about a quake is not
 * the quake's quote because it is dated the same day and names the same island).
 */
export function suggestArticle(
  base: SuggestionBase,
  article: NewArticle,
  options: SuggestOptions = {},
): ArticleSuggestions {
  const text = article.text;
  const texts = new Map(base.sources.map((s) => [s.id, s.text]));
  const profiles = base.events.map((ev) => profile(ev, texts));
  const w: SuggestWeights = { ...SUGGEST_WEIGHTS, ...options.weights };
  const units = unitsOf(text, article.exclude ?? [], w.leadWords);
  const split = units;
  const dates = analyseDates(text, article.published).filter((d) => d.value !== null);
  const mentions = findMentions(text, base.entities);
  const rarity = w.stems > 0 ? stemRarity(base.sources.map((s) => s.text)) : null;

  // Each clause against each event, on its own evidence.
  // Dates and mentions are in text order and do not overlap, so each clause's are found by a search.
  const evidence: Cell[][] = units.map((u) => {
    const uDates = between(
      dates,
      (d) => d.end > u.start,
      (d) => d.start < u.end,
    );
    const uActors = new Set<string>(
      between(
        mentions,
        (m) => m.start >= u.start,
        (m) => m.start < u.end,
      )
        .filter((m) => inside(m, u))
        .map((m) => m.entity),
    );
    return profiles.map((p) => {
      let wording = 0;
      let lead = 0;
      let quote = -1;
      let source = '';
      let stems = 0;
      for (const q of p.quotes) {
        if (rarity !== null) stems = Math.max(stems, stemShare(u.stems, q.stems, rarity));
        const sim = wordingSimilarity(u.grams, q.grams, w.cover);
        if (w.lead > 0)
          lead = Math.max(lead, u.lead === u.grams ? sim : wordingSimilarity(u.lead, q.grams, w.cover));
        if (sim > wording) {
          wording = sim;
          quote = q.index;
          source = q.source;
        }
      }
      let date = 0;
      let dateOf: Cell['dateOf'] = null;
      for (const d of uDates) {
        const agree = dateAgreement(d.value ?? '', p);
        if (agree > date) {
          date = agree;
          dateOf = { expression: { start: d.start, end: d.end, text: d.text }, value: d.value ?? '' };
        }
      }
      const actors = actorShare(p.actors, uActors);
      const score = w.wording * Math.min(1, wording * 1.4) + w.date * date + w.actors * actors;
      return { score, wording, stems, lead, quote, source, dateOf };
    });
  });
  // A passage worded much more like one event's quotes than like any other's is that event's: the
  // difference is added to (or taken from) its score, never below 0.
  // So is a passage whose lead is worded more like one event's quotes than like any other's.
  const ownOf = (lead: number): Cell[][] =>
    evidence.map((row) => {
      const [best, second] = topTwo(row.map((c) => c.wording));
      const [bestLead, secondLead] = topTwo(row.map((c) => c.lead));
      return row.map((c) => {
        const rival = c.wording === best ? second : best;
        const leadRival = c.lead === bestLead ? secondLead : bestLead;
        return {
          ...c,
          score: Math.max(0, c.score + w.contrast * (c.wording - rival) + lead * (c.lead - leadRival)),
        };
      });
    });
  const own = ownOf(w.lead);
  // What the whole article dates: an event it dates is likelier for each of its clauses.
  const articleDate = profiles.map((p) =>
    dates.reduce((best, d) => Math.max(best, dateAgreement(d.value ?? '', p)), 0),
  );
  const recency = profiles.map((p) => recencyOf(p.span, article.published, w.recencyDays));
  // The event's actors the article names anywhere: an event of other people is less likely.
  const named = new Set<string>(mentions.map((m) => m.entity));
  const articleActors = profiles.map((p) => actorShare(p.actors, named));
  // What surrounds a passage: the best of each event in its sentence, the article's dates and
  // actors, the event's recency, the passage before and after.
  const around = (scores: Cell[][]): Cell[][] => {
    const sentenceBest = split.map(() => profiles.map(() => 0));
    units.forEach((u, j) => {
      const best = sentenceBest[u.sentence];
      if (best !== undefined)
        profiles.forEach((_p, k) => (best[k] = Math.max(best[k] ?? 0, scores[j]?.[k]?.score ?? 0)));
    });
    return scores.map((row, j) =>
      row.map((c, k) => ({
        ...c,
        score:
          c.score +
          w.sentence * (sentenceBest[units[j]?.sentence ?? 0]?.[k] ?? 0) +
          w.article * (articleDate[k] ?? 0) +
          w.articleActors * (articleActors[k] ?? 0) +
          w.recency * (recency[k] ?? 0) +
          w.neighbour * Math.max(scores[j - 1]?.[k]?.score ?? 0, scores[j + 1]?.[k]?.score ?? 0),
      })),
    );
  };
  const table = around(own);
  // The same without the lead: a tick must be sure both ways (a sentence whose head and whole point
  // to different events tells two, and is not sure).
  const whole = w.lead === 0 ? table : around(ownOf(0));
  // A tick says the passage is this event's rather than another's: with one event in the draft there
  // is no other to be sure against, and a passage about the story's next event would be ticked.
  const sureIn = (rows: Cell[][], j: number, k: number): boolean => {
    const row = rows[j] ?? [];
    const score = row[k]?.score ?? 0;
    return (
      score >= w.tick &&
      row.length >= 2 &&
      row.every((c, i) => i === k || score - c.score >= w.margin) &&
      (row[k]?.wording ?? 0) >= w.tickWording
    );
  };

  // Each clause goes to the event it fits best (and to a close second); neighbours in one sentence
  // offered under one event join.
  type Offer = { start: number; end: number; score: number; confident: boolean };
  const offered = new Map<number, Offer[]>();
  const offer = (k: number, j: number, score: number, confident: boolean): void => {
    const u = units[j];
    if (u === undefined) return;
    offered.set(k, [...(offered.get(k) ?? []), { start: u.start, end: u.end, score, confident }]);
  };
  // A passage the article repeats word for word (a headline printed twice) is offered once, first.
  const seen = new Set<string>();
  const repeated = units.map((u) => seen.size === seen.add(u.key).size);
  // Its own wording decides: a date of the same day or the story's names alone file nothing.
  const wordedAs = (j: number, k: number): number => own[j]?.[k]?.wording ?? 0;
  const fits = (j: number, k: number): boolean => wordedAs(j, k) >= w.fits;
  // The article's main event: the one it scores best, when some passage is worded like its quotes.
  const eventScores = profiles.map((_p, k) => eventScore(table.map((row) => row[k]?.score ?? 0)));
  const best = eventScores.indexOf(Math.max(...eventScores));
  const main = own.some((row) => (row[best]?.wording ?? 0) >= w.mainWording) ? best : -1;
  table.forEach((row, j) => {
    if (repeated[j] === true) return;
    // The stems' likeness helps a passage to the list, never to a tick (`sure` reads the tables).
    const order = row
      .map((c, k) => ({ k, score: c.score + w.stems * (own[j]?.[k]?.stems ?? 0) }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = order;
    const least = first?.k === main ? w.mainQuote * w.quote : w.quote;
    if (first === undefined || first.score < least) return;
    const u = units[j];
    // Worded like no event it might be filed under: offered as a new event (kept under -1); and, when
    // it is the main event's and worded at least `mainFits` like it, under that event too, unticked.
    if (!fits(j, first.k)) {
      if (first.score >= w.quote) offer(-1, j, first.score, false);
      if (first.k === main && wordedAs(j, first.k) >= w.mainFits) offer(first.k, j, first.score, false);
      return;
    }
    const sure =
      sureIn(table, j, first.k) &&
      sureIn(whole, j, first.k) &&
      u !== undefined &&
      tickable(text.slice(u.start, u.end));
    offer(first.k, j, first.score, sure);
    if (
      second !== undefined &&
      second.score >= w.quote &&
      second.score >= w.runnerUp * first.score &&
      fits(j, second.k)
    )
      offer(second.k, j, second.score, false);
  });

  const toQuote = ({ start, end, score: sc, confident }: Offer): SuggestedQuote => ({
    start,
    end,
    text: text.slice(start, end),
    score: Math.min(1, sc),
    confident,
  });
  const suggestions: EventSuggestion[] = [];
  profiles.forEach((p, k) => {
    const column = table.map((row) => row[k]).filter((c): c is Cell => c !== undefined);
    const score = eventScores[k] ?? 0;
    // An event with passages offered is listed, though the stems' likeness alone offered them.
    if (score <= 0 && !offered.has(k)) return;
    const reasons: SuggestionReason[] = [];
    const seenDates = new Set<number>();
    for (const c of column) {
      if (c.dateOf === null || seenDates.has(c.dateOf.expression.start)) continue;
      seenDates.add(c.dateOf.expression.start);
      reasons.push({ kind: 'date', ...c.dateOf });
    }
    for (const entity of p.actors) {
      const found = mentions.filter((m) => m.entity === entity);
      if (found.length > 0)
        reasons.push({
          kind: 'actor',
          entity: entity as EntityId,
          mentions: found.map(({ start, end, text: t }) => ({ start, end, text: t })),
        });
    }
    own.forEach((row, j) => {
      const c = row[k];
      const u = units[j];
      if (c !== undefined && u !== undefined && c.wording >= 0.25)
        reasons.push({
          kind: 'wording',
          sentence: { start: u.start, end: u.end, text: text.slice(u.start, u.end) },
          source: c.source,
          quote: c.quote,
          similarity: c.wording,
        });
    });
    const quotes = (offered.get(k) ?? []).sort((a, b) => b.score - a.score).map(toQuote);
    suggestions.push({ event: p.event.id, score, reasons, quotes });
  });
  suggestions.sort((a, b) => b.score - a.score);
  return {
    events: options.limit === undefined ? suggestions : suggestions.slice(0, options.limit),
    fresh: (offered.get(-1) ?? []).map(toQuote),
  };
}
