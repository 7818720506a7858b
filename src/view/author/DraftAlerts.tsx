import type { SaveStatus } from '../../author';
import { useT } from '../../i18n';

export interface DraftAlertsProps {
  readonly save: SaveStatus;
  /** A saved draft this version could not open, and whether it was set aside. */
  readonly unreadable: { readonly kept: boolean; readonly reason: string } | null;
  readonly canRestore: boolean;
  readonly onExportZip: () => void;
  readonly onExportRaw: () => void;
  readonly onReload: () => void;
  readonly onOverwrite: () => void;
  readonly onRestorePrevious: () => void;
}

/**
 * What the person must know about where their work is: the browser would not save it; another tab
 * saved the draft (open that one, keep this one, or export); the saved draft could not be opened (it
 * is kept aside, and can be exported as it is); a draft replaced by "Start again" can be restored.
 */
export function DraftAlerts(p: DraftAlertsProps): React.JSX.Element {
  const { t } = useT();
  return (
    <>
      {p.unreadable !== null && (
        <div className="author-alert" role="alert">
          <p>{t(p.unreadable.kept ? 'author.unreadable' : 'author.unreadableNotKept')}</p>
          <p className="problem-detail" lang="en" dir="ltr">
            {p.unreadable.reason}
          </p>
          <button type="button" onClick={p.onExportRaw}>
            {t('author.exportRaw')}
          </button>
        </div>
      )}
      {p.save.state === 'failed' && p.unreadable?.kept !== false && (
        <div className="author-alert" role="alert">
          <p>{t('author.saveFailed')}</p>
          <p className="problem-detail" lang="en" dir="ltr">
            {p.save.error}
          </p>
          <button type="button" onClick={p.onExportZip}>
            {t('author.exportZip')}
          </button>
        </div>
      )}
      {p.save.state === 'conflict' && (
        <div className="author-alert" role="alert">
          <p>{t('author.conflict')}</p>
          <div className="author-alert-actions">
            <button type="button" onClick={p.onReload}>
              {t('author.conflictReload')}
            </button>
            <button type="button" onClick={p.onExportZip}>
              {t('author.exportZip')}
            </button>
            <button type="button" onClick={p.onOverwrite}>
              {t('author.conflictOverwrite')}
            </button>
          </div>
        </div>
      )}
      {p.canRestore && (
        <div className="author-notice" role="status">
          <p>{t('author.restarted')}</p>
          <button type="button" onClick={p.onRestorePrevious}>
            {t('author.restorePrevious')}
          </button>
        </div>
      )}
    </>
  );
}
