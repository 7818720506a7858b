/**
 * Every change a briefer makes to a briefing, as a pure command: `applyBriefingCommand(briefing,
 * command)` returns the new briefing, or the same object when the command changes nothing (an event
 * already there, an unknown event, a move past either end). The builder keeps each choice in the
 * event's own order (sources as the dataset lists them, quotes as their accounts do, claims as the
 * event does); a choice of everything is stored as no list at all, which the format reads as "all".
 */
import { quoteKey } from './briefing';
import { reportingSources, type DatasetIndex } from './dataset-index';
import type {
  Bilingual,
  Briefing,
  BriefingId,
  BriefingItem,
  ClaimId,
  EventId,
  Lang,
  QuoteRef,
  SourceId,
  TimelineEvent,
} from './types';

/** What an event offers a briefing item, in the order the builder keeps: the choices' universe. */
export interface EventChoices {
  readonly sources: readonly SourceId[];
  /** Every quote of every reporting source, source by source. */
  readonly quotes: readonly QuoteRef[];
  readonly claims: readonly ClaimId[];
}

export function eventChoices(index: DatasetIndex, event: TimelineEvent): EventChoices {
  const sources = reportingSources(index, event).map((s) => s.id);
  const quotes = sources.flatMap((source) =>
    (event.accounts.find((a) => a.source === source)?.quotes ?? []).map((q) => ({
      source,
      start: q.start,
      end: q.end,
    })),
  );
  return { sources, quotes, claims: event.claims.map((c) => c.id) };
}

/** Which of an event's sources, quotes and claims an item shows (an absent list: all of them). */
export interface ItemChosen {
  readonly sources: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
}

export function itemChosen(item: BriefingItem, all: EventChoices): ItemChosen {
  const sources = new Set<string>(item.sources ?? all.sources);
  const quotes = new Set(
    (item.quotes ?? all.quotes).filter((q) => sources.has(q.source)).map((q) => quoteKey(q)),
  );
  return { sources, quotes, claims: new Set<string>(item.claims ?? all.claims) };
}

export type BriefingText = 'title' | 'subtitle' | 'notes';

export type BriefingCommand =
  | { readonly kind: 'add-event'; readonly event: EventId }
  | { readonly kind: 'remove-event'; readonly event: EventId }
  /** Moves an event to position `to` (0-based) in the briefing. */
  | { readonly kind: 'move-event'; readonly event: EventId; readonly to: number }
  /** The title slide's title, subtitle or speaker notes, in one language. */
  | { readonly kind: 'set-text'; readonly field: BriefingText; readonly lang: Lang; readonly text: string }
  | { readonly kind: 'set-item-notes'; readonly event: EventId; readonly lang: Lang; readonly text: string }
  | {
      readonly kind: 'toggle-source';
      readonly event: EventId;
      readonly source: SourceId;
      readonly all: EventChoices;
    }
  | {
      readonly kind: 'toggle-quote';
      readonly event: EventId;
      readonly quote: QuoteRef;
      readonly all: EventChoices;
    }
  | {
      readonly kind: 'toggle-claim';
      readonly event: EventId;
      readonly claim: ClaimId;
      readonly all: EventChoices;
    };

/** A new briefing: its title (the dataset's, to begin with) and no events yet. */
export function newBriefing(id: string, title: Bilingual): Briefing {
  return { id: id as BriefingId, title, items: [] };
}

/** Keeps `all`'s order; everything chosen is stored as no list. */
function choose<T>(all: readonly T[], keep: (x: T) => boolean): T[] | undefined {
  const kept = all.filter(keep);
  return kept.length === all.length ? undefined : kept;
}

/** An item with `field` set to `value`, or without it when `value` is undefined. */
function withList<K extends 'sources' | 'quotes' | 'claims'>(
  item: BriefingItem,
  field: K,
  value: BriefingItem[K] | undefined,
): BriefingItem {
  return withField(item, field, value);
}

/** A bilingual text with one language changed; an optional one left empty in both is dropped. */
function setLang(old: Bilingual | undefined, lang: Lang, text: string): Bilingual | undefined {
  const next = { ar: old?.ar ?? '', en: old?.en ?? '', [lang]: text };
  return next.ar === '' && next.en === '' ? undefined : next;
}

/** `o` with `key` set to `value`, or without `key` when `value` is undefined (never a key holding undefined). */
function withField<T extends object>(o: T, key: string, value: unknown): T {
  const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}

function updateItem(b: Briefing, event: EventId, f: (item: BriefingItem) => BriefingItem): Briefing {
  const i = b.items.findIndex((x) => x.event === event);
  const item = b.items[i];
  if (item === undefined) return b;
  const next = f(item);
  return next === item ? b : { ...b, items: b.items.map((x, j) => (j === i ? next : x)) };
}

