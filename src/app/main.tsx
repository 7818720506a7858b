import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/600.css';
import './styles.css';
import { applyDocumentLanguage, createI18n, fromBrowser } from '../i18n';
import {
  createStore,
  initialLang,
  readUrl,
  savedDisplay,
  savedLang,
  viewFromUrl,
  type ViewState,
} from '../state';
import { loadBundledDataset } from './load';
import { Root, type LoadState } from './Root';
import { syncUrl } from './url-sync';
import { bringIntoView, coreWindow } from '../view';
import { interval } from '../domain';

const url = readUrl(location.search);
const lang = initialLang(
  url.lang,
  savedLang(globalThis.localStorage ?? null),
  fromBrowser(navigator.languages),
);
applyDocumentLanguage(document, lang);
const store = createStore<ViewState>({
  ...viewFromUrl(url),
  lang,
  window: url.window ?? null,
  display: savedDisplay(globalThis.localStorage ?? null),
});
const i18n = createI18n(lang, () => store.get().display);
const root = createRoot(document.getElementById('root') as HTMLElement);

const onReady = (): void => {
  performance.mark('riwayat:ready');
};

const render = (load: LoadState): void =>
  root.render(
    <StrictMode>
      <Root i18n={i18n} store={store} load={load} onReady={onReady} />
    </StrictMode>,
  );

render({ phase: 'loading' });
void loadBundledDataset(document.baseURI).then((result) => {
  if (!result.ok) return render({ phase: 'failed', problems: result.problems });
  const known = store.get().eventId;
  if (known !== null && !result.dataset.events.some((e) => e.id === known)) {
    store.set({ eventId: null, sourceId: null, claimId: null });
  }
  if (store.get().window === null) {
    // A link to an event without a window opens on the core of the story, moved to show the event.
    const core = coreWindow(result.dataset.events);
    const ev = result.dataset.events.find((e) => e.id === store.get().eventId);
    const span = ev === undefined ? null : interval(ev.start, ev.end);
    store.set({ window: core !== null && span !== null ? bringIntoView(core, span.start, span.end) : core });
  }
  syncUrl(store, window);
  render({ phase: 'ready', dataset: result.dataset });
});
