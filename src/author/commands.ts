/**
 * Every change to a draft is a command: `applyCommand(draft, command)` returns the new draft, or the
 * same object when the command does not apply (an unknown id, a span outside the text). Pure, so the
 * history can replay it and each command is tested on its own. A quote's text is always the article's
 * slice at its offsets: a command gives only the offsets.
 */
import type {
  Bilingual,
  Claim,
  ClaimId,
  DateBasis,
  EntityId,
  EventId,
  EventKind,
  OutOfScopeKind,
  Precision,
  Provenance,
  PublishedBasis,
  Quote,
  SourceId,
  SourceWithText,
  Span,
  TimelineEvent,
} from '../domain';
import { isDatasetId, kindsOf, spanContext } from '../domain';
import {
  ARTICLE_MAX_CHARS,
  freeId,
  nextArticleId,
  normaliseArticle,
  renderingKey,
  type Draft,
} from './draft';
import { applyEntityCommand, type EntityCommand } from './entity-commands';
import { renameEvent } from './event-ids';
import { replaceArticleText } from './replace-text';
import { rejectSuggestion, withoutStaleRejections, type RejectSuggestion } from './suggestion-commands';
import { applySourceCommand, type SourceCommand } from './source-commands';
import { applyVocabularyCommand, type VocabularyCommand } from './vocabulary-commands';

/** Which quote: its event, its source and where it lies. */
export interface QuoteRef extends Span {
  readonly event: string;
  readonly source: string;
}

export interface ArticleFields {
  readonly outlet?: Bilingual;
  readonly outletBasis?: 'stated' | 'unknown';
  readonly url?: string | null;
  readonly published?: string | null;
  readonly publishedBasis?: PublishedBasis;
  readonly publishedNote?: Bilingual | null;
}

export interface EventFields {
  readonly start?: string;
  readonly end?: string | null;
  readonly precision?: Precision;
  readonly basis?: DateBasis;
  readonly basisNote?: Bilingual;
  readonly kind?: EventKind;
  readonly actors?: readonly string[];
  readonly title?: Bilingual;
  readonly summary?: Bilingual;
}

export type Command =
  | SourceCommand
  | EntityCommand
  | VocabularyCommand
  | RejectSuggestion
  | { readonly type: 'batch'; readonly commands: readonly Command[] }
  | { readonly type: 'add-article'; readonly text: string; readonly id?: string }
  | { readonly type: 'set-article'; readonly source: string; readonly fields: ArticleFields }
  /** The article goes, and with it every quote taken from it. */
  | { readonly type: 'remove-article'; readonly source: string }
  /** A new text for an article, every span placed again in it; refused when any span cannot be. */
  | { readonly type: 'replace-article-text'; readonly source: string; readonly text: string }
  | ({ readonly type: 'mark-out-of-scope'; readonly source: string; readonly kind: OutOfScopeKind } & Span)
  | { readonly type: 'unmark-out-of-scope'; readonly source: string; readonly start: number }
  | { readonly type: 'create-event'; readonly id: string; readonly fields: EventFields }
  | { readonly type: 'update-event'; readonly event: string; readonly fields: EventFields }
  | { readonly type: 'remove-event'; readonly event: string }
  /** A new event's id following its date and title, every reference with it (`event-ids.ts`). */
  | { readonly type: 'rename-event'; readonly event: string; readonly to: string }
  | ({ readonly type: 'attach-quote'; readonly event: string; readonly source: string } & Span)
  | { readonly type: 'remove-quote'; readonly quote: QuoteRef }
  | { readonly type: 'set-quote-english'; readonly quote: QuoteRef; readonly en: string }
  /** A rendering marked as a draft still to check, or as checked. */
  | { readonly type: 'mark-rendering'; readonly quote: QuoteRef; readonly draft: boolean }
  /**
   * A quote marked as resting on one of its article's reports (`restsOn` entry by origin), or no
   * longer: the passages a report of "some passages" explains (#24 D4).
   */
  | {
      readonly type: 'set-quote-rests-on';
      readonly quote: QuoteRef;
      readonly origin: string;
      readonly on: boolean;
    }
  | { readonly type: 'add-claim'; readonly event: string; readonly id: string; readonly text: Bilingual }
  | {
      readonly type: 'set-claim';
      readonly event: string;
      readonly claim: string;
      readonly text?: Bilingual;
      readonly by?: string | null;
    }
  | { readonly type: 'move-claim'; readonly event: string; readonly claim: string; readonly to: number }
  /** The claim goes, and the quotes that supported it no longer name it. */
  | { readonly type: 'remove-claim'; readonly event: string; readonly claim: string }
  | { readonly type: 'merge-claims'; readonly event: string; readonly from: string; readonly into: string }
  | {
      readonly type: 'link-claim';
      readonly quote: QuoteRef;
      readonly claim: string;
      readonly linked: boolean;
    };

