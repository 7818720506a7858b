/**
 * The workbench's own words (`author.*` and `workbench.*`, bar the few the reading app shows): they load
 * with the workbench's code rather than with the first view, which stays within its budget.
 */
import { useTranslation } from 'react-i18next';
import type { I18n } from './i18n';
import ar from './locales/workbench.ar.json';
import en from './locales/workbench.en.json';

export const workbenchResources = { en, ar } as const;

/** Adds the workbench's words to `i18n`, once; returns it. */
export function addWorkbenchWords(i18n: I18n): I18n {
  for (const lang of ['en', 'ar'] as const)
    if (i18n.getResource(lang, 'translation', 'workbench') === undefined)
      i18n.addResourceBundle(lang, 'translation', workbenchResources[lang], true, false);
  return i18n;
}

/** In the workbench's top component: its words are there before anything under it asks for them. */
export function useWorkbenchWords(): void {
  addWorkbenchWords(useTranslation().i18n);
}
