export { createI18n, useT, I18nProvider, DisplayContext, resources, type I18n } from './i18n';
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