const BLANK: Bilingual = { ar: '', en: '' };

/** The object without one key (an optional field cleared). */
function omit<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as Omit<T, K>;
}

function withSource(d: Draft, id: string, f: (s: SourceWithText) => SourceWithText | null): Draft {
  const i = d.sources.findIndex((s) => s.id === id);
  const s = d.sources[i];
  if (s === undefined) return d;
  const next = f(s);
  if (next === null || next === s) return d;
  return { ...d, sources: d.sources.map((x, j) => (j === i ? next : x)) };
}

function withEvent(d: Draft, id: string, f: (e: TimelineEvent) => TimelineEvent | null): Draft {
  const i = d.events.findIndex((e) => e.id === id);
  const e = d.events[i];
  if (e === undefined) return d;
  const next = f(e);
  if (next === null || next === e) return d;
  return { ...d, events: d.events.map((x, j) => (j === i ? next : x)) };
}

function withQuote(d: Draft, ref: QuoteRef, f: (q: Quote, e: TimelineEvent) => Quote | null): Draft {
  return withEvent(d, ref.event, (e) => {
    let changed = false;
    const accounts = e.accounts.map((a) => {
      if (a.source !== ref.source) return a;
      const quotes = a.quotes.map((q) => {
        if (q.start !== ref.start || q.end !== ref.end) return q;
        const next = f(q, e);
        if (next === null || next === q) return q;
        changed = true;
        return next;
      });
      return changed ? { ...a, quotes } : a;
    });
    return changed ? { ...e, accounts } : null;
  });
}

const validSpan = (text: string, s: Span): boolean =>
  Number.isInteger(s.start) &&
  Number.isInteger(s.end) &&
  0 <= s.start &&
  s.start < s.end &&
  s.end <= text.length;

function addArticle(d: Draft, raw: string, wanted?: string): Draft {
  if (typeof raw !== 'string' || raw.length > 2 * ARTICLE_MAX_CHARS) return d;
  const text = normaliseArticle(raw);
  if (text.trim() === '' || text.length > ARTICLE_MAX_CHARS) return d;
  const taken = new Set(d.sources.map((s) => s.id as string));
  const id = wanted !== undefined && isDatasetId(wanted) && !taken.has(wanted) ? wanted : nextArticleId(d);
  const source: SourceWithText = {
    id: id as SourceId,
    file: `articles/${id}.txt`,
    outlet: BLANK,
    outletBasis: 'unknown',
    credits: [],
    published: null,
    publishedBasis: 'unknown',
    publishedNote: BLANK,
    url: null,
    language: 'ar',
    outOfScope: [],
    text,
  };
  return { ...d, sources: [...d.sources, source] };
}

function setArticle(s: SourceWithText, f: ArticleFields): SourceWithText {
  const { publishedNote, ...rest } = f;
  const next: SourceWithText = { ...s, ...rest } as SourceWithText;
  if (publishedNote === null) return omit(next, 'publishedNote');
  return publishedNote === undefined ? next : { ...next, publishedNote };
}

