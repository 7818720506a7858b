/**
 * The story's own kinds of event (its lanes) and sides: created, renamed, recoloured and removed, in
 * Arabic and English. A draft that has never changed them has the bundled story's (`kindsOf`,
 * `sidesOf`); the first change writes that list into the draft and changes it. Removing a kind moves
 * its events to another, and removing a side moves its people to another, so the draft stays valid.
 */
import {
  BUNDLED_KINDS,
  BUNDLED_SIDES,
  kindsOf,
  termIdFor,
  LANE_COLOUR_NAMES,
  sidesOf,
  TERM_ID,
  type Bilingual,
  type LaneColour,
  type VocabularyTerm,
} from '../domain';
import { NEUTRAL_KIND, NEUTRAL_SIDE, type Draft } from './draft';

/** Which list: the kinds of event or the sides. */
export type Vocabulary = 'kinds' | 'sides';

export type VocabularyCommand =
  | {
      readonly type: 'add-term';
      readonly vocabulary: Vocabulary;
      readonly id: string;
      readonly name: Bilingual;
      readonly colour: LaneColour;
    }
  | {
      readonly type: 'set-term';
      readonly vocabulary: Vocabulary;
      readonly id: string;
      readonly name?: Bilingual;
      readonly colour?: LaneColour;
    }
  /**
   * The bundled story's kinds (or sides) added to the draft's, those whose id it already has left out;
   * the neutral term a new story starts with goes when nothing has it (#24 D7).
   */
  | { readonly type: 'import-bundled-terms'; readonly vocabulary: Vocabulary }
  /** The term's id becomes `to`, and every event (for a kind) or entity (for a side) that had it follows. */
  | {
      readonly type: 'rename-term';
      readonly vocabulary: Vocabulary;
      readonly from: string;
      readonly to: string;
    }
  /** The term goes; the events (or people) that had it get `into`. */
  | {
      readonly type: 'remove-term';
      readonly vocabulary: Vocabulary;
      readonly id: string;
      readonly into: string;
    };

export const termsOf = (d: Draft, v: Vocabulary): readonly VocabularyTerm[] =>
  v === 'kinds' ? kindsOf(d) : sidesOf(d);

/** How many events (for a kind) or people, organisations and places (for a side) have the term. */
export const termUses = (d: Draft, v: Vocabulary, id: string): number =>
  v === 'kinds'
    ? d.events.filter((e) => e.kind === id).length
    : d.entities.filter((e) => e.side === id).length;

/** The bundled story's list of kinds or sides. */
export const bundledTerms = (v: Vocabulary): readonly VocabularyTerm[] =>
  v === 'kinds' ? BUNDLED_KINDS : BUNDLED_SIDES;

/**
 * The draft's terms an import keeps: all but the neutral term a new story starts with, when nothing
 * has it or the bundled list has its id (then the bundled term takes its place).
 */
function keptOnImport(d: Draft, v: Vocabulary): readonly VocabularyTerm[] {
  const neutral = v === 'kinds' ? NEUTRAL_KIND : NEUTRAL_SIDE;
  const bundled = new Set(bundledTerms(v).map((t) => t.id));
  return termsOf(d, v).filter(
    (t) =>
      !(
        t.id === neutral.id &&
        t.name.en === neutral.name.en &&
        t.name.ar === neutral.name.ar &&
        (bundled.has(t.id) || termUses(d, v, t.id) === 0)
      ),
  );
}

/** The bundled terms an import would add: those whose id the draft's own terms do not have. */
export const missingBundledTerms = (d: Draft, v: Vocabulary): readonly VocabularyTerm[] => {
  const ids = new Set(keptOnImport(d, v).map((t) => t.id));
  return bundledTerms(v).filter((t) => !ids.has(t.id));
};

function importBundled(d: Draft, v: Vocabulary): Draft {
  const missing = missingBundledTerms(d, v);
  if (missing.length === 0) return d;
  return withTerms(d, v, [...keptOnImport(d, v), ...missing]);
}

const isColour = (c: unknown): c is LaneColour => LANE_COLOUR_NAMES.includes(c as LaneColour);
const isName = (n: Bilingual): boolean =>
  typeof n.ar === 'string' && typeof n.en === 'string' && (n.ar.trim() !== '' || n.en.trim() !== '');
const clean = (n: Bilingual): Bilingual => ({
  ar: n.ar.normalize('NFC').trim(),
  en: n.en.normalize('NFC').trim(),
});

