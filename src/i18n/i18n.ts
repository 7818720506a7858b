import { createContext, useContext } from 'react';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { DateDisplay, Lang } from '../domain';
import { DEFAULT_DISPLAY, formatNumber } from './format';
import { isLang } from './languages';
import type en from './locales/en.json';
import otherLanguage from './locales/other-language.json';
import type workbenchEn from './locales/workbench.en.json';

/** The i18next instance, as the app holds it (other layers name it through here, not i18next). */
export type { I18n };

/** One language's words for the interface (`locales/<lang>.json`). */
export type Words = Record<string, unknown>;

declare module 'i18next' {
  interface CustomTypeOptions {
    // The workbench's words are added when it loads (workbench-words.ts).
    resources: {
      translation: typeof en & typeof otherLanguage.en & typeof workbenchEn;
    };
    returnNull: false;
  }
}

/**
 * The interface's words in `lang`, each language a chunk of its own: the page loads the language it
 * shows, and the other when it is idle or asked for. (The few words shown in the other language, the
 * switch's "اقرأ بالعربية" and a translation's "Translation", are in `other-language.json`, always there.)
 */
export function loadWords(lang: Lang): Promise<Words> {
  return (lang === 'ar' ? import('./locales/ar.json') : import('./locales/en.json')).then(
    (m) => m.default as Words,
  );
}

/** Whether `lang`'s words are in `i18n` (not only the few of `other-language.json`). */
export const hasWords = (i18n: I18n, lang: Lang): boolean =>
  i18n.getResource(lang, 'translation', 'app.name') !== undefined;

/** Adds `lang`'s words to `i18n`, keeping any already there (the workbench's). */
export function addWords(i18n: I18n, lang: Lang, words: Words): void {
  if (!hasWords(i18n, lang)) i18n.addResourceBundle(lang, 'translation', words, true, false);
}

/** `lang`'s words in `i18n`: at once when they are there, else once loaded. */
export function withWords(i18n: I18n, lang: Lang): Promise<void> {
  return hasWords(i18n, lang)
    ? Promise.resolve()
    : loadWords(lang).then((words) => addWords(i18n, lang, words));
}

/**
 * `lang`'s words with the few shown in the other language's interface (`other-language.json`) merged
 * in: both are objects of groups of words (`{ quote: { translation: … } }`).
 */
export function withOtherLanguage(lang: Lang, words: Words = {}): Words {
  const other: Record<string, object | undefined> = otherLanguage[lang];
  const groups = new Set([...Object.keys(words), ...Object.keys(other)]);
  // Fresh objects: i18next merges later words into these, never into the imported files.
  return Object.fromEntries(
    [...groups].map((g) => {
      const mine = words[g];
      return [
        g,
        typeof mine === 'object' && mine !== null ? { ...mine, ...other[g] } : (mine ?? { ...other[g] }),
      ];
    }),
  );
}

/**
 * A fresh i18next instance in `lang` with the words given (at least `lang`'s), and the `num`
 * formatter that writes the chosen digits.
 */
export function createI18nWith(
  lang: Lang,
  words: Partial<Record<Lang, Words>>,
  display: () => DateDisplay = () => DEFAULT_DISPLAY,
): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      en: { translation: withOtherLanguage('en', words.en) },
      ar: { translation: withOtherLanguage('ar', words.ar) },
    },
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['ar', 'en'],
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.services.formatter?.add('num', (value: unknown, lng: string | undefined) =>
    formatNumber(Number(value), isLang(lng) ? lng : 'en', display()),
  );
  return instance;
}

/** The reader's month names and digits, provided by the app. */
export const DisplayContext = createContext<DateDisplay>(DEFAULT_DISPLAY);

/** The interface's own words, the language and the date display; dataset text never goes through t. */
export function useT(): { t: I18n['t']; lang: Lang; display: DateDisplay } {
  const { t, i18n } = useTranslation();
  const display = useContext(DisplayContext);
  const lang = isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return { t, lang, display };
}

export { I18nextProvider as I18nProvider } from 'react-i18next';