/** Out-of-scope parts (but background) are whole lines: a selection is widened to the lines it touches. */
export function wholeLines(text: string, s: Span): Span {
  let start = s.start;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = s.end;
  // A selection that ends just after a line break ends on the line before it.
  if (end > start && text[end - 1] === '\n') end--;
  while (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

function markOutOfScope(s: SourceWithText, span: Span, kind: OutOfScopeKind): SourceWithText | null {
  if (!validSpan(s.text, span)) return null;
  // Background is the sentence selected, which may share its line with the story's own words.
  let part = kind === 'background' ? { start: span.start, end: span.end } : wholeLines(s.text, span);
  // An existing part it touches is taken into it, so parts never overlap.
  const kept = s.outOfScope.filter((o) => {
    if (o.start <= part.end && part.start <= o.end) {
      part = { start: Math.min(o.start, part.start), end: Math.max(o.end, part.end) };
      return false;
    }
    return true;
  });
  const placed = {
    ...part,
    kind,
    text: s.text.slice(part.start, part.end),
    ...spanContext(s.text, part.start, part.end),
  };
  const outOfScope = [...kept, placed].sort((a, b) => a.start - b.start);
  return { ...s, outOfScope };
}

/** A new event's kind: "statement" while the draft has it, else its first kind. */
const defaultKind = (d: Draft): string => {
  const kinds = kindsOf(d);
  return kinds.some((k) => k.id === 'statement') ? 'statement' : (kinds[0]?.id ?? 'statement');
};

function createEvent(d: Draft, id: string, f: EventFields): Draft {
  if (!isDatasetId(id) || d.events.some((e) => e.id === id)) return d;
  const newEvents = [...(d.newEvents ?? []).filter((x) => x !== id), id];
  const event = applyEventFields(
    {
      id: id as EventId,
      start: '',
      precision: 'day',
      basis: 'stated',
      basisNote: BLANK,
      kind: defaultKind(d),
      actors: [],
      title: BLANK,
      summary: BLANK,
      claims: [],
      accounts: [],
    },
    f,
  );
  return { ...d, events: [...d.events, event], newEvents };
}

function applyEventFields(e: TimelineEvent, f: EventFields): TimelineEvent {
  const { end, actors, ...rest } = f;
  const next = { ...e, ...rest, ...(actors === undefined ? {} : { actors: actors as EntityId[] }) };
  if (end === undefined) return next;
  if (end === null || end === '') return omit(next, 'end');
  return { ...next, end };
}

function attachQuote(d: Draft, event: string, source: string, span: Span): Draft {
  const s = d.sources.find((x) => x.id === source);
  if (s === undefined || !validSpan(s.text, span)) return d;
  const quote: Quote = {
    start: span.start,
    end: span.end,
    text: s.text.slice(span.start, span.end),
    ...spanContext(s.text, span.start, span.end),
    en: '',
    claims: [],
  };
  return withEvent(d, event, (e) => {
    const account = e.accounts.find((a) => a.source === source);
    if (account?.quotes.some((q) => q.start < span.end && span.start < q.end)) return null;
    const accounts =
      account === undefined
        ? [...e.accounts, { source: source as SourceId, quotes: [quote] }]
        : e.accounts.map((a) =>
            a === account ? { ...a, quotes: [...a.quotes, quote].sort((x, y) => x.start - y.start) } : a,
          );
    return { ...e, accounts };
  });
}

function removeQuote(d: Draft, ref: QuoteRef): Draft {
  return withEvent(d, ref.event, (e) => {
    const accounts = e.accounts
      .map((a) =>
        a.source !== ref.source
          ? a
          : { ...a, quotes: a.quotes.filter((q) => q.start !== ref.start || q.end !== ref.end) },
      )
      .filter((a) => a.quotes.length > 0);
    const before = e.accounts.reduce((n, a) => n + a.quotes.length, 0);
    const after = accounts.reduce((n, a) => n + a.quotes.length, 0);
    return before === after ? null : { ...e, accounts };
  });
}

function mapClaimsOfQuotes(
  e: TimelineEvent,
  f: (claims: readonly ClaimId[]) => readonly ClaimId[],
): TimelineEvent {
  return {
    ...e,
    accounts: e.accounts.map((a) => ({ ...a, quotes: a.quotes.map((q) => ({ ...q, claims: f(q.claims) })) })),
  };
}

function setClaim(e: TimelineEvent, id: string, text?: Bilingual, by?: string | null): TimelineEvent | null {
  if (by != null && !isDatasetId(by)) return null;
  const claims = e.claims.map((c): Claim => {
    if (c.id !== id) return c;
    const next = { ...c, ...(text === undefined ? {} : { text }) };
    if (by === undefined) return next;
    if (by === null) return omit(next, 'by');
    return { ...next, by: by as EntityId };
  });
  return e.claims.some((c) => c.id === id) ? { ...e, claims } : null;
}

function moveClaim(e: TimelineEvent, id: string, to: number): TimelineEvent | null {
  const from = e.claims.findIndex((c) => c.id === id);
  const claim = e.claims[from];
  if (claim === undefined || !Number.isInteger(to) || to < 0 || to >= e.claims.length || to === from)
    return null;
  const claims = e.claims.filter((c) => c !== claim);
  claims.splice(to, 0, claim);
  return { ...e, claims };
}

function mergeClaims(e: TimelineEvent, from: string, into: string): TimelineEvent | null {
  if (from === into || !e.claims.some((c) => c.id === from) || !e.claims.some((c) => c.id === into))
    return null;
  const merged = { ...e, claims: e.claims.filter((c) => c.id !== from) };
  return mapClaimsOfQuotes(merged, (claims) => [
    ...new Set(claims.map((c) => (c === from ? (into as ClaimId) : c))),
  ]);
}

export function applyCommand(d: Draft, c: Command): Draft {
  switch (c.type) {
    case 'batch':
      return c.commands.reduce(applyCommand, d);
    case 'add-credit':
    case 'set-credit':
    case 'remove-credit':
    case 'add-rests-on':
    case 'set-rests-on':
    case 'remove-rests-on':
      return withSource(d, c.source, (s) => applySourceCommand(s, c));
    case 'add-entity':
    case 'set-entity':
    case 'remove-entity':
    case 'merge-entities':
    case 'set-title':
      return applyEntityCommand(d, c);
    case 'import-bundled-terms':
    case 'add-term':
    case 'set-term':
    case 'rename-term':
    case 'remove-term':
      return applyVocabularyCommand(d, c);
    case 'add-article':
      return addArticle(d, c.text, c.id);
    case 'set-article':
      return withSource(d, c.source, (s) => setArticle(s, c.fields));
    case 'replace-article-text':
      return replaceArticleText(d, c.source, c.text).draft ?? d;
    case 'remove-article': {
      const sources = d.sources.filter((s) => s.id !== c.source);
      if (sources.length === d.sources.length) return d;
      const events = d.events.map((e) =>
        e.accounts.some((a) => a.source === c.source)
          ? { ...e, accounts: e.accounts.filter((a) => a.source !== c.source) }
          : e,
      );
      return withoutStaleRejections({ ...d, sources, events });
    }
    case 'mark-out-of-scope':
      return withSource(d, c.source, (s) => markOutOfScope(s, c, c.kind));
    case 'unmark-out-of-scope':
      return withSource(d, c.source, (s) =>
        s.outOfScope.some((o) => o.start === c.start)
          ? { ...s, outOfScope: s.outOfScope.filter((o) => o.start !== c.start) }
          : null,
      );
    case 'create-event':
      return createEvent(d, c.id, c.fields);
    case 'update-event':
      return withEvent(d, c.event, (e) => applyEventFields(e, c.fields));
    case 'remove-event': {
      const events = d.events.filter((e) => e.id !== c.event);
      return events.length === d.events.length ? d : withoutStaleRejections({ ...d, events });
    }
    case 'rename-event':
      return isDatasetId(c.to) ? renameEvent(d, c.event, c.to) : d;
    case 'attach-quote':
      return attachQuote(d, c.event, c.source, c);
    case 'remove-quote':
      return removeQuote(d, c.quote);
    case 'set-quote-english':
      return withQuote(d, c.quote, (q) => (q.en === c.en ? null : { ...q, en: c.en }));
    case 'set-quote-rests-on': {
      const entry = d.sources
        .find((x) => x.id === c.quote.source)
        ?.restsOn?.find((p) => p.origin === c.origin);
      if (entry === undefined) return d;
      return withQuote(d, c.quote, (q) => quoteRestingOn(q, entry, c.on));
    }
    case 'reject-suggestion':
      return rejectSuggestion(d, c);
    case 'mark-rendering': {
      const exists = d.events.some(
        (e) =>
          e.id === c.quote.event &&
          e.accounts.some(
            (a) =>
              a.source === c.quote.source &&
              a.quotes.some((q) => q.start === c.quote.start && q.end === c.quote.end),
          ),
      );
      const key = renderingKey(c.quote);
      const marked = d.renderingDrafts ?? [];
      if (!exists || marked.includes(key) === c.draft) return d;
      return { ...d, renderingDrafts: c.draft ? [...marked, key] : marked.filter((k) => k !== key) };
    }
    case 'add-claim':
      return withEvent(d, c.event, (e) =>
        !isDatasetId(c.id) || e.claims.some((x) => x.id === c.id)
          ? null
          : { ...e, claims: [...e.claims, { id: c.id as ClaimId, text: c.text }] },
      );
    case 'set-claim':
      return withEvent(d, c.event, (e) => setClaim(e, c.claim, c.text, c.by));
    case 'move-claim':
      return withEvent(d, c.event, (e) => moveClaim(e, c.claim, c.to));
    case 'merge-claims':
      return withEvent(d, c.event, (e) => mergeClaims(e, c.from, c.into));
    case 'remove-claim':
      return withEvent(d, c.event, (e) => {
        if (!e.claims.some((x) => x.id === c.claim)) return null;
        const kept = {
          ...e,
          // A variant of the removed claim stands on its own.
          claims: e.claims
            .filter((x) => x.id !== c.claim)
            .map((x) => (x.variantOf === c.claim ? omit(x, 'variantOf') : x)),
        };
        return mapClaimsOfQuotes(kept, (claims) => claims.filter((x) => x !== c.claim));
      });
    case 'link-claim':
      return withQuote(d, c.quote, (q, e) => {
        if (!e.claims.some((x) => x.id === c.claim)) return null;
        const has = q.claims.includes(c.claim as ClaimId);
        if (has === c.linked) return null;
        return {
          ...q,
          claims: c.linked ? [...q.claims, c.claim as ClaimId] : q.claims.filter((x) => x !== c.claim),
        };
      });
  }
}

/** The quote with its article's report `entry` among the reports it rests on, or without it. */
function quoteRestingOn(q: Quote, entry: Provenance, on: boolean): Quote | null {
  const own = q.restsOn ?? [];
  if (own.some((p) => p.origin === entry.origin) === on) return null;
  // The passage's entry is the report itself: the extent "some passages" is the source's.
  const passage = omit(entry, 'extent');
  const next = on ? [...own, passage] : own.filter((p) => p.origin !== entry.origin);
  return next.length > 0 ? { ...q, restsOn: next } : omit({ ...q, restsOn: next }, 'restsOn');
}

/** A claim id not yet used by the event. */
export function newClaimId(e: TimelineEvent): string {
  return freeId('claim', new Set(e.claims.map((c) => c.id)));
}

/** An event id not yet used by the draft, from a stem such as the event's date. */
export function newEventId(d: Draft, stem: string): string {
  return freeId(stem, new Set(d.events.map((e) => e.id)), true);
}

/** A new event with its first quote, as one command (one undo step), and the id it will have. */
export function newEventWithQuote(
  d: Draft,
  source: string,
  fields: EventFields,
  quote: Span,
): { readonly id: string; readonly command: Command } {
  const id = newEventId(d, `event-${fields.start ?? 'new'}`);
  return {
    id,
    command: {
      type: 'batch',
      commands: [
        { type: 'create-event', id, fields },
        { type: 'attach-quote', event: id, source, ...quote },
      ],
    },
  };
}