const withTerms = (d: Draft, v: Vocabulary, terms: readonly VocabularyTerm[]): Draft => ({
  ...d,
  [v]: terms,
});

export function applyVocabularyCommand(d: Draft, c: VocabularyCommand): Draft {
  if (c.vocabulary !== 'kinds' && c.vocabulary !== 'sides') return d;
  const terms = termsOf(d, c.vocabulary);
  switch (c.type) {
    case 'import-bundled-terms':
      return importBundled(d, c.vocabulary);
    case 'add-term':
      if (!TERM_ID.test(c.id) || terms.some((t) => t.id === c.id)) return d;
      if (!isName(c.name) || !isColour(c.colour)) return d;
      return withTerms(d, c.vocabulary, [...terms, { id: c.id, name: clean(c.name), colour: c.colour }]);
    case 'set-term': {
      const term = terms.find((t) => t.id === c.id);
      if (term === undefined) return d;
      if (c.name !== undefined && !isName(c.name)) return d;
      if (c.colour !== undefined && !isColour(c.colour)) return d;
      const next: VocabularyTerm = {
        ...term,
        ...(c.name !== undefined ? { name: clean(c.name) } : {}),
        ...(c.colour !== undefined ? { colour: c.colour } : {}),
      };
      if (next.colour === term.colour && next.name.ar === term.name.ar && next.name.en === term.name.en)
        return d;
      return withTerms(
        d,
        c.vocabulary,
        terms.map((t) => (t === term ? next : t)),
      );
    }
    case 'rename-term': {
      if (c.from === c.to || !TERM_ID.test(c.to) || terms.some((t) => t.id === c.to)) return d;
      if (!terms.some((t) => t.id === c.from)) return d;
      const renamed = withTerms(
        d,
        c.vocabulary,
        terms.map((t) => (t.id === c.from ? { ...t, id: c.to } : t)),
      );
      return c.vocabulary === 'kinds'
        ? { ...renamed, events: d.events.map((e) => (e.kind === c.from ? { ...e, kind: c.to } : e)) }
        : { ...renamed, entities: d.entities.map((e) => (e.side === c.from ? { ...e, side: c.to } : e)) };
    }
    case 'remove-term': {
      if (c.into === c.id || !terms.some((t) => t.id === c.id) || !terms.some((t) => t.id === c.into))
        return d;
      const rest = terms.filter((t) => t.id !== c.id);
      const moved = withTerms(d, c.vocabulary, rest);
      return c.vocabulary === 'kinds'
        ? { ...moved, events: d.events.map((e) => (e.kind === c.id ? { ...e, kind: c.into } : e)) }
        : { ...moved, entities: d.entities.map((e) => (e.side === c.id ? { ...e, side: c.into } : e)) };
    }
  }
}

/**
 * Whether a term's id still follows its name: the id its name makes (`termIdFor`, as the workbench
 * gives a new term), or the neutral term a new story starts with, still under its neutral name. A term
 * whose id was chosen otherwise (the bundled story's "statement", or one from a dataset's files) keeps
 * it, since links and other files may name it.
 */
function followsName(d: Draft, v: Vocabulary, term: VocabularyTerm): boolean {
  const neutral = v === 'kinds' ? NEUTRAL_KIND : NEUTRAL_SIDE;
  if (term.id === neutral.id) return term.name.en === neutral.name.en && term.name.ar === neutral.name.ar;
  const others = new Set(termsOf(d, v).map((t) => t.id));
  others.delete(term.id);
  return term.id === termIdFor(term.name.en || term.name.ar, others);
}

/**
 * The command that renames a term: `set-term`, and in the same batch a `rename-term` to the id its new
 * name makes while its id follows its name (so a renamed "Unassigned" side is no longer `other` in the
 * export). Commands never rename by themselves, so saved histories replay as they were made.
 */
export function renameTermCommand(d: Draft, v: Vocabulary, id: string, name: Bilingual): VocabularyCommand[] {
  const set: VocabularyCommand = { type: 'set-term', vocabulary: v, id, name };
  const term = termsOf(d, v).find((t) => t.id === id);
  if (term === undefined || !followsName(d, v, term) || !isName(name)) return [set];
  const others = new Set(termsOf(d, v).map((t) => t.id));
  others.delete(id);
  const to = termIdFor(clean(name).en || clean(name).ar, others);
  // A name of no Latin letters makes no id of its own ("term"): the id stays.
  if (to === id || /^term(?:-\d+)?$/u.test(to)) return [set];
  return [set, { type: 'rename-term', vocabulary: v, from: id, to }];
}
