/**
 * Search over a dataset that forgives how Arabic is written (see arabic.ts) and finds an entity by any
 * of its spellings. Matches are reported as ranges of the original text, for highlighting.
 */
import { GREGORIAN_MONTHS } from './date-lexicon';
import { foldWithOffsets, normalizeForMatch } from './arabic';
import { rankMatches } from './search-rank';
import { soundKey, soundsLike } from './transliteration';
import type { EventHead } from './event-head';
import type { Dataset, Entity, Lang, TimelineEvent } from './types';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Where any of `needles` (already folded) occurs in `text`, as merged ranges of the original text. */
export function findFolded(text: string, needles: readonly string[]): Range[] {
  const f = foldWithOffsets(text);
  const hits: Range[] = [];
  for (const n of needles) {
    if (n === '') continue;
    for (let at = f.folded.indexOf(n); at !== -1; at = f.folded.indexOf(n, at + 1)) {
      hits.push({ start: f.starts[at] ?? 0, end: f.ends[at + n.length - 1] ?? 0 });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last !== undefined && h.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, h.end) };
    else merged.push(h);
  }
  return merged;
}

export type SearchField = 'title' | 'summary' | 'claim' | 'actor' | 'quote' | 'translation' | 'date';

export interface SearchHit {
  readonly field: SearchField;
  readonly text: string;
  readonly lang: Lang;
  readonly ranges: readonly Range[];
}

export interface SearchResult<E extends EventHead = EventHead> {
  /** The event found: a file's in full; a corpus's, its head (its details come when it is selected). */
  readonly event: E;
  readonly hits: readonly SearchHit[];
}

/**
 * The words of a query, each widened to every spelling of an entity it names: searching شويجو also
 * finds شويغو, and "Shoigu" finds both. A name is recognised by any spelling the dataset gives it and
 * by the usual variants of those spellings ("Shoygu", "Belusov", شويقو: see transliteration.ts).
 */
