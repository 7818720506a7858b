/**
 * Independent origins. Two outlets that rest on one wire report are one witness, not two: a claim
 * they both carry is counted once. Provenance is read as the dataset declares it (a source's own
 * entries for the whole text, a passage's entries for itself); a passage without any rests on its
 * source alone.
 */
import type { Bilingual, Provenance, Quote, Source, TimelineEvent } from './types';

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
    for (const p of roots) keys.add(p.origin);
  }
  return keys;
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

/** For an event, each report that two or more of its reporting sources rest on, in the given order. */
export function sharedOrigins(event: TimelineEvent, reporting: readonly Source[]): SharedOrigin[] {
  const byOrigin = new Map<string, { name: Bilingual; credited: boolean; sources: Source[] }>();
  for (const source of reporting) {
    const account = event.accounts.find((a) => a.source === source.id);
    if (account === undefined) continue;
    const seen = new Map<string, Provenance>();
    for (const q of account.quotes) for (const p of passageProvenance(source, q)) seen.set(p.origin, p);
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
