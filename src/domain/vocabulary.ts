/**
 * A dataset's own vocabulary: its kinds of event (the lanes by kind) and its sides (the lanes by side),
 * each with Arabic and English names and a colour from one fixed palette. A dataset that lists none
 * has the bundled story's (six kinds, five sides), so files written before the lists existed read
 * the same.
 */
import type { Dataset, Lang, LaneColour, VocabularyTerm } from './types';
import { slug } from './names';

/**
 * The palette, in the order new terms take it. Every colour stands at least 3:1 against white (the
 * lanes' bars and stripes are graphics, WCAG 1.4.11), and the first six are the bundled lanes'.
 */
export const LANE_COLOURS: Readonly<Record<LaneColour, string>> = {
  blue: '#0b5d8c',
  green: '#2b8a3e',
  purple: '#9c36b5',
  red: '#c92a2a',
  indigo: '#5f3dc4',
  brown: '#6b5b3e',
  teal: '#0b7285',
  orange: '#b04a00',
  pink: '#a61e4d',
  grey: '#495057',
};
export const LANE_COLOUR_NAMES = Object.keys(LANE_COLOURS) as LaneColour[];

/** What a kind's or side's id may be: it names a CSS class and a URL parameter as it stands. */
export const TERM_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The bundled story's kinds, in lane order: the one place their names are written (the lanes, the
 * filters, the TimelineJS groups and an older corpus's lanes all read them from here).
 */
export const BUNDLED_KINDS: readonly VocabularyTerm[] = [
  {
    id: 'defence-call',
    name: { ar: 'اتصالات وزيرَي الدفاع', en: "Defence ministers' calls" },
    colour: 'blue',
  },
  { id: 'diplomacy', name: { ar: 'دبلوماسية', en: 'Diplomacy' }, colour: 'green' },
  { id: 'statement', name: { ar: 'تصريحات وتحذيرات', en: 'Statements and warnings' }, colour: 'purple' },
  { id: 'military', name: { ar: 'أحداث عسكرية', en: 'Military events' }, colour: 'red' },
  { id: 'us-politics', name: { ar: 'السياسة الأميركية', en: 'US politics' }, colour: 'indigo' },
  { id: 'history', name: { ar: 'محطات مرجعية', en: 'Reference points' }, colour: 'brown' },
];

export const BUNDLED_SIDES: readonly VocabularyTerm[] = [
  { id: 'us', name: { ar: 'الولايات المتحدة', en: 'United States' }, colour: 'blue' },
  { id: 'russia', name: { ar: 'روسيا', en: 'Russia' }, colour: 'red' },
  { id: 'ukraine', name: { ar: 'أوكرانيا', en: 'Ukraine' }, colour: 'teal' },
  { id: 'europe', name: { ar: 'أوروبا', en: 'Europe' }, colour: 'indigo' },
  { id: 'other', name: { ar: 'أطراف أخرى', en: 'Others' }, colour: 'grey' },
];

/** The side of an event none of whose actors has one (sideOf). */
export const FALLBACK_SIDE = 'other';

type WithVocabulary = Pick<Dataset, 'kinds' | 'sides'>;

/** The dataset's kinds of event, in lane order. */
export const kindsOf = (d: WithVocabulary): readonly VocabularyTerm[] => d.kinds ?? BUNDLED_KINDS;

/**
 * The kind the story is told around: the dataset's first kind (its first lane). The first view
 * shows that kind's events when there are any (story.ts `coreWindow`).
 */
export const coreKindOf = (d: WithVocabulary): string | undefined => kindsOf(d)[0]?.id;

/** The dataset's sides, in lane order. */
export const sidesOf = (d: WithVocabulary): readonly VocabularyTerm[] => d.sides ?? BUNDLED_SIDES;

/** The lanes by side, in order: the dataset's sides, then the fallback side if it is not one of them. */
export const sideOrderOf = (d: WithVocabulary): string[] => {
  const ids = sidesOf(d).map((s) => s.id);
  return ids.includes(FALLBACK_SIDE) ? ids : [...ids, FALLBACK_SIDE];
};

/** At most this many characters of a term's name go into its id. */
const TERM_ID_CHARS = 32;

/** A new term's id from its English name (else its Arabic one), unique among `taken`. */
export function termIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = slug(name, TERM_ID_CHARS) || 'term';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The first colour of the palette no term uses yet (the first if all are). */
export function nextColour(terms: readonly VocabularyTerm[]): LaneColour {
  const used = new Set(terms.map((t) => t.colour));
  return LANE_COLOUR_NAMES.find((c) => !used.has(c)) ?? 'blue';
}

const nameIn = (
  terms: readonly VocabularyTerm[],
  bundled: readonly VocabularyTerm[],
  id: string,
  lang: Lang,
): string => {
  const term = terms.find((t) => t.id === id) ?? bundled.find((t) => t.id === id);
  return term === undefined ? id : term.name[lang] || term.name[lang === 'ar' ? 'en' : 'ar'] || id;
};

/** A kind's name in `lang` (its id if the dataset has no such kind). */
export const kindName = (d: WithVocabulary, id: string, lang: Lang): string =>
  nameIn(kindsOf(d), BUNDLED_KINDS, id, lang);

/** A side's name in `lang` (the bundled fallback side's name for it, else its id). */
export const sideName = (d: WithVocabulary, id: string, lang: Lang): string =>
  nameIn(sidesOf(d), BUNDLED_SIDES, id, lang);
