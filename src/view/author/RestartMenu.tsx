import { useRef, useState } from 'react';
import type { KeptDraft } from '../../author';
import { useT } from '../../i18n';
import { ModalDialog } from '../controls/ModalDialog';
import { KeptDrafts } from './KeptDrafts';

/**
 * "Start again…": from the dataset on screen or empty, each asked first in a dialog; and the way back
 * to every draft kept aside in this browser (the one the last start again replaced among them), after
 * a reload too.
 */
export function RestartMenu({
  onRestart,
  kept,
  onRestoreKept,
}: {
  readonly onRestart: (from: 'dataset' | 'empty') => void;
  readonly kept: readonly KeptDraft[];
  readonly onRestoreKept: (key: string) => void;
}): React.JSX.Element {
  const { t } = useT();
  const [asking, setAsking] = useState<'dataset' | 'empty' | null>(null);
  const [listing, setListing] = useState(false);
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
          {kept.length > 0 && (
            <button
              type="button"
              onClick={(e) => {
                e.currentTarget.closest('details')?.removeAttribute('open');
                setListing(true);
              }}
            >
              {t('author.keptOpen', { count: kept.length })}
            </button>
          )}
        </div>
      </details>
      {listing && (
        <KeptDrafts
          kept={kept}
          onRestore={(key) => {
            onRestoreKept(key);
            setListing(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
          onClose={() => {
            setListing(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
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
