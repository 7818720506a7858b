import type { Lang, MonthNaming } from '../domain';

export interface LanguageInfo {
  readonly code: Lang;
  /** The language's name in its own script. */
  readonly endonym: string;
  readonly dir: 'rtl' | 'ltr';
}

export const LANGUAGES: Readonly<Record<Lang, LanguageInfo>> = {
  ar: { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  en: { code: 'en', endonym: 'English', dir: 'ltr' },
};

export function isLang(value: unknown): value is Lang {
  return value === 'ar' || value === 'en';
}

/** The first supported language among the browser's preferences (`ar-EG` counts as Arabic). */
export function fromBrowser(preferences: readonly string[]): Lang | null {
  for (const p of preferences) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}

/** Where the Levantine month names are the usual ones (كانون الثاني، شباط، آذار). */
const LEVANT = new Set(['sy', 'lb', 'jo', 'iq', 'ps']);
/** Where the names from the Latin months are (يناير، فبراير، مارس): Egypt, the Gulf, Sudan, Libya, the Maghreb. */
const EGYPT_GULF = new Set([
  'eg',
  'sa',
  'ae',
  'kw',
  'qa',
  'bh',
  'om',
  'ye',
  'sd',
  'ly',
  'ma',
  'tn',
  'dz',
  'mr',
]);

/**
 * The Arabic month names the browser's first Arabic preference with a region suggests (`ar-EG`:
 * Egyptian and Gulf; `ar-LB`: Levantine), or null when it names none (`ar`, or no Arabic at all).
 */
export function monthsFromBrowser(preferences: readonly string[]): MonthNaming | null {
  for (const p of preferences) {
    const [base, ...rest] = p.toLowerCase().split('-');
    if (base !== 'ar') continue;
    const region = rest.find((r) => r.length === 2);
    if (region === undefined) return null;
    return LEVANT.has(region) ? 'levantine' : EGYPT_GULF.has(region) ? 'egyptian' : null;
  }
  return null;
}

/** Sets `<html lang dir>`: the one place the document's direction is decided. */
export function applyDocumentLanguage(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = LANGUAGES[lang].dir;
}
