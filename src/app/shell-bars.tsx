/**
 * The shell's notices and bars around the screen, each small enough to sit in a net of its own
 * (`Root.tsx` gives each a `RegionBoundary`): the loading line, the preview's bar, the drop overlay,
 * the buttons that stay offered when one of them fails, and the listener that opens a dropped file.
 */
import { useEffect, useState } from 'react';
import type { Store, ViewState } from '../state';
import { useT } from '../i18n';
import { cancelLoad, openFile, type DatasetState } from './datasets';

/** The host a dataset opened by address came from, when that is not this page's own origin. */
export function foreignHost(state: DatasetState): string | null {
  if (state.origin !== 'url') return null;
  try {
    // A corpus is marked by where its manifest really came from (after redirects).
    const url = new URL(state.site ?? state.name, document.baseURI);
    return url.origin === new URL(document.baseURI).origin ? null : url.host;
  } catch {
    return null;
  }
}

/** "Dismiss" beside a notice's failure: the notice goes as it would have gone. */
export function DismissButton({ onDismiss }: { readonly onDismiss: () => void }): React.JSX.Element {
  const { t } = useT();
  return (
    <button type="button" onClick={onDismiss}>
      {t('dataset.dismiss')}
    </button>
  );
}

/** Stops the load under way. */
export function CancelButton({ datasets }: { readonly datasets: Store<DatasetState> }): React.JSX.Element {
  const { t } = useT();
  return (
    <button type="button" onClick={() => cancelLoad(datasets)}>
      {t('dataset.cancel')}
    </button>
  );
}

/** The line that says what is loading, how far it is and offers to stop it. */
export function LoadProgress({
  busy,
  datasets,
}: {
  readonly busy: NonNullable<DatasetState['busy']>;
  readonly datasets: Store<DatasetState>;
}): React.JSX.Element {
  const { t } = useT();
  return (
    <p className="load-progress" role="status">
      {t('dataset.loading', {
        name: busy.name === 'dataset.json' ? t('dataset.bundledName') : busy.name,
        phase: t(`dataset.phase.${busy.phase}`),
      })}
      {busy.total != null && busy.received !== undefined ? (
        <progress value={busy.received} max={busy.total} />
      ) : (
        <progress />
      )}
      <CancelButton datasets={datasets} />
    </p>
  );
}

/** The way back from the preview to the workbench. */
export function BackToWorkbench({ onBack }: { readonly onBack: () => void }): React.JSX.Element {
  const { t } = useT();
  return (
    <button type="button" onClick={onBack}>
      {t('author.backToWorkbench')}
    </button>
  );
}

/** Above the views while they preview the workbench's draft. */
export function PreviewBar({ onBack }: { readonly onBack: () => void }): React.JSX.Element {
  const { t } = useT();
  return (
    <p className="author-preview-bar" role="status">
      {t('author.previewing')} <BackToWorkbench onBack={onBack} />
    </p>
  );
}

/** Over the page while a file is dragged over it. */
export function DropOverlay(): React.JSX.Element {
  const { t } = useT();
  return (
    <div className="drop-overlay" aria-hidden="true">
      {t('dataset.drop')}
    </div>
  );
}

/** Whether a file is being dragged over the page; dropping a JSON file anywhere opens it. */
export function useFileDrop(
  datasets: Store<DatasetState>,
  store: Store<ViewState>,
  inWorkbench: boolean,
): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent): void => {
      if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      const file = e.dataTransfer?.files[0];
      // The workbench takes its own drops (article texts).
      if (inWorkbench) {
        setDragging(false);
        return;
      }
      if (file === undefined) return;
      e.preventDefault();
      setDragging(false);
      void openFile(datasets, store, file);
    };
    addEventListener('dragover', over);
    addEventListener('dragleave', leave);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('dragleave', leave);
      removeEventListener('drop', drop);
    };
  }, [datasets, store, inWorkbench]);
  return dragging;
}
