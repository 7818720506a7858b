/**
 * A net under one region of the screen: when a region throws while rendering (a bug, a saved draft this
 * build cannot read, a part that failed to load), it alone is replaced by a message naming it, in the
 * interface language, with "Try again" (which mounts the region afresh). The header and the other
 * regions keep working.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { retryFailedParts } from './lazy-part';

export type Region =
  | 'timeline'
  | 'explore'
  | 'accounts'
  | 'side'
  | 'presentation'
  | 'handout'
  | 'briefing'
  | 'workbench'
  | 'screen'
  // The shell around the screen: the page as a whole, and each notice or bar it shows.
  | 'page'
  | 'header'
  | 'refused'
  | 'corpusProblems'
  | 'progress'
  | 'foreign'
  | 'drop'
  | 'preview';

export interface RegionBoundaryProps {
  readonly region: Region;
  readonly children: ReactNode;
  /** More ways out beside "Try again" (e.g. leaving the workbench). */
  readonly actions?: ReactNode;
  /** Shown above the message when the region has failed (the workbench's stand-in header). */
  readonly above?: ReactNode;
  /** When this changes (another event selected), a failed region tries again by itself. */
  readonly resetKey?: unknown;
  /** Told of each failure (besides the console's report). */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  readonly error: unknown;
  /** Bumped by "Try again": a new key mounts the region afresh. */
  readonly attempt: number;
}

export class RegionBoundary extends Component<RegionBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    // `null` is the "no failure" mark: a thrown null is still a failure.
    return { error: error ?? new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: RegionBoundaryProps): void {
    if (this.state.error !== null && !Object.is(previous.resetKey, this.props.resetKey)) this.retry();
  }

  private readonly retry = (): void => {
    // A part whose code failed to load asks for it again.
    retryFailedParts();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { region, children, actions, above } = this.props;
    if (this.state.error !== null)
      return (
        <>
          {above}
          <RegionFailed region={region} error={this.state.error} onRetry={this.retry} actions={actions} />
        </>
      );
    return (
      <Suspense key={this.state.attempt} fallback={<RegionLoading />}>
        {children}
      </Suspense>
    );
  }
}

function RegionFailed({
  region,
  error,
  onRetry,
  actions,
}: {
  readonly region: Region;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly actions?: ReactNode;
}): React.JSX.Element {
  const { t } = useT();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="region-failed" role="alert" data-region={region}>
      <p>
        <strong>{t(`region.${region}`)}</strong>
        {/* The page's own net has no rest around it. */}
        {region !== 'page' && <> {t('region.rest')}</>}
      </p>
      {detail !== '' && (
        <details>
          <summary>{t('region.detail')}</summary>
          <code lang="en" dir="ltr">
            {detail}
          </code>
        </details>
      )}
      <p className="region-actions">
        <button type="button" onClick={onRetry}>
          {t('region.retry')}
        </button>
        {actions}
      </p>
    </div>
  );
}

/** What a region shows while its code is on its way. */
export function RegionLoading(): React.JSX.Element {
  const { t } = useT();
  return (
    <p className="region-loading" role="status">
      {t('region.loading')}
    </p>
  );
}
