/**
 * The dataset's domain types. Pure data: no React, no i18next, no DOM.
 * Offsets are UTF-16 code units of the article's NFC text, exactly as `String.prototype.slice` counts.
 */

declare const brand: unique symbol;
/** A string that cannot be mixed up with another kind of id. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SourceId = Brand<string, 'SourceId'>;
export type EntityId = Brand<string, 'EntityId'>;
export type EventId = Brand<string, 'EventId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type BriefingId = Brand<string, 'BriefingId'>;

/**
 * What an id of the dataset's (event, source, claim, entity, briefing) may be: lower-case ASCII
 * letters, digits and `._-`, starting with a letter or digit, at most `DATASET_ID_MAX` characters. The
 * schema, the address, the workbench's commands and the TimelineJS import all hold ids to this.
 */
export const DATASET_ID = /^[a-z0-9][a-z0-9._-]*$/;
export const DATASET_ID_MAX = 100;

/** Whether `s` is an id the dataset may hold (`DATASET_ID`, `DATASET_ID_MAX`). */
export const isDatasetId = (s: string): boolean => s.length <= DATASET_ID_MAX && DATASET_ID.test(s);

export type Lang = 'ar' | 'en';

/** A text in both interface languages. */
export interface Bilingual {
  readonly ar: string;
  readonly en: string;
}

/** A half-open range [start, end) of an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A little of the article either side of a span (up to 32 characters by default), kept beside the
 * offsets as the W3C Web Annotation TextQuoteSelector keeps it: when the text changes, it tells the
 * span's place again (`placeSpan`, `npm run data:anchor`). Where present, it is the article's exact text.
 */
export interface SpanContextFields {
  readonly prefix?: string;
  readonly suffix?: string;
}

/** How a source's publication date is known. */
export type PublishedBasis = 'stated' | 'inferred' | 'unknown';

/**
 * Why part of an article is outside the story (kept in the text, dimmed by the reader). `background`
 * is the article's own body telling something that is no event of this story (an earlier coup, a
 * reminder of the past): its dates are accounted for without being quoted under an event they are not.
 */
export type OutOfScopeKind =
  'site-furniture' | 'unrelated-item' | 'caption' | 'pull-quote' | 'comments' | 'background';
export const OUT_OF_SCOPE_KINDS: readonly OutOfScopeKind[] = [
  'site-furniture',
  'unrelated-item',
  'caption',
  'pull-quote',
  'comments',
  'background',
];

export interface OutOfScope extends Span, SpanContextFields {
  readonly kind: OutOfScopeKind;
  /** The article's words in the range, kept so that the range can be found again after a change. */
  readonly text?: string;
}

/** An article's headline: a range, optionally with its words and context (as an out-of-scope part). */
export interface Headline extends Span, SpanContextFields {
  readonly text?: string;
}

/**
 * What a credit really is: `origin`, the article says it comes from this outlet; `cited`, it attributes
 * a statement to it; `photo`, it credits a picture only; `unclear`, a bare name whose role the text does
 * not settle (say why in the credit's note).
 */
export type CreditRole = 'origin' | 'cited' | 'photo' | 'unclear';
export const CREDIT_ROLES: readonly CreditRole[] = ['origin', 'cited', 'photo', 'unclear'];

/** Words of an article, at their offsets. */
export interface Anchor extends Span, SpanContextFields {
  readonly text: string;
}

/** An agency or outlet the article names, anchored at the words that name it. */
export interface Credit extends Anchor {
  readonly name: Bilingual;
  readonly role: CreditRole;
  readonly note?: Bilingual;
}

/**
 * How it is known that a text rests on another report: `credited`, the article says so (its `anchor`
 * holds the words); `inferred`, from wording shared with another source or with the report itself
 * (the note says which, and marks outside knowledge as such).
 */
export type ProvenanceBasis = 'credited' | 'inferred';
export const PROVENANCE_BASES: readonly ProvenanceBasis[] = ['credited', 'inferred'];

/** Whether a source rests on a report as a whole or only in some passages (which then say so). */
export type ProvenanceExtent = 'whole' | 'part';
export const PROVENANCE_EXTENTS: readonly ProvenanceExtent[] = ['whole', 'part'];

/**
 * A report a source, or one passage of it, rests on: a wire agency or another outlet. Texts resting on
 * the same `origin` are not independent witnesses of what they share.
 */
