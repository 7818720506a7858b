/**
 * The shape of Riwayat's dataset in its two forms: the authoring files (`data/sources.json`,
 * `entities.json`, `events.json` beside the article texts) and the single self-contained file the app
 * loads. `npm run data:schema` prints both as JSON Schema.
 */
import {
  CREDIT_ROLES,
  DATASET_FORMAT,
  DATASET_ID,
  DATASET_ID_MAX,
  asCurrentVersion,
  DATASET_VERSION,
  DATASET_VERSIONS_READ,
  DATE_BASES,
  ENTITY_KINDS,
  LANE_COLOUR_NAMES,
  OUT_OF_SCOPE_KINDS,
  parsePartialDate,
  PRECISIONS,
  PROVENANCE_BASES,
  PROVENANCE_EXTENTS,
  TERM_ID,
  type BriefingId,
  type ClaimId,
  type Dataset,
  type EntityId,
  type EventId,
  type SourceId,
  type TimelineEvent,
} from '../domain';
import {
  anyString,
  array,
  branded,
  integer,
  literal,
  literals,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
  type Schema,
  type Shape,
  type StringRules,
} from './schema';
import { LIMITS } from './limits';

export { LIMITS } from './limits';

/**
 * The combinators a shape is built with. A dataset's are the strict ones; a draft's (`DRAFT`) check the
 * same shape, every field and type, but admit what a draft holds while it is written: blank or long
 * text, any number of items, fields an earlier version wrote.
 */
interface Build {
  readonly string: (rules: StringRules) => Schema<string>;
  readonly integer: (min: number, max: number) => Schema<number>;
  readonly array: <T>(item: Schema<T>, max: number, min?: number) => Schema<T[]>;
  readonly object: typeof object;
}
const STRICT: Build = { string, integer, array, object };
const DRAFT: Build = {
  string: () => anyString,
  integer: (min) => integer(min, Number.MAX_SAFE_INTEGER),
  array: (item) => array(item, Number.MAX_SAFE_INTEGER),
  object: (required, optional, description) => object(required, optional, description, true),
};

/**
 * Every shape of the dataset, built with `b`: the dataset's versions read (`version`) and any fields
 * the whole has beyond a dataset's (`extra`, a draft's own notes).
 */
