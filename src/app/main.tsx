import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/600.css';
import './styles/index.css';
import { applyDocumentLanguage, createI18n, fromBrowser, monthsFromBrowser } from '../i18n';
import {
  createStore,
  initialLang,
  PLAIN_SCREEN,
  readUrl,
  savedDisplay,
  savedLang,
  viewFromUrl,
  type ViewState,
} from '../state';
import { address } from './address';
import { createDatasets, openBundled, openUrl } from './datasets';
import { preloadTimeline } from '../view';
import { prepareWorker } from './load';
import { Root } from './Root';
import { syncUrl } from './url-sync';

// Loading the checking worker, and the timeline's engine, overlaps with the first render and the dataset.
prepareWorker();
void preloadTimeline().catch(() => {
  // The timeline region reports it (with "Try again") when it is shown.
});
const url = readUrl(address().search());
const lang = initialLang(url.lang, savedLang(), fromBrowser(navigator.languages));
applyDocumentLanguage(document, lang);
const store = createStore<ViewState>({
  ...viewFromUrl(url),
  lang,
  window: url.window ?? null,
  // Until the reader chooses, Arabic months are named as where their browser says they are (ar-EG: يونيو).
  display: savedDisplay(undefined, monthsFromBrowser(navigator.languages) ?? undefined),
  deckScreen: PLAIN_SCREEN,
});
const datasets = createDatasets();
const i18n = createI18n(lang, () => store.get().display);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Root i18n={i18n} store={store} datasets={datasets} onReady={() => performance.mark('riwayat:ready')} />
  </StrictMode>,
);

// `?data=<url>` draws that dataset directly; otherwise the bundled one.
const data = address().read().data;
void (data !== null ? openUrl(datasets, store, data) : openBundled(datasets, store)).then(() =>
  syncUrl(store, address()),
);