export interface Provenance {
  /**
   * Names the agency or outlet the same way in every source that rests on it, e.g. `reuters`. The
   * reserved `unknown` says the text does not reveal its report (inferred, never anchored, never a chain).
   */
  readonly origin: string;
  readonly name: Bilingual;
  readonly basis: ProvenanceBasis;
  /** Required when `credited`: the article's words that credit it. */
  readonly anchor?: Anchor;
  /** For a source: the whole text or some passages. Passages default to `whole` of themselves. */
  readonly extent?: ProvenanceExtent;
  /** The origin of another entry of the same source through which this one reached it (Reuters via Alhurra). */
  readonly via?: string;
  readonly note: Bilingual;
}

export interface Source {
  readonly id: SourceId;
  /** Path of the article text, relative to `data/`. */
  readonly file: string;
  readonly outlet: Bilingual;
  /**
   * Whether the article's own text names its outlet (`stated`) or not. Readers know the site from its
   * `url` too (`sourceTitle`); with neither, `outlet` is a description.
   */
  readonly outletBasis: 'stated' | 'unknown';
  readonly credits: readonly Credit[];
  /** `YYYY-MM-DD`, or null when it cannot be known. */
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis;
  /** Required unless `publishedBasis` is `stated`: what the date was inferred from. */
  readonly publishedNote?: Bilingual;
  readonly url: string | null;
  readonly language: 'ar';
  /** The article's headline, where it has one. */
  readonly headline?: Headline;
  readonly outOfScope: readonly OutOfScope[];
  /** The reports the article rests on, as a whole or in part. */
  readonly restsOn?: readonly Provenance[];
  /** What a reader should know about this source that no other field says. */
  readonly note?: Bilingual;
}

/**
 * What is known of an agency or outlet a source rests on (the `origin` of `restsOn` entries): its
 * country and what kind of outlet it is, who owns or funds it. Outside knowledge, never from the
 * articles: the note says where it comes from, and the screen marks it as such. An origin without an
 * entry shows no identity (nothing is guessed).
 */
export interface OutletIdentity {
  /** The `origin` it describes, e.g. `reuters`. */
  readonly id: string;
  readonly name: Bilingual;
  /** Short, for a chip: "UK". */
  readonly country: Bilingual;
  /** Short, for a chip: "news agency, privately owned". */
  readonly kind: Bilingual;
  /** What is known and that it is outside knowledge ("Outside knowledge, not from any article: …"). */
  readonly note: Bilingual;
  /** Where it is known from: public pages (http or https), shown as links. */
  readonly refs: readonly string[];
}

export type EntityKind = 'person' | 'organisation' | 'country' | 'place';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'country', 'place'];

/** Which side of the story an entity belongs to, for grouping: the id of one of the dataset's sides. */
export type Side = string;

export interface Entity {
  readonly id: EntityId;
  readonly kind: EntityKind;
  readonly name: Bilingual;
  /** Every spelling the articles use, verbatim (both transliterations of one name, for instance). */
  readonly aliases: readonly string[];
  /** Role at the time of the events, e.g. "US Secretary of Defense". */
  readonly role?: Bilingual;
  readonly side: Side;
}

export type Precision = 'year' | 'month' | 'day';
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

/**
 * How an event's date was derived: printed in the text; a weekday name or a relative phrase resolved
 * against the publication date; or inferred from the surrounding facts.
 */
export type DateBasis = 'stated' | 'weekday' | 'relative' | 'context';
export const DATE_BASES: readonly DateBasis[] = ['stated', 'weekday', 'relative', 'context'];

/** The lanes of the timeline: the id of one of the dataset's kinds of event (vocabulary.ts). */
export type EventKind = string;

/** One distinct assertion about an event; `by` is who the article attributes it to. */
export interface Claim {
  readonly id: ClaimId;
  readonly text: Bilingual;
  readonly by?: EntityId;
  /**
   * The claim this one is a variant of: the same assertion in other words or with another detail
   * ("the first call in 15 months" under "the first call since March 2023"), so that agreement is
   * counted on the parent and no variant reads as "only one source".
   */
  readonly variantOf?: ClaimId;
}

/** An exact slice of the account's article, with a faithful English rendering. */
export interface Quote extends Span, SpanContextFields {
  readonly text: string;
  readonly en: string;
  readonly claims: readonly ClaimId[];
  /** The reports this passage rests on, when they are not (only) those of its whole source. */
  readonly restsOn?: readonly Provenance[];
}