export function queryTerms(query: string, entities: readonly Entity[]): string[][] {
  const words = normalizeForMatch(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const spellings = (e: Entity): string[] => [e.name.ar, e.name.en, ...e.aliases].map(normalizeForMatch);
  const naming = (q: string) =>
    entities.filter((e) => {
      const all = spellings(e);
      return all.some((s) => s === q || (q.length >= 3 && s.includes(q))) || soundsLike(q, all);
    });
  const named = naming(whole);
  if (named.length > 0) {
    const all = named.flatMap(spellings);
    // The words a variant stands for ("Shoygu": "shoigu"), so a surname alone in a text is found too.
    const key = soundKey(whole);
    const words = all
      .flatMap((n) => n.split(/\s+/))
      .filter((w) => key.length >= 4 && soundKey(w).startsWith(key));
    return [[...new Set([whole, ...all, ...words])]];
  }
  // Word by word: "Shoygu Milley" is two names (each word by its sound only: "of" names nothing).
  return words.map((w) => {
    const each = words.length > 1 ? entities.filter((e) => soundsLike(w, spellings(e))) : [];
    return each.length > 0 ? [w, ...new Set(each.flatMap(spellings))] : [w];
  });
}

type Field = { field: SearchField; text: string; lang: Lang };

/**
 * An event's date in words a reader may type: "June 2024", «حزيران 2024», «يونيو», "2024-06-25", the
 * day and year; every name the date lexicon knows for its month, so any region's name finds it.
 */
export function dateWords(event: Pick<TimelineEvent, 'start' | 'end'>): string {
  const words = (iso: string): string => {
    const [year, month, day] = iso.split('-');
    const names = month === undefined ? [] : (GREGORIAN_MONTHS[Number(month) - 1] ?? []);
    return [iso, day === undefined ? '' : String(Number(day)), ...names, year ?? '']
      .filter((w) => w !== '')
      .join(' ');
  };
  return event.end === undefined || event.end === event.start
    ? words(event.start)
    : `${words(event.start)} ${words(event.end)}`;
}

function fieldsOf(event: EventHead | TimelineEvent, entities: ReadonlyMap<string, Entity>): Field[] {
  // A corpus's event found by its head has its title, actors and date; its words come with its details.
  const told = 'accounts' in event ? event : null;
  return [
    { field: 'title', text: event.title.ar, lang: 'ar' },
    { field: 'title', text: event.title.en, lang: 'en' },
    ...(told === null
      ? []
      : [
          { field: 'summary' as const, text: told.summary.ar, lang: 'ar' as const },
          { field: 'summary' as const, text: told.summary.en, lang: 'en' as const },
          ...told.claims.flatMap((c) => [
            { field: 'claim' as const, text: c.text.ar, lang: 'ar' as const },
            { field: 'claim' as const, text: c.text.en, lang: 'en' as const },
          ]),
        ]),
    ...event.actors.flatMap((id) => {
      const e = entities.get(id);
      if (e === undefined) return [];
      const ar = [e.name.ar, ...e.aliases].map((text) => ({
        field: 'actor' as const,
        text,
        lang: 'ar' as const,
      }));
      return [...ar, { field: 'actor' as const, text: e.name.en, lang: 'en' as const }];
    }),
    ...(told?.accounts ?? []).flatMap((a) =>
      a.quotes.flatMap((q) => [
        { field: 'quote' as const, text: q.text, lang: 'ar' as const },
        { field: 'translation' as const, text: q.en, lang: 'en' as const },
      ]),
    ),
    { field: 'date', text: dateWords(event), lang: 'en' },
  ];
}

// Each event's searchable text, folded once and kept as long as the event object lives.
const haystacks = new WeakMap<TimelineEvent, string>();
function haystack(event: TimelineEvent, entities: ReadonlyMap<string, Entity>): string {
  let h = haystacks.get(event);
  if (h === undefined) {
    h = fieldsOf(event, entities)
      .map((f) => normalizeForMatch(f.text))
      .join('\u0001');
    haystacks.set(event, h);
  }
  return h;
}

/** Where in an event's fields the query's terms occur, as ranges of the original texts. */
export function hitsOf(
  event: EventHead | TimelineEvent,
  terms: readonly string[][],
  entities: readonly Entity[],
): SearchHit[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const all = terms.flat();
  const hits: SearchHit[] = [];
  for (const f of fieldsOf(event, byId)) {
    const ranges = findFolded(f.text, all);
    if (ranges.length > 0) hits.push({ ...f, ranges });
  }
  return hits;
}

/** Whether every term of the query is found in the event's date ("June 2024": dated that month). */
function datedAs(event: TimelineEvent, terms: readonly string[][]): boolean {
  const when = normalizeForMatch(dateWords(event));
  return terms.every((alternatives) => alternatives.some((a) => when.includes(a)));
}

/**
 * Events matching every term of the query, best first (`rankMatches`: the query as a phrase or all its
 * words in a title, then its date, then some words in a title, then the summary and claims, then the
 * rest; the given order within a rank). Where each matched is worked out for the first `withHits`
 * results only: a list shows a screenful, not a hundred thousand snippets.
 */
export function searchEvents(dataset: Dataset, query: string, withHits = 200): SearchResult<TimelineEvent>[] {
  const terms = queryTerms(query, dataset.entities);
  if (terms.length === 0) return [];
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const found: { event: TimelineEvent; dated: boolean }[] = [];
  for (const event of dataset.events) {
    const h = haystack(event, entities);
    if (!terms.every((alternatives) => alternatives.some((a) => h.includes(a)))) continue;
    found.push({ event, dated: datedAs(event, terms) });
  }
  const phrase = normalizeForMatch(query)
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ');
  return rankMatches(found, terms, phrase).map(({ event }, i) => ({
    event,
    hits: i < withHits ? hitsOf(event, terms, dataset.entities) : [],
  }));
}
