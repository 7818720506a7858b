/**
 * The story's own vocabulary: the commands that create, edit, merge and remove the people,
 * organisations, countries and places a draft's events name (actors, claims' speakers). Pure, like
 * every command: each returns the new draft, or the same draft when it does not apply.
 */
import type { Bilingual, Entity, EntityId, EntityKind, Side } from '../domain';
import { ENTITY_KINDS, FALLBACK_SIDE, isDatasetId, sidesOf, slug } from '../domain';
import { freeId, type Draft } from './draft';

export interface EntityFields {
  readonly kind?: EntityKind;
  readonly name?: Bilingual;
  readonly aliases?: readonly string[];
  readonly side?: Side;
  /** The role at the time of the events; null clears it. */
  readonly role?: Bilingual | null;
}

export type EntityCommand =
  | { readonly type: 'add-entity'; readonly id: string; readonly fields: EntityFields }
  | { readonly type: 'set-entity'; readonly entity: string; readonly fields: EntityFields }
  /** Every event's actors and every claim's speaker that name it lose it. */
  | { readonly type: 'remove-entity'; readonly entity: string }
  /** `from` becomes `into`: its names join `into`'s aliases, and every reference to it names `into`. */
  | { readonly type: 'merge-entities'; readonly from: string; readonly into: string }
  | { readonly type: 'set-title'; readonly title: Bilingual };

/** The object without one optional key. */
const without = <T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as Omit<T, K>;

/** Spellings once each, trimmed, blanks dropped, in the order first given. */
export function cleanAliases(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map((a) => a.normalize('NFC').trim()).filter((a) => a !== ''))];
}

/** A new entity's side until one is given: "other" while the draft has it, else its last side. */
export const defaultSide = (d: Draft): string => {
  const sides = sidesOf(d);
  return sides.some((s) => s.id === FALLBACK_SIDE) ? FALLBACK_SIDE : (sides.at(-1)?.id ?? FALLBACK_SIDE);
};

function withFields(d: Draft, e: Entity, f: EntityFields): Entity | null {
  if (f.kind !== undefined && !ENTITY_KINDS.includes(f.kind)) return null;
  // A side is one of the draft's sides (the bundled story's until it has its own).
  if (f.side !== undefined && !sidesOf(d).some((s) => s.id === f.side)) return null;
  const { role, aliases, ...rest } = f;
  const next: Entity = {
    ...e,
    ...rest,
    ...(aliases === undefined ? {} : { aliases: cleanAliases(aliases) }),
  };
  if (role === undefined) return next;
  if (role === null) return without(next, 'role');
  return { ...next, role };
}

/** A new entity's id from its English (else Arabic-free) name: `lavrov`, `person-1`, … */
export function newEntityId(d: Draft, name: Bilingual, kind: EntityKind): string {
  const taken = new Set(d.entities.map((e) => e.id));
  const words = name.en.trim().split(/\s+/).filter(Boolean);
  const stem = kind === 'person' ? (words.at(-1) ?? '') : words.join('-');
  return slug(stem) !== '' ? freeId(stem, taken, true) : freeId(kind, taken);
}

function renameRefs(d: Draft, from: string, into: string | null): Draft['events'] {
  return d.events.map((ev) => {
    const named = ev.actors.includes(from as EntityId) || ev.claims.some((c) => c.by === from);
    if (!named) return ev;
    const actors =
      into === null
        ? ev.actors.filter((a) => a !== from)
        : [...new Set(ev.actors.map((a) => (a === from ? (into as EntityId) : a)))];
    const claims = ev.claims.map((c) => {
      if (c.by !== from) return c;
      return into === null ? without(c, 'by') : { ...c, by: into as EntityId };
    });
    return { ...ev, actors, claims };
  });
}

export function applyEntityCommand(d: Draft, c: EntityCommand): Draft {
  switch (c.type) {
    case 'add-entity': {
      if (!isDatasetId(c.id) || d.entities.some((e) => e.id === c.id)) return d;
      const blank: Entity = {
        id: c.id as EntityId,
        kind: 'person',
        name: { ar: '', en: '' },
        aliases: [],
        side: defaultSide(d),
      };
      const entity = withFields(d, blank, c.fields);
      return entity === null ? d : { ...d, entities: [...d.entities, entity] };
    }
    case 'set-entity': {
      const i = d.entities.findIndex((e) => e.id === c.entity);
      const e = d.entities[i];
      if (e === undefined) return d;
      const next = withFields(d, e, c.fields);
      if (next === null || JSON.stringify(next) === JSON.stringify(e)) return d;
      return { ...d, entities: d.entities.map((x, j) => (j === i ? next : x)) };
    }
    case 'remove-entity': {
      if (!d.entities.some((e) => e.id === c.entity)) return d;
      return {
        ...d,
        entities: d.entities.filter((e) => e.id !== c.entity),
        events: renameRefs(d, c.entity, null),
      };
    }
    case 'merge-entities': {
      const from = d.entities.find((e) => e.id === c.from);
      const into = d.entities.find((e) => e.id === c.into);
      if (from === undefined || into === undefined || from === into) return d;
      const aliases = cleanAliases([...into.aliases, from.name.ar, ...from.aliases]);
      const merged: Entity = { ...into, aliases };
      return {
        ...d,
        entities: d.entities.filter((e) => e !== from).map((e) => (e === into ? merged : e)),
        events: renameRefs(d, c.from, c.into),
      };
    }
    case 'set-title': {
      const title = { ar: c.title.ar.trim(), en: c.title.en.trim() };
      return title.ar === d.title.ar && title.en === d.title.en ? d : { ...d, title };
    }
  }
}