/** One source's telling of an event. */
export interface Account {
  readonly source: SourceId;
  readonly quotes: readonly Quote[];
}

export interface TimelineEvent {
  readonly id: EventId;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly basis: DateBasis;
  readonly basisNote: Bilingual;
  readonly kind: EventKind;
  readonly actors: readonly EntityId[];
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly claims: readonly Claim[];
  readonly accounts: readonly Account[];
}

/** One quote of an event, named by its source and its exact offsets in that source's article. */
export interface QuoteRef extends Span {
  readonly source: SourceId;
}

/**
 * One event of a briefing and what of it is shown. An absent list means all of it: every reporting
 * source (in the dataset's order), every quote of a chosen source, every claim. A present list is
 * a choice and an order.
 */
export interface BriefingItem {
  readonly event: EventId;
  readonly sources?: readonly SourceId[];
  readonly quotes?: readonly QuoteRef[];
  readonly claims?: readonly ClaimId[];
  /** What the briefer says over this event's slides; never shown to the room. */
  readonly notes?: Bilingual;
}

/** A briefing a briefer made: a title slide, then chosen events in a chosen order. */
export interface Briefing {
  readonly id: BriefingId;
  readonly title: Bilingual;
  readonly subtitle?: Bilingual;
  /** Speaker notes for the title slide. */
  readonly notes?: Bilingual;
  readonly items: readonly BriefingItem[];
}

/** A source with its article text, as the single-file dataset carries it. */
export interface SourceWithText extends Source {
  readonly text: string;
}

export const DATASET_FORMAT = 'riwayat-dataset';
/**
 * The format version written. Version 2 added `briefings` and `Claim.variantOf`; version 1 files,
 * which have neither, are read as version 2.
 */
export const DATASET_VERSION = 2;
/** The versions a reader accepts. */
export const DATASET_VERSIONS_READ: readonly (1 | typeof DATASET_VERSION)[] = [1, DATASET_VERSION];
/**
 * A dataset of a version read, as the version written: a version 1 file is a version 2 file without
 * briefings and variants. Every door through which a checked value becomes a `Dataset` passes here.
 */
export const asCurrentVersion = <T extends { readonly version: number }>(
  d: T,
): Omit<T, 'version'> & { readonly version: typeof DATASET_VERSION } =>
  d.version === DATASET_VERSION
    ? (d as T & { readonly version: typeof DATASET_VERSION })
    : { ...d, version: DATASET_VERSION };

/** A colour of the fixed palette lanes and sides are drawn in (`LANE_COLOURS`, domain/vocabulary.ts). */
export type LaneColour =
  'blue' | 'green' | 'purple' | 'red' | 'indigo' | 'brown' | 'teal' | 'orange' | 'pink' | 'grey';

/** One of a dataset's own kinds of event (a lane) or sides: its id, its names, its colour. */
export interface VocabularyTerm {
  readonly id: string;
  readonly name: Bilingual;
  readonly colour: LaneColour;
}

/** The self-contained dataset the app loads. */
export interface Dataset {
  readonly format: typeof DATASET_FORMAT;
  readonly version: typeof DATASET_VERSION;
  readonly title: Bilingual;
  readonly sources: readonly SourceWithText[];
  readonly entities: readonly Entity[];
  readonly events: readonly TimelineEvent[];
  /** Briefings made over this dataset, in the order they are offered. */
  readonly briefings?: readonly Briefing[];
  /** The story's kinds of event, in lane order; absent, the bundled story's six. */
  readonly kinds?: readonly VocabularyTerm[];
  /** The story's sides, in lane order; absent, the bundled story's five. */
  readonly sides?: readonly VocabularyTerm[];
  /** Outside knowledge of the agencies and outlets the sources rest on, by origin. */
  readonly outlets?: readonly OutletIdentity[];
}

/** How Arabic dates are written: Levantine month names (شباط), Egyptian-style (فبراير) or both. */
export type MonthNaming = 'levantine' | 'egyptian' | 'both';
export type Digits = 'arab' | 'latn';

/** The reader's choice of month names and digits for Arabic dates and numbers. */
export interface DateDisplay {
  readonly months: MonthNaming;
  readonly digits: Digits;
}