function toggleSource(item: BriefingItem, source: SourceId, all: EventChoices): BriefingItem {
  const chosen = itemChosen(item, all);
  const on = !chosen.sources.has(source);
  const sources = choose(all.sources, (s) => (s === source ? on : chosen.sources.has(s)));
  // A source taken away takes its quotes; one brought back brings them all, when quotes are chosen.
  const quotes =
    item.quotes === undefined
      ? undefined
      : choose(all.quotes, (q) => (q.source === source ? on : chosen.quotes.has(quoteKey(q))));
  return withList(withList(item, 'sources', sources), 'quotes', quotes);
}

function toggleQuote(item: BriefingItem, quote: QuoteRef, all: EventChoices): BriefingItem {
  const chosen = itemChosen(item, all);
  const key = quoteKey(quote);
  if (!chosen.sources.has(quote.source) || !all.quotes.some((q) => quoteKey(q) === key)) return item;
  const on = !chosen.quotes.has(key);
  // Quotes of sources not shown stay out of the list: the format refuses them.
  const quotes = choose(all.quotes, (q) =>
    quoteKey(q) === key ? on : chosen.quotes.has(quoteKey(q)) && chosen.sources.has(q.source),
  );
  const allOfShown = all.quotes.filter((q) => chosen.sources.has(q.source));
  const whole = quotes !== undefined && quotes.length === allOfShown.length;
  return withList(item, 'quotes', whole ? undefined : quotes);
}

function toggleClaim(item: BriefingItem, claim: ClaimId, all: EventChoices): BriefingItem {
  if (!all.claims.includes(claim)) return item;
  const chosen = itemChosen(item, all);
  const on = !chosen.claims.has(claim);
  return withList(
    item,
    'claims',
    choose(all.claims, (c) => (c === claim ? on : chosen.claims.has(c))),
  );
}

export function applyBriefingCommand(b: Briefing, c: BriefingCommand): Briefing {
  switch (c.kind) {
    case 'add-event':
      return b.items.some((x) => x.event === c.event) ? b : { ...b, items: [...b.items, { event: c.event }] };
    case 'remove-event':
      return b.items.some((x) => x.event === c.event)
        ? { ...b, items: b.items.filter((x) => x.event !== c.event) }
        : b;
    case 'move-event': {
      const from = b.items.findIndex((x) => x.event === c.event);
      const item = b.items[from];
      if (item === undefined || c.to === from || c.to < 0 || c.to >= b.items.length) return b;
      const rest = b.items.filter((_, j) => j !== from);
      return { ...b, items: [...rest.slice(0, c.to), item, ...rest.slice(c.to)] };
    }
    case 'set-text': {
      if (c.field === 'title')
        return b.title[c.lang] === c.text ? b : { ...b, title: { ...b.title, [c.lang]: c.text } };
      if ((b[c.field]?.[c.lang] ?? '') === c.text) return b;
      return withField(b, c.field, setLang(b[c.field], c.lang, c.text));
    }
    case 'set-item-notes':
      return updateItem(b, c.event, (item) =>
        (item.notes?.[c.lang] ?? '') === c.text
          ? item
          : withField(item, 'notes', setLang(item.notes, c.lang, c.text)),
      );
    case 'toggle-source':
      return c.all.sources.includes(c.source)
        ? updateItem(b, c.event, (i) => toggleSource(i, c.source, c.all))
        : b;
    case 'toggle-quote':
      return updateItem(b, c.event, (i) => toggleQuote(i, c.quote, c.all));
    case 'toggle-claim':
      return updateItem(b, c.event, (i) => toggleClaim(i, c.claim, c.all));
  }
}

/** A text a briefing still lacks before the format accepts it. */
export type BriefingGap =
  | { readonly kind: 'items' }
  | { readonly kind: 'title' | 'subtitle' | 'notes'; readonly lang: Lang }
  | { readonly kind: 'item-notes'; readonly event: EventId; readonly lang: Lang };

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/**
 * What is still to write: no events, or a text given in one language and not the other (the title
 * is needed in both). A briefing without gaps passes the format's text rules.
 */
export function briefingGaps(b: Briefing): BriefingGap[] {
  const gaps: BriefingGap[] = [];
  const langs: readonly Lang[] = ['ar', 'en'];
  for (const lang of langs) if (blank(b.title[lang])) gaps.push({ kind: 'title', lang });
  for (const kind of ['subtitle', 'notes'] as const)
    for (const lang of langs) if (b[kind] !== undefined && blank(b[kind][lang])) gaps.push({ kind, lang });
  if (b.items.length === 0) gaps.push({ kind: 'items' });
  for (const item of b.items)
    for (const lang of langs)
      if (item.notes !== undefined && blank(item.notes[lang]))
        gaps.push({ kind: 'item-notes', event: item.event, lang });
  return gaps;
}
