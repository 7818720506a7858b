import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/domain';
import { createI18n, I18nProvider } from '../../src/i18n';

/** Renders with the real translations in `lang`: bilingual behaviour is what is under test. */
export function renderIn(lang: Lang, ui: ReactElement) {
  const i18n = createI18n(lang);
  return render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
}
