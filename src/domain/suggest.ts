/**
 * Suggestions for a new article: which existing events it most likely reports, why, and which of its
 * sentences would be their quotes. Three plain signals, each shown to the user as a reason:
 *
 * - dates: the article's date expressions, resolved from its publication date (`analyseDates`), that
 *   fall on an event's date;
 * - actors: the event's people, organisations and places, found by any spelling the dataset knows;
 * - wording: sentences worded like the event's existing quotes (word pairs and character 4-grams on
 *   normalised Arabic, as shared-copy detection compares them).
 *
 * No model and no dictionary: the same inputs give the same suggestions. Every suggested quote is an
 * exact slice of the new article.
 */
import { normalizeForMatch } from './arabic';
import { analyseDates } from './date-expressions';
import { interval } from './dates';
import { fold } from './search';
import { sentences, similarity, type Sentence } from './shared-copy';
import type { Anchor, Entity, EntityId, EventId, SourceWithText, Span, TimelineEvent } from './types';

/** What the suggestions are drawn from: a dataset's events, entities and sources with their texts. */
export interface SuggestionBase {
  readonly events: readonly TimelineEvent[];
  readonly entities: readonly Entity[];
  readonly sources: readonly SourceWithText[];
}

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

/** A sentence of the new article proposed as a quote of the event. */
export interface SuggestedQuote extends Anchor {
  /** 0–1: how strongly the sentence belongs to this event. */
  readonly score: number;
}

export interface EventSuggestion {
  readonly event: EventId;
  /** 0–1; suggestions come best first. */
  readonly score: number;
  readonly reasons: readonly SuggestionReason[];
  /** The sentences that would be its quotes, best first. Each sentence is offered to one event only. */
  readonly quotes: readonly SuggestedQuote[];
}

