export {
  addWords,
  createI18nWith,
  hasWords,
  loadWords,
  useT,
  withWords,
  I18nProvider,
  DisplayContext,
  type I18n,
  type Words,
} from './i18n';
export { createI18n, resources } from './all-words';
export {
  LANGUAGES,
  isLang,
  fromBrowser,
  monthsFromBrowser,
  applyDocumentLanguage,
  type LanguageInfo,
} from './languages';
export {
  axisLabel,
  dataText,
  joinParts,
  partSeparator,
  DEFAULT_DISPLAY,
  formatEventDate,
  formatInstant,
  formatList,
  formatNumber,
  formatPeriod,
  formatPartialDate,
  localeTag,
  type AxisScale,
  type DateDisplay,
  type Digits,
  type MonthNaming,
} from './format';
