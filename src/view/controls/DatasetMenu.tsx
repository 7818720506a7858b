import { useRef } from 'react';
import { useT } from '../../i18n';
import { useMenu } from '../menu';

export interface DatasetMenuProps {
  readonly name: string;
  readonly isBundled: boolean;
  readonly onOpenFile: (file: File) => void;
  readonly onBundled: () => void;
  readonly onExport: (format: 'riwayat' | 'csv' | 'timelinejs-ar' | 'timelinejs-en') => void;
  /** Opens the authoring workbench. */
  readonly onAuthor?: () => void;
}

/** Open a dataset (file picker; dropping a file anywhere works too), go back to the bundled one, export. */
export function DatasetMenu({
  name,
  isBundled,
  onOpenFile,
  onBundled,
  onExport,
  onAuthor,
}: DatasetMenuProps): React.JSX.Element {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const menu = useMenu();
  const done = menu.close;
  return (
    <details ref={menu.ref} className="menu dataset-menu">
      <summary>{t('dataset.menu')}</summary>
      <div className="menu-body">
        <p className="dataset-name">
          {t('dataset.current')}: <bdi>{name}</bdi>
        </p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('dataset.open')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('dataset.open')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) onOpenFile(file);
            e.target.value = '';
            done();
          }}
        />
        <p className="dataset-hint">{t('dataset.dropHint')}</p>
        {!isBundled && (
          <button
            type="button"
            onClick={() => {
              done();
              onBundled();
            }}
          >
            {t('dataset.bundled')}
          </button>
        )}
        <fieldset>
          <legend>{t('dataset.export')}</legend>
          <button
            type="button"
            onClick={() => {
              done();
              onExport('riwayat');
            }}
          >
            {t('dataset.exportRiwayat')}
          </button>
          <button
            type="button"
            onClick={() => {
              done();
              onExport('csv');
            }}
          >
            {t('dataset.exportCsv')}
          </button>
          <button
            type="button"
            onClick={() => {
              done();
              onExport('timelinejs-ar');
            }}
          >
            {t('dataset.exportTimelineAr')}
          </button>
          <button
            type="button"
            onClick={() => {
              done();
              onExport('timelinejs-en');
            }}
          >
            {t('dataset.exportTimelineEn')}
          </button>
        </fieldset>
        {onAuthor !== undefined && (
          <button
            type="button"
            onClick={() => {
              done();
              onAuthor();
            }}
          >
            {t('author.menuItem')}
          </button>
        )}
      </div>
    </details>
  );
}