export interface SuggestOptions {
  /** How many events to return at most (default all that have any reason). */
  readonly limit?: number;
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
const PROCLITICS = /^[وفبلك]{1,2}$/u;

function spellings(entities: readonly Entity[]): Spelling[] {
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
export function findMentions(text: string, entities: readonly Entity[]): Mention[] {
  const f = fold(text);
  const taken: Mention[] = [];
  const free = (s: number, e: number): boolean => taken.every((m) => e <= m.start || m.end <= s);
  for (const sp of spellings(entities)) {
    for (let at = f.folded.indexOf(sp.key); at !== -1; at = f.folded.indexOf(sp.key, at + 1)) {
      const after = f.folded[at + sp.key.length];
      if (after !== undefined && LETTER.test(after)) continue;
      let w = at;
      while (w > 0 && LETTER.test(f.folded[w - 1] ?? '')) w--;
      if (w < at && !PROCLITICS.test(f.folded.slice(w, at))) continue;
      const start = f.starts[at] ?? 0;
      const end = f.ends[at + sp.key.length - 1] ?? start;
      if (!free(start, end)) continue;
      taken.push({ start, end, text: text.slice(start, end), entity: sp.entity, alias: sp.alias });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------
// Suggestions

/** The weights of the three signals in a sentence's score, and the least score offered as a quote. */
export const SUGGEST_WEIGHTS = { wording: 0.6, date: 0.25, actors: 0.15, quote: 0.2 } as const;

interface EventProfile {
  readonly event: TimelineEvent;
  readonly span: { readonly start: number; readonly end: number } | null;
  readonly actors: ReadonlySet<string>;
  /** The folded words of each existing quote, with where it comes from. */
  readonly quotes: readonly {
    readonly source: string;
    readonly index: number;
    readonly words: readonly string[];
  }[];
}

function profile(ev: TimelineEvent, texts: ReadonlyMap<string, string>): EventProfile {
  const quotes: { source: string; index: number; words: string[] }[] = [];
  for (const acc of ev.accounts) {
    if (!texts.has(acc.source)) continue;
    acc.quotes.forEach((q, index) => {
      const words = sentences(q.text).flatMap((s) => s.words);
      if (words.length > 0) quotes.push({ source: acc.source, index, words });
    });
  }
  return { event: ev, span: interval(ev.start, ev.end), actors: new Set(ev.actors), quotes };
}

/** Does a resolved value (`YYYY[-MM[-DD]]` or `A/B`) fall within the event's period? 1 same, 0.5 inside, 0. */
function dateAgreement(value: string, ev: EventProfile): number {
  if (ev.span === null) return 0;
  const [a = value, b] = value.split('/');
  const v = interval(a, b);
  if (v === null) return 0;
  const target = ev.event.end === undefined ? ev.event.start : `${ev.event.start}/${ev.event.end}`;
  if (value === target) return 1;
  if (v.start >= ev.span.start && v.end <= ev.span.end) return 0.5;
  return 0;
}

interface Scored {
  readonly score: number;
  readonly wording: number;
  readonly quote: number;
  readonly source: string;
  readonly date: number;
  readonly dateOf: { readonly expression: Anchor; readonly value: string } | null;
  readonly actors: readonly string[];
}

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The existing events `article` most likely reports, best first, each with its score, its reasons and
 * the sentences of the article that would be its quotes (exact slices, best first). A sentence is
 * offered under the one event it fits best, and only from `SUGGEST_WEIGHTS.quote` up.
 */
export function suggestEvents(
  base: SuggestionBase,
  article: NewArticle,
  options: SuggestOptions = {},
): EventSuggestion[] {
  const text = article.text;
  const texts = new Map(base.sources.map((s) => [s.id as string, s.text]));
  const profiles = base.events.map((ev) => profile(ev, texts));
  const split: Sentence[] = sentences(text, article.exclude ?? []);
  const dates = analyseDates(text, article.published).filter((d) => d.value !== null);
  const mentions = findMentions(text, base.entities);

  // Each sentence against each event.
  const table: Scored[][] = split.map((s) => {
    const sDates = dates.filter((d) => inside(d, s));
    const sActors = new Set(mentions.filter((m) => inside(m, s)).map((m) => m.entity as string));
    return profiles.map((p) => {
      let wording = 0;
      let quote = -1;
      let source = '';
      for (const q of p.quotes) {
        const sim = similarity(s.words, q.words).score;
        if (sim > wording) {
          wording = sim;
          quote = q.index;
          source = q.source;
        }
      }
      let date = 0;
      let dateOf: Scored['dateOf'] = null;
      for (const d of sDates) {
        const agree = dateAgreement(d.value ?? '', p);
        if (agree > date) {
          date = agree;
          dateOf = { expression: { start: d.start, end: d.end, text: d.text }, value: d.value ?? '' };
        }
      }
      const actors = [...sActors].filter((a) => p.actors.has(a));
      const actorShare = p.actors.size === 0 ? 0 : Math.min(1, actors.length / Math.min(2, p.actors.size));
      const w = SUGGEST_WEIGHTS;
      const score = w.wording * Math.min(1, wording * 1.5) + w.date * date + w.actors * actorShare;
      return { score, wording, quote, source, date, dateOf, actors };
    });
  });

  // Each sentence goes to the event it fits best.
  const offered = new Map<number, { sentence: Sentence; score: number }[]>();
  table.forEach((row, i) => {
    let best = -1;
    row.forEach((c, k) => {
      if (best === -1 || c.score > (row[best]?.score ?? 0)) best = k;
    });
    const c = row[best];
    const s = split[i];
    if (c === undefined || s === undefined || c.score < SUGGEST_WEIGHTS.quote) return;
    const list = offered.get(best) ?? [];
    list.push({ sentence: s, score: c.score });
    offered.set(best, list);
  });

  const suggestions: EventSuggestion[] = [];
  profiles.forEach((p, k) => {
    const column = table.map((row) => row[k]).filter((c): c is Scored => c !== undefined);
    const ranked = column.map((c) => c.score).sort((a, b) => b - a);
    const score = 1 - (1 - (ranked[0] ?? 0)) * (1 - 0.5 * (ranked[1] ?? 0)) * (1 - 0.25 * (ranked[2] ?? 0));
    if (score <= 0) return;
    const reasons: SuggestionReason[] = [];
    const seenDates = new Set<string>();
    column.forEach((c) => {
      if (c.dateOf !== null && !seenDates.has(`${c.dateOf.expression.start}`)) {
        seenDates.add(`${c.dateOf.expression.start}`);
        reasons.push({ kind: 'date', ...c.dateOf });
      }
    });
    for (const entity of p.actors) {
      const found = mentions.filter((m) => m.entity === entity);
      if (found.length > 0)
        reasons.push({
          kind: 'actor',
          entity: entity as EntityId,
          mentions: found.map(({ start, end, text: t }) => ({ start, end, text: t })),
        });
    }
    column.forEach((c, i) => {
      const s = split[i];
      if (s !== undefined && c.wording >= 0.25)
        reasons.push({
          kind: 'wording',
          sentence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
          source: c.source,
          quote: c.quote,
          similarity: c.wording,
        });
    });
    const quotes = (offered.get(k) ?? [])
      .sort((a, b) => b.score - a.score)
      .map(({ sentence: s, score: sc }) => ({
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        score: sc,
      }));
    suggestions.push({ event: p.event.id, score, reasons, quotes });
  });
  suggestions.sort((a, b) => b.score - a.score);
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}
