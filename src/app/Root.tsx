import { useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import type { Dataset } from '../domain';
import type { Problem } from '../data';
import { applyDocumentLanguage, DisplayContext, I18nProvider, useT } from '../i18n';
import { saveLang, useStore, type Store, type ViewState } from '../state';
import { App } from './App';

export type LoadState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly dataset: Dataset }
  | { readonly phase: 'failed'; readonly problems: readonly Problem[] };

function LoadError({ problems }: { readonly problems: readonly Problem[] }): React.JSX.Element {
  const { t } = useT();
  return (
    <div className="load-error" role="alert">
      <h1>{t('app.loadFailed')}</h1>
      <p>{t('app.problemCount', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}>
            <code dir="ltr">{p.path}</code> <bdi>{p.message}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Providers and the language: the store's language drives i18next and `<html lang dir>`. */
export function Root({
  i18n,
  store,
  load,
  onReady,
}: {
  i18n: I18n;
  store: Store<ViewState>;
  load: LoadState;
  onReady: () => void;
}): React.JSX.Element {
  const lang = useStore(store, (s) => s.lang);
  const display = useStore(store, (s) => s.display);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (i18n.resolvedLanguage !== lang) void i18n.changeLanguage(lang).then(() => rerender((n) => n + 1));
    applyDocumentLanguage(document, lang);
    saveLang(globalThis.localStorage ?? null, lang);
  }, [i18n, lang]);
  return (
    <I18nProvider i18n={i18n}>
      <DisplayContext.Provider value={display}>
        {load.phase === 'ready' ? (
          <App dataset={load.dataset} store={store} onReady={onReady} />
        ) : load.phase === 'failed' ? (
          <LoadError problems={load.problems} />
        ) : (
          <p className="loading" role="status">
            {i18n.t('app.loading')}
          </p>
        )}
      </DisplayContext.Provider>
    </I18nProvider>
  );
}
