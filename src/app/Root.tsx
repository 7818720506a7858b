import { memo, useCallback, useEffect, useMemo } from 'react';
import { DisplayContext, I18nProvider, useT, type I18n } from '../i18n';
import { fileDay, fileStem } from '../domain';
import { runModeCommand, useStore, type ModeCommand, type Store, type ViewState } from '../state';
import {
  CorpusAlert,
  DatasetMenu,
  ForeignData,
  Header,
  LoadAlert,
  RegionBoundary,
  SavedDraftExport,
} from '../view';
import { App } from './App';
import { followLanguage } from './language';
import { useCorpusView } from './corpus-view';
import { openBundled, openFile, openUrl, showChecked, type DatasetState } from './datasets';
import type { DeckFormat } from './deck-export';
import { offerFile } from './exports';
import { offersFor, withinOffers } from './offers';
import { corpusOf, fileOf } from './on-screen';
import { authorApp, loadExports } from './parts';
import {
  BackToWorkbench,
  CancelButton,
  DismissButton,
  DropOverlay,
  foreignHost,
  LoadProgress,
  PreviewBar,
  useFileDrop,
} from './shell-bars';

const ScreenApp = memo(App);
const AuthorApp = authorApp.Part;

/**
 * The briefing as a deck file, in the interface's language and date display; the deck's code (and
 * pptxgenjs for PowerPoint) is loaded only then.
 */
function deckFile(
  state: DatasetState,
  view: ViewState,
  format: DeckFormat,
  failed: (message: string) => string,
): void {
  const d = fileOf(state.shown);
  if (d === null) return;
  void import('./deck-export')
    .then((m) => (format === 'pdf' ? m.printDeck(d, view) : m.downloadPptx(d, view)))
    .catch((e: unknown) => alert(failed(e instanceof Error ? e.message : String(e))));
}

