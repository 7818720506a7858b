import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../domain';
import { DEFAULT_DISPLAY, formatNumber } from './format';
import { isLang } from './languages';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}

/** A fresh i18next instance in `lang`, with the `num` formatter that writes the language's digits. */
export function createI18n(lang: Lang): I18n {
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
    formatNumber(Number(value), isLang(lng) ? lng : 'en', DEFAULT_DISPLAY),
  );
  return instance;
}

/** The interface's own words; dataset text never goes through here. */
export function useT(): { t: I18n['t']; lang: Lang } {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return { t, lang };
}

export { I18nextProvider as I18nProvider } from 'react-i18next';
