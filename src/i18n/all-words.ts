/**
 * Both languages' words at once, for code that needs them without waiting (the tests, the command
 * line). The page does not use this: it loads the language it shows (`loadWords`).
 */
import type { DateDisplay, Lang } from '../domain';
import { DEFAULT_DISPLAY } from './format';
import { createI18nWith, withOtherLanguage, type I18n } from './i18n';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type otherLanguage from './locales/other-language.json';

/** Every word of the interface outside the workbench, by language. */
export const resources = {
  en: { translation: withOtherLanguage('en', en) as typeof en & typeof otherLanguage.en },
  ar: { translation: withOtherLanguage('ar', ar) as typeof ar & typeof otherLanguage.ar },
} as const;

/** A fresh i18next instance in `lang` with both languages' words. */
export function createI18n(lang: Lang, display: () => DateDisplay = () => DEFAULT_DISPLAY): I18n {
  return createI18nWith(lang, { en, ar }, display);
}
