import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { ModalDialog } from '../controls/ModalDialog';

/**
 * "Start again…": from the dataset on screen or empty, each asked first in a dialog; and, until the
 * next start again, the way back to the draft the last one replaced.
 */
export function RestartMenu({
  onRestart,
  onRestorePrevious,
}: {
  readonly onRestart: (from: 'dataset' | 'empty') => void;
  /** Null when there is no previous draft to restore. */
  readonly onRestorePrevious: (() => void) | null;
}): React.JSX.Element {
  const { t } = useT();
  const [asking, setAsking] = useState<'dataset' | 'empty' | null>(null);
  const opener = useRef<HTMLElement>(null);
  // Unmounting the dialog closes it; focus goes back to the menu it was opened from.
  const done = (): void => {
    setAsking(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <>
      <details className="menu author-restart">
        <summary ref={opener}>{t('author.restart')}</summary>
        <div className="menu-body">
          <button
            type="button"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              setAsking('dataset');
            }}
          >
            {t('author.restartFromDataset')}
          </button>
          <button
            type="button"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              setAsking('empty');
            }}
          >
            {t('author.restartEmpty')}
          </button>
          {onRestorePrevious !== null && (
            <button
              type="button"
              onClick={(e) => {
                e.currentTarget.closest('details')?.removeAttribute('open');
                onRestorePrevious();
              }}
            >
              {t('author.restorePrevious')}
            </button>
          )}
        </div>
      </details>
      {asking !== null && (
        <ModalDialog
          className="author-confirm"
          titleId="author-restart-title"
          title={t('author.restartTitle')}
          subtitle={null}
          closeLabel={t('author.cancel')}
          onClose={done}
        >
          <div className="author-confirm-body">
            <p>{t(asking === 'dataset' ? 'author.restartFromDatasetBody' : 'author.restartEmptyBody')}</p>
            <div className="author-alert-actions">
              <button
                type="button"
                onClick={() => {
                  onRestart(asking);
                  done();
                }}
              >
                {t('author.restartConfirm')}
              </button>
              <button type="button" autoFocus onClick={done}>
                {t('author.cancel')}
              </button>
            </div>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
