/**
 * The story's own kinds and sides at their edges: the lane order by side with the fallback side
 * added once, a new term's id from any name, the next free colour, a term's name when the dataset
 * lacks it or has it in one language only, and the kind the story is told around.
 */
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_KINDS,
  BUNDLED_SIDES,
  FALLBACK_SIDE,
  LANE_COLOUR_NAMES,
  coreKindOf,
  kindName,
  nextColour,
  sideName,
  sideOrderOf,
  termIdFor,
  type VocabularyTerm,
} from '../../src/domain';

const term = (
  id: string,
  ar: string,
  en: string,
  colour: VocabularyTerm['colour'] = 'blue',
): VocabularyTerm => ({
  id,
  name: { ar, en },
  colour,
});

describe('the lanes by side', () => {
  it('are the bundled sides, the fallback among them, when the dataset has none', () => {
    expect(sideOrderOf({})).toStrictEqual(BUNDLED_SIDES.map((s) => s.id));
    expect(sideOrderOf({}).filter((s) => s === FALLBACK_SIDE)).toHaveLength(1);
  });

  it('are the dataset’s sides, then the fallback side when it is not one of them', () => {
    const sides = [term('north', 'الشمال', 'North'), term('south', 'الجنوب', 'South')];
    expect(sideOrderOf({ sides })).toStrictEqual(['north', 'south', FALLBACK_SIDE]);
    const withOther = [term(FALLBACK_SIDE, 'غيره', 'Other'), ...sides];
    expect(sideOrderOf({ sides: withOther })).toStrictEqual([FALLBACK_SIDE, 'north', 'south']);
  });
});

describe('a new term’s id', () => {
  it('joins the name’s words with one hyphen, none at either end', () => {
    expect(termIdFor('  Talks -- & Truces!! ', new Set())).toBe('talks-truces');
    expect(termIdFor('Élysée talks', new Set())).toBe('elysee-talks');
  });

  it('is cut to 32 characters, with no hyphen left at the cut', () => {
    const id = termIdFor(`${'a'.repeat(31)} b`, new Set());
    expect(id).toBe('a'.repeat(31));
    expect(termIdFor('b'.repeat(40), new Set())).toBe('b'.repeat(32));
  });

  it('is “term” for a name with no Latin letter or digit, and counts up past the ids taken', () => {
    expect(termIdFor('—', new Set())).toBe('term');
    expect(termIdFor('Talks', new Set(['talks', 'talks-2', 'talks-3']))).toBe('talks-4');
  });
});

describe('the next colour', () => {
  it('is the first of the palette no term uses', () => {
    expect(nextColour([])).toBe(LANE_COLOUR_NAMES[0]);
    const [a, b, c] = LANE_COLOUR_NAMES;
    expect(nextColour([term('x', 'س', 'x', a!), term('y', 'ص', 'y', c!)])).toBe(b);
  });

  it('is blue when every colour is taken', () => {
    const all = LANE_COLOUR_NAMES.map((c, i) => term(`t${i}`, 'س', 'x', c));
    expect(nextColour(all.slice(1))).toBe(LANE_COLOUR_NAMES[0]);
    expect(nextColour(all)).toBe('blue');
  });
});

describe('a term’s name', () => {
  const kinds = [
    term('talks', 'محادثات', 'Talks'),
    term('only-ar', 'عربي فقط', ''),
    term('only-en', '', 'English only'),
  ];

  it('is the dataset’s, in the language asked, else in the other', () => {
    expect(kindName({ kinds }, 'talks', 'ar')).toBe('محادثات');
    expect(kindName({ kinds }, 'talks', 'en')).toBe('Talks');
    expect(kindName({ kinds }, 'only-ar', 'en')).toBe('عربي فقط');
    expect(kindName({ kinds }, 'only-en', 'ar')).toBe('English only');
  });

  it('is its id when neither language names it, or no kind has that id', () => {
    expect(kindName({ kinds: [term('blank', '', '')] }, 'blank', 'en')).toBe('blank');
    expect(kindName({ kinds }, 'missing', 'ar')).toBe('missing');
  });

  it('is the bundled one for a bundled id the dataset does not list', () => {
    const bundled = BUNDLED_KINDS[0]!;
    expect(kindName({ kinds }, bundled.id, 'en')).toBe(bundled.name.en);
    const side = BUNDLED_SIDES.find((s) => s.id === FALLBACK_SIDE)!;
    expect(sideName({ sides: [term('north', 'الشمال', 'North')] }, FALLBACK_SIDE, 'ar')).toBe(side.name.ar);
    expect(sideName({ sides: [term('north', 'الشمال', 'North')] }, 'north', 'ar')).toBe('الشمال');
  });
});

describe('the kind the story is told around', () => {
  it('is the dataset’s first kind, the bundled first without kinds, and none with an empty list', () => {
    expect(coreKindOf({ kinds: [term('b', 'ب', 'B'), term('a', 'أ', 'A')] })).toBe('b');
    expect(coreKindOf({})).toBe(BUNDLED_KINDS[0]?.id);
    expect(coreKindOf({ kinds: [] })).toBeUndefined();
  });
});