function Shell({
  store,
  datasets,
  onReady,
}: {
  store: Store<ViewState>;
  datasets: Store<DatasetState>;
  onReady: () => void;
}): React.JSX.Element {
  const { t } = useT();
  const state = useStore(datasets, (s) => s);
  const corpus = corpusOf(state.shown);
  const corpusProblems = useCorpusView(corpus).problems;
  const missingSeen = useCallback(() => datasets.set({ missingEvent: null }), [datasets]);
  // The view, the workbench or its preview: the view store's, changed by its commands (state/mode.ts);
  // the address follows it (`author=`, url-sync.ts), and Back and Forward write it back.
  const mode = useStore(store, (s) => s.mode);
  const setMode = useCallback(
    (command: ModeCommand) => store.set((s) => runModeCommand(s, command)),
    [store],
  );

  // Dropping a JSON file anywhere opens it (the workbench takes its own drops).
  const dragging = useFileDrop(datasets, store, mode === 'author');

  // The address loses `data=` once the bundled dataset is on screen (see datasets.ts).
  const backToBundled = (): void => void openBundled(datasets, store);
  const isBundled = state.origin === 'bundled';
  // What the Dataset menu offers for what is on screen (offers.ts): a corpus is not exported or edited.
  const offers = offersFor(state.shown);
  // An address asking for the workbench or a presentation over a corpus opens the view instead.
  const present = useStore(store, (s) => s.present);
  useEffect(() => store.set((s) => withinOffers(s, offers)), [mode, present, offers, store]);
  const name = isBundled ? t('dataset.bundledName') : state.name;
  // The same element while the dataset and its name stay: progress, alerts and the drop overlay then
  // re-render this shell, never the whole screen (ScreenApp skips a render when its props are equal).
  const menu = useMemo(
    () => (
      <DatasetMenu
        name={name}
        isBundled={isBundled}
        onOpenFile={(f) => void openFile(datasets, store, f)}
        onOpenUrl={(u) => void openUrl(datasets, store, u)}
        onBundled={() => void openBundled(datasets, store)}
        onExport={
          offers.exports
            ? (f) => void loadExports().then((m) => m.exportFile(datasets.get().shown, f, offerFile))
            : undefined
        }
        onDeck={
          offers.exports
            ? (f) => deckFile(datasets.get(), store.get(), f, (message) => t('deck.failed', { message }))
            : undefined
        }
        onAuthor={offers.workbench ? () => setMode('open-workbench') : undefined}
      />
    ),
    [name, isBundled, offers, datasets, store, setMode, t],
  );
  if (mode === 'author' && offers.workbench)
    return state.shown === null && state.busy !== null ? (
      <p className="load-progress" role="status">
        {t('author.loading')}
      </p>
    ) : (
      // Keyed: the view's first net (the preview's bar) must not become the workbench's, failure and all.
      <RegionBoundary
        key="workbench"
        region="workbench"
        above={
          <RegionBoundary region="header">
            <Header title={t('author.heading')} onLanguage={(lang) => store.set({ lang })} />
          </RegionBoundary>
        }
        actions={
          <>
            {/* A draft it can read may still bring the workbench down: the work is offered first. */}
            <SavedDraftExport
              load={() => import('../author/persist').then((m) => m.indexedDbStore().load())}
              offer={(json) =>
                offerFile(json, 'application/json', `${fileStem(['draft-saved', fileDay(new Date())])}.json`)
              }
            />
            <button type="button" onClick={() => setMode('close-workbench')}>
              {t('author.close')}
            </button>
          </>
        }
      >
        {/* A draft started from another site's data says so (review finding L7). */}
        <RegionBoundary region="foreign">
          {state.shown !== null && foreignHost(state) !== null && (
            <ForeignData host={foreignHost(state) ?? ''} />
          )}
        </RegionBoundary>
        <AuthorApp
          onLanguage={(lang) => store.set({ lang })}
          dataset={fileOf(state.shown)}
          onClose={() => setMode('close-workbench')}
          onPreview={(d) => {
            showChecked(datasets, store, d, t('author.heading'));
            setMode('preview');
          }}
        />
      </RegionBoundary>
    );
  return (
    <>
      {mode === 'preview' && (
        <RegionBoundary
          key="preview"
          region="preview"
          actions={<BackToWorkbench onBack={() => setMode('open-workbench')} />}
        >
          <PreviewBar onBack={() => setMode('open-workbench')} />
        </RegionBoundary>
      )}
      {state.refused !== null && (
        <RegionBoundary
          region="refused"
          actions={<DismissButton onDismiss={() => datasets.set({ refused: null })} />}
        >
          <LoadAlert
            name={state.refused.name}
            problems={state.refused.problems}
            omitted={state.refused.omitted}
            kept={state.shown !== null}
            onDismiss={() => datasets.set({ refused: null })}
          />
        </RegionBoundary>
      )}
      {corpusProblems.length > 0 && (
        <RegionBoundary
          region="corpusProblems"
          actions={<DismissButton onDismiss={() => corpus?.dismiss()} />}
        >
          <CorpusAlert problems={corpusProblems} onDismiss={() => corpus?.dismiss()} />
        </RegionBoundary>
      )}
      {state.fileGone !== null && state.origin !== 'file' && (
        <RegionBoundary
          region="progress"
          actions={<DismissButton onDismiss={() => datasets.set({ fileGone: null })} />}
        >
          <p className="load-progress" role="status">
            {t('dataset.fileGone')} <bdi dir="auto">{state.fileGone}</bdi>{' '}
            <DismissButton onDismiss={() => datasets.set({ fileGone: null })} />
          </p>
        </RegionBoundary>
      )}
      {state.busy !== null && (
        <RegionBoundary region="progress" actions={<CancelButton datasets={datasets} />}>
          <LoadProgress busy={state.busy} datasets={datasets} />
        </RegionBoundary>
      )}
      <RegionBoundary region="foreign">
        {state.shown !== null && foreignHost(state) !== null && (
          <ForeignData host={foreignHost(state) ?? ''} />
        )}
      </RegionBoundary>
      {state.shown !== null ? (
        <RegionBoundary region="screen" resetKey={state.version}>
          <ScreenApp
            key={state.version}
            shown={state.shown}
            store={store}
            onReady={onReady}
            datasetMenu={menu}
            missingEvent={state.missingEvent}
            onMissingSeen={missingSeen}
          />
        </RegionBoundary>
      ) : (
        state.busy === null && (
          <p className="load-fallback">
            <button type="button" onClick={backToBundled}>
              {t('dataset.bundled')}
            </button>
          </p>
        )
      )}
      {/* A failed overlay tries again at the next drag. */}
      <RegionBoundary region="drop" resetKey={dragging}>
        {dragging && <DropOverlay />}
      </RegionBoundary>
    </>
  );
}

/** Providers, and i18next following the store's language (`followLanguage`, language.ts). */
export function Root({
  i18n,
  store,
  datasets,
  onReady,
}: {
  i18n: I18n;
  store: Store<ViewState>;
  datasets: Store<DatasetState>;
  onReady: () => void;
}): React.JSX.Element {
  const display = useStore(store, (s) => s.display);
  useEffect(() => followLanguage(store, i18n), [i18n, store]);
  return (
    <I18nProvider i18n={i18n}>
      <DisplayContext.Provider value={display}>
        {/* A failure in the shell itself (its notices have their own nets) leaves "Try again". */}
        <RegionBoundary region="page">
          <Shell store={store} datasets={datasets} onReady={onReady} />
        </RegionBoundary>
      </DisplayContext.Provider>
    </I18nProvider>
  );
}
