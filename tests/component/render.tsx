import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/domain';
import { createI18n, I18nProvider } from '../../src/i18n';
import { addWorkbenchWords } from '../../src/i18n/workbench-words';

/**
 * Renders with the real translations in `lang`: bilingual behaviour is what is under test. A part of the
 * workbench gets the workbench's words too, as it has them in the app once its code has loaded.
 */
export function renderIn(lang: Lang, ui: ReactElement, { workbench = false } = {}) {
  const i18n = workbench ? addWorkbenchWords(createI18n(lang)) : createI18n(lang);
  return render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
}
