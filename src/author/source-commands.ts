/**
 * The commands on what an article credits and what it rests on (the provenance of the shared-copy
 * work): credits anchored at the words that name an agency or outlet, and the reports the whole text
 * or some passages rest on. Pure, like every command: each returns the source changed, or null when
 * the command does not apply (a span outside the text, an unknown entry).
 */
import type {
  Bilingual,
  Credit,
  CreditRole,
  Provenance,
  ProvenanceBasis,
  ProvenanceExtent,
  SourceWithText,
  Span,
} from '../domain';
import { slug, spanContext } from '../domain';

export type SourceCommand =
  | ({
      readonly type: 'add-credit';
      readonly source: string;
      readonly role: CreditRole;
      readonly name: Bilingual;
    } & Span)
  | {
      readonly type: 'set-credit';
      readonly source: string;
      readonly start: number;
      readonly name?: Bilingual;
      readonly role?: CreditRole;
    }
  | { readonly type: 'remove-credit'; readonly source: string; readonly start: number }
  | {
      readonly type: 'add-rests-on';
      readonly source: string;
      readonly origin: string;
      readonly name: Bilingual;
      readonly basis: ProvenanceBasis;
      readonly extent: ProvenanceExtent;
      readonly note: Bilingual;
      /** The words that credit the report: required when `basis` is `credited`. */
      readonly anchor?: Span;
    }
  | {
      readonly type: 'set-rests-on';
      readonly source: string;
      readonly index: number;
      readonly origin?: string;
      readonly name?: Bilingual;
      readonly extent?: ProvenanceExtent;
      readonly note?: Bilingual;
    }
  | { readonly type: 'remove-rests-on'; readonly source: string; readonly index: number };

const inText = (text: string, s: Span): boolean =>
  Number.isInteger(s.start) &&
  Number.isInteger(s.end) &&
  0 <= s.start &&
  s.start < s.end &&
  s.end <= text.length;

/** The article's words at `s`, with their context: what every anchor holds. */
const anchorAt = (text: string, s: Span) => ({
  text: text.slice(s.start, s.end),
  ...spanContext(text, s.start, s.end),
  start: s.start,
  end: s.end,
});

/**
 * Words that say the text itself comes from what follows: «المصدر: روسيا اليوم», «نقلًا عن رويترز»
 * (alif and tanween in either order).
 */
const ORIGIN_LABEL = /^(?:ال)?مصدر(?:\s+الخبر)?\s*[:：/-]\s*|^نقل(?:ا|\u064B|\u064C)*\s+عن\s+/u;
/** Words that credit a picture: «تصوير: رويترز», «الصورة: أ ف ب». */
const PHOTO_LABEL = /^(?:تصوير|(?:ال)?صور[ةه]|photo)\s*[:：/-]?\s*/iu;
/** Words that cite a report for a statement: «بحسب وكالة …», «وفقًا لـ…». */
const CITED_LABEL = /^(?:بحسب|حسب|وفق(?:ا|\u064B|\u064C)*\s+ل(?:ـ)?)\s*/u;
/** What may wrap the name: brackets, quotation marks, a closing full stop or comma. */
const WRAP = /^[\s(«"“[]+|[\s)»"”\].,:،؛]+$/gu;

/**
 * What a credit made from the selected words starts as: the name without the words that introduce it,
 * and the role those words give («المصدر:» or «نقلًا عن»: the text comes from it; «تصوير:»: a picture
 * only; a bracketed agency alone, «(رويترز)», the dateline's credit: the text comes from it; otherwise
 * cited for a statement). The author can change both.
 */
export function creditFromWords(words: string): { readonly name: Bilingual; readonly role: CreditRole } {
  const bare = words.replace(WRAP, '');
  const bracketed = /^\s*\(.*\)\s*$/u.test(words);
  for (const [label, role] of [
    [ORIGIN_LABEL, 'origin'],
    [PHOTO_LABEL, 'photo'],
    [CITED_LABEL, 'cited'],
  ] as const) {
    const m = label.exec(bare);
    const rest = m === null ? '' : bare.slice(m[0].length).replace(WRAP, '');
    if (rest !== '') return { name: { ar: rest, en: '' }, role };
  }
  return { name: { ar: bare === '' ? words : bare, en: '' }, role: bracketed ? 'origin' : 'cited' };
}

/** An origin key as the schema wants it (a dataset id: `slug`), from a name; empty for a name with no ASCII letter. */
export const originKey = (name: string): string => slug(name);

export function applySourceCommand(s: SourceWithText, c: SourceCommand): SourceWithText | null {
  switch (c.type) {
    case 'add-credit': {
      if (!inText(s.text, c) || s.credits.some((x) => x.start === c.start)) return null;
      const credit: Credit = { name: c.name, role: c.role, ...anchorAt(s.text, c) };
      return { ...s, credits: [...s.credits, credit].sort((a, b) => a.start - b.start) };
    }
    case 'set-credit': {
      const i = s.credits.findIndex((x) => x.start === c.start);
      const old = s.credits[i];
      if (old === undefined) return null;
      const next: Credit = {
        ...old,
        ...(c.name === undefined ? {} : { name: c.name }),
        ...(c.role === undefined ? {} : { role: c.role }),
      };
      return { ...s, credits: s.credits.map((x, j) => (j === i ? next : x)) };
    }
    case 'remove-credit': {
      const credits = s.credits.filter((x) => x.start !== c.start);
      return credits.length === s.credits.length ? null : { ...s, credits };
    }
    case 'add-rests-on': {
      if (
        c.origin === '' ||
        (c.basis === 'credited' && (c.anchor === undefined || !inText(s.text, c.anchor)))
      )
        return null;
      const entry: Provenance = {
        origin: c.origin,
        name: c.name,
        basis: c.basis,
        extent: c.extent,
        ...(c.anchor === undefined || c.basis !== 'credited' ? {} : { anchor: anchorAt(s.text, c.anchor) }),
        note: c.note,
      };
      return { ...s, restsOn: [...(s.restsOn ?? []), entry] };
    }
    case 'set-rests-on': {
      const list = s.restsOn ?? [];
      const old = list[c.index];
      if (old === undefined) return null;
      const next: Provenance = {
        ...old,
        ...(c.origin === undefined ? {} : { origin: c.origin }),
        ...(c.name === undefined ? {} : { name: c.name }),
        ...(c.extent === undefined ? {} : { extent: c.extent }),
        ...(c.note === undefined ? {} : { note: c.note }),
      };
      return { ...s, restsOn: list.map((x, j) => (j === c.index ? next : x)) };
    }
    case 'remove-rests-on': {
      const list = s.restsOn ?? [];
      if (list[c.index] === undefined) return null;
      const rest = list.filter((_, j) => j !== c.index);
      if (rest.length > 0) return { ...s, restsOn: rest };
      return Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'restsOn')) as SourceWithText;
    }
  }
}
