/**
 * Names an article introduces that the draft does not know yet: the people an Arabic news text names
 * after a title («وزير الخارجية الروسي سيرغي لافروف», «نظيره الأمريكي ماركو روبيو»). The title's
 * nationality adjective hints at the side. Offered to the author, never added by themselves.
 */
import type { Entity, Side, Span } from '../domain';
import { findMentions, normalizeForMatch, tokenize } from '../domain';

export interface NameCandidate {
  /** The name as first written in full. */
  readonly name: string;
  /** Every spelling seen: the full name, and the family name alone when the text uses it alone. */
  readonly aliases: readonly string[];
  /** Where the full name is first written. */
  readonly at: Span;
  readonly count: number;
  readonly side: Side;
}

/** Words that introduce a person's name (folded as `normalizeForMatch` folds). */
const TITLES = new Set(
  [
    'الرئيس',
    'رئيس',
    'وزير',
    'وزيرة',
    'نظيره',
    'نظيرته',
    'نظيرها',
    'المتحدث',
    'المتحدثة',
    'الناطق',
    'المستشار',
    'السفير',
    'المبعوث',
    'الزعيم',
    'الملك',
    'الأمير',
    'الجنرال',
    'السيناتور',
    'النائب',
    'الأمين',
    'المدير',
    'مساعد',
    'نائب',
  ].map(normalizeForMatch),
);

const SIDES: readonly [RegExp, Side][] = [
  [/^(ال)?(امريك|اميرك)/, 'us'],
  [/^(ال)?(روس|كرملين)/, 'russia'],
  [/^(ال)?اوكران/, 'ukraine'],
  [/^(ال)?(اوروب|فرنس|الماني|بريطاني)/, 'europe'],
];

/** Words a name never holds: particles, and words of the title's own phrase. */
const NOT_NAME = new Set(
  [
    'في',
    'من',
    'عن',
    'على',
    'الى',
    'إلى',
    'مع',
    'أن',
    'إن',
    'قال',
    'وقال',
    'أكد',
    'باسم',
    'لشؤون',
    'الشؤون',
    'إنه',
    'خلال',
    'يوم',
    'بعد',
    'قبل',
    'التي',
    'الذي',
    'كان',
    'وزارة',
  ].map(normalizeForMatch),
);

const sideOf = (key: string): Side | null => SIDES.find(([re]) => re.test(key))?.[1] ?? null;

/**
 * The people `text` names after a title whom no entity's spelling already covers, most mentioned
 * first, leaving out the parts in `exclude` (site furniture, unrelated items). A name is the two words (given name and family name) after the title and its qualifiers (words with «ال», or a
 * «باسم …» phrase), up to a word that cannot be part of it.
 */
export function candidateNames(
  text: string,
  entities: readonly Entity[],
  exclude: readonly Span[] = [],
): NameCandidate[] {
  const outside = (w: Span): boolean => exclude.some((x) => x.start < w.end && w.start < x.end);
  const words = tokenize(text).filter((w) => !outside(w));
  const known = findMentions(text, entities);
  const isKnown = (s: number, e: number): boolean => known.some((m) => m.start < e && s < m.end);
  const found = new Map<string, { name: string; at: Span; side: Side; family: string }>();
  for (let i = 0; i < words.length; i++) {
    if (!TITLES.has(words[i]?.key ?? '')) continue;
    let j = i + 1;
    let side: Side | null = null;
    // The title's qualifiers: «الخارجية الروسي», «باسم الكرملين».
    while (j < words.length && j < i + 6) {
      const w = words[j]?.key ?? '';
      if (w === normalizeForMatch('باسم')) {
        side ??= sideOf(words[j + 1]?.key ?? '');
        j += 2;
        continue;
      }
      if (!w.startsWith('ال') && !w.startsWith('لل')) break;
      side ??= sideOf(w);
      j++;
    }
    const name: typeof words = [];
    while (j < words.length && name.length < 2) {
      const w = words[j];
      if (w === undefined || w.key.startsWith('ال') || NOT_NAME.has(w.key) || /\d/.test(w.key)) break;
      const prev = name.at(-1);
      // A name runs on within one phrase: no punctuation or line break between its words.
      if (prev !== undefined && /[^\s]/u.test(text.slice(prev.end, w.start))) break;
      name.push(w);
      j++;
    }
    const first = name[0];
    const last = name.at(-1);
    if (first === undefined || last === undefined || name.length < 2) continue;
    if (isKnown(first.start, last.end)) continue;
    const key = name.map((w) => w.key).join(' ');
    if (!found.has(key))
      found.set(key, {
        name: text.slice(first.start, last.end),
        at: { start: first.start, end: last.end },
        side: side ?? 'other',
        family: last.text,
      });
  }
  const out: NameCandidate[] = [];
  for (const [key, f] of found) {
    const familyKey = normalizeForMatch(f.family);
    const full = words.filter(
      (_, i) =>
        words
          .slice(i, i + key.split(' ').length)
          .map((w) => w.key)
          .join(' ') === key,
    ).length;
    const alone = words.filter((w) => w.key === familyKey).length - full;
    out.push({
      name: f.name,
      aliases: alone > 0 ? [f.name, f.family] : [f.name],
      at: f.at,
      count: full + Math.max(0, alone),
      side: f.side,
    });
  }
  return out.sort((a, b) => b.count - a.count || a.at.start - b.at.start);
}
