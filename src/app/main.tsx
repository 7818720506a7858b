import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/600.css';
import './styles/index.css';
import {
  addWords,
  applyDocumentLanguage,
  createI18nWith,
  fromBrowser,
  loadWords,
  monthsFromBrowser,
  type I18n,
} from '../i18n';
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
import { createDatasets, openBundled, openUrl, syncDataParam } from './datasets';
import { preloadTimeline } from '../view';
import { prepareWorker } from './load';
import { PageNet } from './PageNet';
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
const root = document.getElementById('root') as HTMLElement;

/** Once the page is up and idle, the other language's words, so that switching to it is instant. */
function prefetchOtherLanguage(i18n: I18n): void {
  const other = lang === 'ar' ? 'en' : 'ar';
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(() => {
    loadWords(other).then(
      (words) => addWords(i18n, other, words),
      () => {
        // Asked for again when the reader switches.
      },
    );
  });
}

// The shown language's words (a chunk of their own) load beside the dataset; the first render waits for them.
const words = loadWords(lang).catch(() => loadWords(lang));
void words.then(
  (w) => {
    const i18n = createI18nWith(lang, { [lang]: w }, () => store.get().display);
    const onReady = (): void => {
      performance.mark('riwayat:ready');
      prefetchOtherLanguage(i18n);
    };
    createRoot(root).render(
      <StrictMode>
        <PageNet>
          <Root i18n={i18n} store={store} datasets={datasets} onReady={onReady} />
        </PageNet>
      </StrictMode>,
    );
  },
  () => {
    root.textContent =
      'Riwayat could not load its words: reload the page. · تعذّر على «روايات» تحميل كلماتها: أعد تحميل الصفحة.';
  },
);

// `?data=<url>` draws that dataset directly; otherwise the bundled one.
const data = address().read().data;
void (data !== null ? openUrl(datasets, store, data) : openBundled(datasets, store)).then(() => {
  syncUrl(store, address());
  syncDataParam(datasets, address());
});
