import { createContext, useContext } from 'react';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { DateDisplay, Lang } from '../domain';
import { DEFAULT_DISPLAY, formatNumber } from './format';
import { isLang } from './languages';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type workbenchEn from './locales/workbench.en.json';

/** The i18next instance, as the app holds it (other layers name it through here, not i18next). */
export type { I18n };

export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // The workbench's words are added when it loads (workbench-words.ts).
    resources: { translation: typeof en & typeof workbenchEn };
    returnNull: false;
  }
}

/** A fresh i18next instance in `lang`, with the `num` formatter that writes the chosen digits. */
export function createI18n(lang: Lang, display: () => DateDisplay = () => DEFAULT_DISPLAY): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
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
