/**
 * A briefing resolved against its dataset: each chosen event as the room sees it (only the chosen
 * sources, quotes and claims, in the chosen order) and the references that name nothing. Pure, and
 * shared by the slides on screen, the presenter view and the exported decks, so they all show the same.
 */
import { reportingSources, type DatasetIndex } from './dataset-index';
import type {
  Bilingual,
  Briefing,
  BriefingId,
  BriefingItem,
  EventId,
  Quote,
  QuoteRef,
  Source,
  TimelineEvent,
} from './types';

export interface BriefingEntry {
  readonly item: BriefingItem;
  /** The event as the briefing shows it: the chosen sources' chosen quotes and the chosen claims. */
  readonly event: TimelineEvent;
  /** The chosen sources that tell it, in the chosen order. */
  readonly reporting: readonly Source[];
}

export interface ResolvedBriefing {
  readonly briefing: Briefing;
  readonly entries: readonly BriefingEntry[];
  /** Each reference that names no event, source, quote or claim of the dataset, as `item N: …`. */
  readonly missing: readonly string[];
}

/** The key a quote is known by in a briefing: its source and exact offsets. */
export function quoteKey(ref: QuoteRef): string {
  return `${ref.source}:${ref.start}-${ref.end}`;
}

/** The briefing shown when none is chosen: the story's title, then the given events, all of each. */
export function storyBriefing(title: Bilingual, events: readonly EventId[]): Briefing {
  return { id: 'story' as BriefingId, title, items: events.map((event) => ({ event })) };
}

/** Narrows an event to what a briefing item chooses; what the item leaves open stays whole. */
export function briefingEvent(
  event: TimelineEvent,
  item: BriefingItem,
  reporting: readonly Source[],
): BriefingEntry {
  const chosen = item.sources === undefined ? null : new Set<string>(item.sources);
  const sources =
    item.sources === undefined
      ? reporting
      : item.sources.flatMap((id) => reporting.filter((s) => s.id === id));
  const order = item.quotes === undefined ? null : new Map(item.quotes.map((q, i) => [quoteKey(q), i]));
  const accounts = event.accounts
    .filter((a) => chosen === null || chosen.has(a.source))
    .map((a) => {
      if (order === null) return a;
      const rank = (q: Quote): number =>
        order.get(quoteKey({ source: a.source, start: q.start, end: q.end })) ?? -1;
      const quotes = a.quotes.filter((q) => rank(q) >= 0).sort((x, y) => rank(x) - rank(y));
      return { ...a, quotes };
    });
  const claims =
    item.claims === undefined
      ? event.claims
      : item.claims.flatMap((id) => event.claims.filter((c) => c.id === id));
  return { item, event: { ...event, accounts, claims }, reporting: sources };
}

/** Resolves every item of a briefing; an item whose event is missing is left out and reported. */
export function resolveBriefing(index: DatasetIndex, briefing: Briefing): ResolvedBriefing {
  const entries: BriefingEntry[] = [];
  const missing: string[] = [];
  briefing.items.forEach((item, i) => {
    const where = `item ${i + 1}`;
    const event = index.events.get(item.event);
    if (event === undefined) {
      missing.push(`${where}: event ${item.event}`);
      return;
    }
    const reporting = reportingSources(index, event);
    for (const s of item.sources ?? [])
      if (!reporting.some((r) => r.id === s)) missing.push(`${where}: source ${s}`);
    for (const q of item.quotes ?? []) {
      const account = event.accounts.find((a) => a.source === q.source);
      if (!account?.quotes.some((x) => x.start === q.start && x.end === q.end))
        missing.push(`${where}: quote ${quoteKey(q)}`);
    }
    for (const c of item.claims ?? [])
      if (!event.claims.some((x) => x.id === c)) missing.push(`${where}: claim ${c}`);
    entries.push(briefingEvent(event, item, reporting));
  });
  return { briefing, entries, missing };
}
