/**
 * Independent origins. Two outlets that rest on one wire report are one witness, not two: a claim
 * they both carry is counted once. Provenance is read as the dataset declares it (a source's own
 * entries for the whole text, a passage's entries for itself); a passage without any rests on its
 * source alone.
 */
import type { Bilingual, Provenance, Quote, Source, TimelineEvent } from './types';

/**
 * The reserved origin of a passage whose report the text does not reveal (an uncredited rewrite). It
 * is recorded as `inferred`, with no anchor and no chain, and it is never counted as an independent
 * witness: two passages of unknown origin may well rest on the same report, or on a known one.
 */
export const UNKNOWN_ORIGIN = 'unknown';

/** Whether an entry says the origin is not known. */
export const isUnknownOrigin = (p: Pick<Provenance, 'origin'>): boolean => p.origin === UNKNOWN_ORIGIN;

/** The key of one source's passages of unknown origin: never shared with another source. */
const unknownKey = (source: Source): string => `${UNKNOWN_ORIGIN}:${source.id}`;

/** Whether an origin key stands for passages of unknown origin. */
export const isUnknownKey = (key: string): boolean => key.startsWith(`${UNKNOWN_ORIGIN}:`);

/** The entries no other entry of the list reached the text through: Reuters, not Alhurra that relayed it. */
export function rootProvenance(list: readonly Provenance[]): Provenance[] {
  const relays = new Set(list.flatMap((p) => (p.via === undefined ? [] : [p.via])));
  return list.filter((p) => !relays.has(p.origin));
}

/** What one passage of a source rests on, at the root; empty when it is the source's own. */
export function passageProvenance(source: Source, quote: Quote): Provenance[] {
  const whole = (source.restsOn ?? []).filter((p) => p.extent !== 'part');
  const own = quote.restsOn ?? [];
  if (own.length === 0) return rootProvenance(whole);
  const merged = [...whole.filter((p) => !own.some((q) => q.origin === p.origin)), ...own];
  return rootProvenance(merged);
}

/** The key an origin is counted by: the report's origin id, or the source itself for its own words. */
export const ownOrigin = (source: Source): string => `source:${source.id}`;

/** The origins a source's passages come down to, as keys. */
export function originKeys(source: Source, quotes: readonly Quote[]): Set<string> {
  const keys = new Set<string>();
  for (const q of quotes) {
    const roots = passageProvenance(source, q);
    if (roots.length === 0) keys.add(ownOrigin(source));
    for (const p of roots) keys.add(isUnknownOrigin(p) ? unknownKey(source) : p.origin);
  }
  return keys;
}

/**
 * How many origins some carrying sources come down to, as a range that never overstates. `atMost`
 * is the number of groups; `unknown` counts the groups whose passages are all of unknown origin (one
 * source each, since an unknown origin links to nothing); `atLeast` leaves those out, but is at least
 * one when anything is carried.
 */
export interface OriginCount {
  readonly atLeast: number;
  readonly atMost: number;
  readonly unknown: number;
}

/** The origin range of groups as `groupByOrigin` returns them. */
export function countOrigins(
  groups: readonly (readonly { readonly keys: ReadonlySet<string> }[])[],
): OriginCount {
  const open = groups.filter((g) => g.length > 0);
  const unknown = open.filter((g) => g.every((item) => [...item.keys].every(isUnknownKey))).length;
  const known = open.length - unknown;
  return { atLeast: known === 0 && unknown > 0 ? 1 : known, atMost: open.length, unknown };
}

/**
 * Whether several carrying sources rest, every one of them and for all its passages, on one and the
 * same report: not merely linked through one while also carrying words of their own or of another.
 */
export function restOnOneReport(items: readonly { readonly keys: ReadonlySet<string> }[]): boolean {
  const [first, ...rest] = items;
  if (first === undefined || rest.length === 0 || first.keys.size !== 1) return false;
  const [only] = first.keys;
  return rest.every((item) => item.keys.size === 1 && item.keys.has(only ?? ''));
}

/**
 * The reporting sources of an event whose account does not say which report it rests on: every
 * passage rests on reports of unknown origin alone. A source that also carries a known report's or
 * its own words for the event is not named (as `countOrigins` counts it by those), in the given order.
 */
export function unknownOriginSources(event: TimelineEvent, reporting: readonly Source[]): Source[] {
  return reporting.filter((source) => {
    const quotes = event.accounts.find((a) => a.source === source.id)?.quotes ?? [];
    return (
      quotes.length > 0 &&
      quotes.every((q) => {
        const roots = passageProvenance(source, q);
        return roots.length > 0 && roots.every(isUnknownOrigin);
      })
    );
  });
}

/**
 * Groups of sources that share an origin, by union over their keys: sources linked through any
 * shared report fall in one group. Each source appears in exactly one group, in the given order.
 */
export function groupByOrigin<T extends { readonly keys: ReadonlySet<string> }>(items: readonly T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const k of item.keys) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()];
}

/** Sources of one event that carry wording from the same report. */
export interface SharedOrigin {
  readonly origin: string;
  readonly name: Bilingual;
  /** `credited` when every source in the group credits the report; otherwise at least one is inferred. */
  readonly basis: 'credited' | 'inferred';
  readonly sources: readonly Source[];
}

/**
 * For an event, each report that two or more of its reporting sources rest on, in the given order.
 * An unknown origin is not a report they share.
 */
export function sharedOrigins(event: TimelineEvent, reporting: readonly Source[]): SharedOrigin[] {
  const byOrigin = new Map<string, { name: Bilingual; credited: boolean; sources: Source[] }>();
  for (const source of reporting) {
    const account = event.accounts.find((a) => a.source === source.id);
    if (account === undefined) continue;
    const seen = new Map<string, Provenance>();
    for (const q of account.quotes)
      for (const p of passageProvenance(source, q)) if (!isUnknownOrigin(p)) seen.set(p.origin, p);
    for (const [origin, p] of seen) {
      const entry = byOrigin.get(origin) ?? { name: p.name, credited: true, sources: [] };
      entry.sources.push(source);
      entry.credited = entry.credited && p.basis === 'credited';
      byOrigin.set(origin, entry);
    }
  }
  return [...byOrigin.entries()]
    .filter(([, e]) => e.sources.length > 1)
    .map(([origin, e]) => ({
      origin,
      name: e.name,
      basis: e.credited ? 'credited' : 'inferred',
      sources: e.sources,
    }));
}
