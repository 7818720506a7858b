/**
 * The shape of every command, as a saved draft's history is read back (`saved.ts`): each field of each
 * command checked before anything is replayed. The commands' types stay where they are made
 * (`commands.ts` and the `*-commands.ts` beside it); this table is held to them at compile time, so a
 * command added there without its shape here, or a shape that admits what the type does not, does not
 * compile. Text is any string (a draft's blanks), and a field an earlier version wrote is let through.
 */
import {
  CREDIT_ROLES,
  DATE_BASES,
  ENTITY_KINDS,
  LANE_COLOUR_NAMES,
  OUT_OF_SCOPE_KINDS,
  PRECISIONS,
  PROVENANCE_BASES,
  PROVENANCE_EXTENTS,
} from '../domain';
import {
  anyString as text,
  array,
  boolean,
  integer,
  lazy,
  literal,
  nullable,
  object,
  oneOf,
  tagged,
  type Schema,
  type Shape,
} from '../data';
import type { Command } from './commands';

const MANY = Number.MAX_SAFE_INTEGER;
/** An object of these fields, others let through (a field an earlier version wrote). */
const fields = <R extends Shape, O extends Shape = Record<never, never>>(required: R, optional?: O) =>
  object(required, optional, undefined, true);
const number = integer(-MANY, MANY);
const bilingual = fields({ ar: text, en: text });
const span = { start: number, end: number };
const quote = fields({ event: text, source: text, ...span });
const vocabulary = oneOf(['kinds', 'sides'] as const);
const of = <const T extends string>(type: T) => ({ type: literal(type) });

const eventFields = fields(
  {},
  {
    start: text,
    end: nullable(text),
    precision: oneOf(PRECISIONS),
    basis: oneOf(DATE_BASES),
    basisNote: bilingual,
    kind: text,
    actors: array(text, MANY),
    title: bilingual,
    summary: bilingual,
  },
);
const entityFields = fields(
  {},
  {
    kind: oneOf(ENTITY_KINDS),
    name: bilingual,
    aliases: array(text, MANY),
    side: text,
    role: nullable(bilingual),
  },
);

/** Each command's shape, by its type: a type missing here, or a shape the type does not allow, does not compile. */
const SHAPES: { readonly [T in Command['type']]: Schema<Extract<Command, { readonly type: T }>> } = {
  batch: fields({
    ...of('batch'),
    commands: array(
      lazy(() => commandSchema),
      MANY,
    ),
  }),
  'add-credit': fields({
    ...of('add-credit'),
    source: text,
    role: oneOf(CREDIT_ROLES),
    name: bilingual,
    ...span,
  }),
  'set-credit': fields(
    { ...of('set-credit'), source: text, start: number },
    { name: bilingual, role: oneOf(CREDIT_ROLES) },
  ),
  'remove-credit': fields({ ...of('remove-credit'), source: text, start: number }),
  'add-rests-on': fields(
    {
      ...of('add-rests-on'),
      source: text,
      origin: text,
      name: bilingual,
      basis: oneOf(PROVENANCE_BASES),
      extent: oneOf(PROVENANCE_EXTENTS),
      note: bilingual,
    },
    { anchor: fields(span) },
  ),
  'set-rests-on': fields(
    { ...of('set-rests-on'), source: text, index: number },
    { origin: text, name: bilingual, extent: oneOf(PROVENANCE_EXTENTS), note: bilingual },
  ),
  'remove-rests-on': fields({ ...of('remove-rests-on'), source: text, index: number }),
  'add-article': fields({ ...of('add-article'), text }, { id: text }),
  'set-article': fields({
    ...of('set-article'),
    source: text,
    fields: fields(
      {},
      {
        outlet: bilingual,
        outletBasis: oneOf(['stated', 'unknown'] as const),
        url: nullable(text),
        published: nullable(text),
        publishedBasis: oneOf(['stated', 'inferred', 'unknown'] as const),
        publishedNote: nullable(bilingual),
      },
    ),
  }),
  'replace-article-text': fields({ ...of('replace-article-text'), source: text, text }),
  'remove-article': fields({ ...of('remove-article'), source: text }),
  'mark-out-of-scope': fields({
    ...of('mark-out-of-scope'),
    source: text,
    kind: oneOf(OUT_OF_SCOPE_KINDS),
    ...span,
  }),
  'unmark-out-of-scope': fields({ ...of('unmark-out-of-scope'), source: text, start: number }),
  'create-event': fields({ ...of('create-event'), id: text, fields: eventFields }),
  'update-event': fields({ ...of('update-event'), event: text, fields: eventFields }),
  'remove-event': fields({ ...of('remove-event'), event: text }),
  'rename-event': fields({ ...of('rename-event'), event: text, to: text }),
  'attach-quote': fields({ ...of('attach-quote'), event: text, source: text, ...span }),
  'remove-quote': fields({ ...of('remove-quote'), quote }),
  'set-quote-english': fields({ ...of('set-quote-english'), quote, en: text }),
  'mark-rendering': fields({ ...of('mark-rendering'), quote, draft: boolean }),
  'reject-suggestion': fields({ ...of('reject-suggestion'), event: text, source: text, rejected: boolean }),
  'set-quote-rests-on': fields({ ...of('set-quote-rests-on'), quote, origin: text, on: boolean }),
  'add-claim': fields({ ...of('add-claim'), event: text, id: text, text: bilingual }),
  'set-claim': fields(
    { ...of('set-claim'), event: text, claim: text },
    { text: bilingual, by: nullable(text) },
  ),
  'move-claim': fields({ ...of('move-claim'), event: text, claim: text, to: number }),
  'remove-claim': fields({ ...of('remove-claim'), event: text, claim: text }),
  'merge-claims': fields({ ...of('merge-claims'), event: text, from: text, into: text }),
  'link-claim': fields({ ...of('link-claim'), quote, claim: text, linked: boolean }),
  'add-entity': fields({ ...of('add-entity'), id: text, fields: entityFields }),
  'set-entity': fields({ ...of('set-entity'), entity: text, fields: entityFields }),
  'remove-entity': fields({ ...of('remove-entity'), entity: text }),
  'merge-entities': fields({ ...of('merge-entities'), from: text, into: text }),
  'set-title': fields({ ...of('set-title'), title: bilingual }),
  'add-term': fields({
    ...of('add-term'),
    vocabulary,
    id: text,
    name: bilingual,
    colour: oneOf(LANE_COLOUR_NAMES),
  }),
  'set-term': fields(
    { ...of('set-term'), vocabulary, id: text },
    { name: bilingual, colour: oneOf(LANE_COLOUR_NAMES) },
  ),
  'import-bundled-terms': fields({ ...of('import-bundled-terms'), vocabulary }),
  'rename-term': fields({ ...of('rename-term'), vocabulary, from: text, to: text }),
  'remove-term': fields({ ...of('remove-term'), vocabulary, id: text, into: text }),
};

/** A command of any type, checked field by field (a batch's commands too). */
export const commandSchema: Schema<Command> = tagged('type', SHAPES);
