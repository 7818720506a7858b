/**
 * The shell's notices and bars around the screen, each small enough to sit in a net of its own
 * (`Root.tsx` gives each a `RegionBoundary`): the loading line, the preview's bar, the drop overlay,
 * and the buttons that stay offered when one of them fails.
 */
import type { Store } from '../state';
import { useT } from '../i18n';
import { cancelLoad, type DatasetState } from './datasets';

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