function shapes<V extends number, E extends Shape>(b: Build, version: Schema<V>, extra: E) {
  const { string, integer, array, object } = b;
  const id = string({
    max: DATASET_ID_MAX,
    pattern: DATASET_ID,
    patternHint: 'an id (lower-case letters, digits, ".", "_", "-")',
  });
  // Each kind of id under its own brand, as domain/types.ts names them.
  const sourceId = branded<SourceId>(id);
  const entityId = branded<EntityId>(id);
  const eventId = branded<EventId>(id);
  const claimId = branded<ClaimId>(id);
  /** A kind's or a side's id: one of the dataset's `kinds` or `sides` (the bundled story's when it has none). */
  const termId = string({
    max: 40,
    pattern: TERM_ID,
    patternHint: 'the id of one of the dataset’s kinds or sides (lower-case letters, digits, "-")',
  });
  const shortText = string({ max: LIMITS.shortChars });
  const longText = string({ max: LIMITS.textChars, multiline: true });
  const bilingual = object({ ar: shortText, en: shortText });
  const bilingualLong = object({ ar: longText, en: longText });
  const offset = integer(0, LIMITS.articleChars);
  // The pattern gives the form; a date must also name a real month and day (no 2022-10-32, no 2023-02-29).
  const realDate = {
    test: (v: string) => parsePartialDate(v) !== null,
    code: 'date',
    hint: 'a real calendar date',
  } as const;
  const day = string({
    max: 10,
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    patternHint: 'a date YYYY-MM-DD',
    refine: realDate,
  });
  const partialDate = string({
    max: 10,
    pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/,
    patternHint: 'a date YYYY, YYYY-MM or YYYY-MM-DD',
    refine: realDate,
  });
  const url = string({ max: 2_000, pattern: /^https?:\/\/[^\s]+$/, patternHint: 'an http(s) URL' });

  const span = { start: offset, end: offset };
  /**
   * The one definition of a span's stored context (the W3C TextQuoteSelector's prefix and suffix): an
   * optional part of every quote, credit, provenance anchor, headline and out-of-scope part.
   */
  const contextText = string({ min: 0, max: 200, multiline: true });
  const spanContext = { prefix: contextText, suffix: contextText };

  // Provenance: what a source or a passage rests on, and how that is known.
  const anchor = object(
    { ...span, text: string({ max: LIMITS.shortChars, multiline: true, nfc: true }) },
    spanContext,
  );
  const provenance = array(
    object(
      { origin: id, name: bilingual, basis: oneOf(PROVENANCE_BASES), note: bilingualLong },
      { anchor, extent: oneOf(PROVENANCE_EXTENTS), via: id },
    ),
    LIMITS.perEvent,
  );

  const sourceFields = {
    id: sourceId,
    file: string({ max: 300, pattern: /^[\w./-]+\.txt$/, patternHint: 'a relative path to a .txt file' }),
    outlet: bilingual,
    outletBasis: oneOf(['stated', 'unknown'] as const),
    credits: array(
      object(
        {
          ...span,
          name: bilingual,
          role: oneOf(CREDIT_ROLES),
          text: string({ max: LIMITS.shortChars, multiline: true, nfc: true }),
        },
        { note: bilingualLong, ...spanContext },
      ),
      LIMITS.perEvent,
    ),
    published: nullable(day),
    publishedBasis: oneOf(['stated', 'inferred', 'unknown'] as const),
    url: nullable(url),
    language: literal('ar'),
    outOfScope: array(
      object(
        { ...span, kind: oneOf(OUT_OF_SCOPE_KINDS) },
        { text: string({ max: LIMITS.textChars, multiline: true, nfc: true }), ...spanContext },
      ),
      LIMITS.perEvent,
    ),
  };
  const sourceOptional = {
    publishedNote: bilingualLong,
    headline: object(span, {
      text: string({ max: LIMITS.shortChars, multiline: true, nfc: true }),
      ...spanContext,
    }),
    restsOn: provenance,
    note: bilingualLong,
  };

  const sourceSchema = object(sourceFields, sourceOptional, 'A source: one article and where it comes from.');
  const sourceWithTextSchema = object(
    { ...sourceFields, text: string({ max: LIMITS.articleChars, multiline: true, nfc: true }) },
    sourceOptional,
    'A source with its full article text.',
  );

  const entitySchema = object(
    {
      id: entityId,
      kind: oneOf(ENTITY_KINDS),
      name: bilingual,
      aliases: array(shortText, LIMITS.aliases),
      side: termId,
    },
    { role: bilingual },
    'A person, organisation, country or place; aliases are the spellings the articles use.',
  );

  const quoteSchema = object(
    {
      ...span,
      text: string({ max: LIMITS.textChars, multiline: true, nfc: true }),
      en: longText,
      claims: array(claimId, LIMITS.perEvent),
    },
    { restsOn: provenance, ...spanContext },
  );

  const eventSchema = object(
    {
      id: eventId,
      start: partialDate,
      precision: oneOf(PRECISIONS),
      basis: oneOf(DATE_BASES),
      basisNote: bilingualLong,
      kind: termId,
      actors: array(entityId, LIMITS.perEvent),
      title: bilingual,
      summary: bilingualLong,
      claims: array(
        object({ id: claimId, text: bilingualLong }, { by: entityId, variantOf: claimId }),
        LIMITS.perEvent,
      ),
      accounts: array(
        object({ source: sourceId, quotes: array(quoteSchema, LIMITS.perEvent) }),
        LIMITS.perEvent,
      ),
    },
    { end: partialDate },
    'An event: when, how the date is known, and each source’s own words for it.',
  );

  /**
   * A briefing: a title slide, then chosen events, each with an optional choice (and order) of its
   * sources, quotes (named by source and exact offsets) and claims, and speaker notes.
   */
  const briefingSchema = object(
    {
      id: branded<BriefingId>(id),
      title: bilingual,
      items: array(
        object(
          { event: eventId },
          {
            sources: array(sourceId, LIMITS.perEvent),
            quotes: array(object({ source: sourceId, ...span }), LIMITS.perEvent),
            claims: array(claimId, LIMITS.perEvent),
            notes: bilingualLong,
          },
        ),
        LIMITS.perEvent,
        1,
      ),
    },
    { subtitle: bilingual, notes: bilingualLong },
    'A briefing: a title slide, then chosen events with the sources, quotes and claims shown, and speaker notes.',
  );

  /** A kind of event (a lane) or a side the dataset defines: its id, names and colour of the palette. */
  const termSchema = object(
    { id: termId, name: bilingual, colour: oneOf(LANE_COLOUR_NAMES) },
    {},
    'A kind of event or a side of the story: its id, its Arabic and English names, its colour.',
  );
  /** A dataset's kinds or sides (and a corpus manifest's, corpus-guard.ts). */
  const termsSchema = array(termSchema, 50, 1);
  /** Outside knowledge of an agency or outlet the sources rest on (`origin`), shown as such. */
  const outletSchema = object(
    {
      id,
      name: bilingual,
      country: bilingual,
      kind: bilingual,
      note: bilingualLong,
      refs: array(url, 10, 1),
    },
    {},
    'An agency or outlet the sources rest on, by its origin id: its country and kind (outside knowledge, said so in the note) and the public pages it is known from.',
  );
  const outletsFileSchema = array(outletSchema, LIMITS.sources);
  const sourcesFileSchema = array(sourceSchema, LIMITS.sources);
  const briefingsFileSchema = array(briefingSchema, LIMITS.briefings);
  const entitiesFileSchema = array(entitySchema, LIMITS.entities);
  const eventsFileSchema = array(eventSchema, LIMITS.events);
  /**
   * `dataset.json` of a dataset directory: what the dataset is called, and its own kinds of event and
   * sides (the other files hold the rest).
   */
  const datasetMetaFileSchema = object(
    { title: bilingual },
    { format: literal(DATASET_FORMAT), kinds: termsSchema, sides: termsSchema },
    "The dataset directory's dataset.json: its title in Arabic and English, and its own kinds of event and sides (the bundled story's when absent).",
  );

  const datasetSchema = object(
    {
      format: literal(DATASET_FORMAT),
      version,
      title: bilingual,
      sources: array(sourceWithTextSchema, LIMITS.sources),
      entities: entitiesFileSchema,
      events: eventsFileSchema,
    },
    {
      briefings: briefingsFileSchema,
      kinds: termsSchema,
      sides: termsSchema,
      outlets: outletsFileSchema,
      ...extra,
    },
    `Riwayat dataset, format "${DATASET_FORMAT}" version ${DATASET_VERSION} (version 1, without briefings and claim variants, is read too).`,
  );
  return {
    sourceSchema,
    sourceWithTextSchema,
    entitySchema,
    eventSchema,
    briefingSchema,
    termsSchema,
    outletSchema,
    outletsFileSchema,
    sourcesFileSchema,
    briefingsFileSchema,
    entitiesFileSchema,
    eventsFileSchema,
    datasetMetaFileSchema,
    datasetSchema,
  };
}

