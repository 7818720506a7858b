import type { Lang } from '../domain';

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

/** Sets `<html lang dir>`: the one place the document's direction is decided. */
export function applyDocumentLanguage(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = LANGUAGES[lang].dir;
}