export const {
  sourceSchema,
  sourceWithTextSchema,
  entitySchema,
  eventSchema,
  briefingSchema,
  termsSchema,
  outletSchema,
  outletsFileSchema,
  sourcesFileSchema,
  briefingsFileSchema,
  entitiesFileSchema,
  eventsFileSchema,
  datasetMetaFileSchema,
  datasetSchema,
} = shapes(STRICT, literals(DATASET_VERSIONS_READ), {});

/**
 * A draft as the workbench saves it (`author/saved.ts` reads it back): the dataset's shape, built by
 * the same code with `DRAFT`'s combinators, and the draft's own notes beside it.
 */
export const draftSchema = shapes(DRAFT, literal(DATASET_VERSION), {
  renderingDrafts: array(anyString, Number.MAX_SAFE_INTEGER),
  newEvents: array(anyString, Number.MAX_SAFE_INTEGER),
}).datasetSchema;

/**
 * The one place where the schema and the domain's types meet: a value the dataset schema accepted is a
 * `Dataset`. This compiles only while the two agree, so a field added to one and not the other is a
 * type error here, not a cast that hides it.
 */
export const asDataset = (checked: Infer<typeof datasetSchema>): Dataset => asCurrentVersion(checked);
/** The same for one event (a corpus checks its events one by one). */
export const asEvent = (checked: Infer<typeof eventSchema>): TimelineEvent => checked;

/** A JSON Schema document for one of the forms. */
export function jsonSchemaOf(schema: Schema<unknown>, name: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `riwayat:${name}:v${DATASET_VERSION}`,
    ...schema.toJsonSchema(),
  };
}

/** Two types the same, modifiers included (the usual identity test through two generic functions). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** A type with `readonly` taken off at every level and intersections flattened: its plain shape. */
type Plain<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : { -readonly [K in keyof T]: Plain<T[K]> };
type Holds<T extends true> = T;
/**
 * The other way round from `asDataset`: the domain's types say no more than the schema. With both, the
 * schema and the types are the same shape at every level, optional fields included, so a field added to
 * one and not the other, or optional in one only, does not compile. (To find which: compare the keys of
 * `Plain<Infer<typeof eventSchema>>` and `Plain<TimelineEvent>` one by one.) The version is the one
 * difference: the schema reads 1 and 2, a `Dataset` is 2.
 */
export type SchemaIsTheTypes = Holds<
  Same<Omit<Plain<Infer<typeof datasetSchema>>, 'version'>, Omit<Plain<Dataset>, 'version'>>
>;
