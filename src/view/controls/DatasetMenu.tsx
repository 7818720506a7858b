import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useMenu } from '../menu';

export interface DatasetMenuProps {
  readonly name: string;
  readonly isBundled: boolean;
  readonly onOpenFile: (file: File) => void;
  /** Opens a dataset file or a static corpus (a directory ending in `/`) by its address. */
  readonly onOpenUrl?: (url: string) => void;
  readonly onBundled: () => void;
  /**
   * Absent where the dataset on screen cannot be written whole (a static corpus holds only what it has
   * fetched): the menu then says why instead of offering a partial file.
   */
  readonly onExport?: ((format: 'riwayat' | 'csv' | 'timelinejs-ar' | 'timelinejs-en') => void) | undefined;
  /** Writes the briefing as a PowerPoint file, or prints it as PDF (absent for a static corpus). */
  readonly onDeck?: ((format: 'pptx' | 'pdf') => void) | undefined;
  /** Opens the authoring workbench. */
  /** Absent where the dataset on screen cannot become a draft (a static corpus is only partly fetched). */
  readonly onAuthor?: (() => void) | undefined;
}

const FORMATS = [
  ['riwayat', 'dataset.exportRiwayat'],
  ['csv', 'dataset.exportCsv'],
  ['timelinejs-ar', 'dataset.exportTimelineAr'],
  ['timelinejs-en', 'dataset.exportTimelineEn'],
] as const;

/** Open a dataset (file picker; dropping a file anywhere works too), go back to the bundled one, export. */
export function DatasetMenu({
  name,
  isBundled,
  onOpenFile,
  onOpenUrl,
  onBundled,
  onExport,
  onDeck,
  onAuthor,
}: DatasetMenuProps): React.JSX.Element {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const menu = useMenu();
  const done = menu.close;
  const [url, setUrl] = useState('');
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
        {onOpenUrl !== undefined && (
          <fieldset className="dataset-url">
            <legend>{t('corpus.openUrl')}</legend>
            <label>
              <span className="visually-hidden">{t('corpus.urlLabel')}</span>
              <input
                type="url"
                dir="ltr"
                value={url}
                placeholder="…/corpus/"
                title={t('corpus.urlLabel')}
                onChange={(e) => setUrl(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && url.trim() !== '') {
                    e.preventDefault();
                    done();
                    onOpenUrl(url.trim());
                  }
                }}
              />
            </label>
            <button
              type="button"
              disabled={url.trim() === ''}
              onClick={() => {
                done();
                onOpenUrl(url.trim());
              }}
            >
              {t('corpus.urlOpen')}
            </button>
          </fieldset>
        )}
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
          {onExport === undefined ? (
            <p className="dataset-hint">{t('dataset.exportCorpus')}</p>
          ) : (
            FORMATS.map(([format, label]) => (
              <button
                key={format}
                type="button"
                onClick={() => {
                  done();
                  onExport(format);
                }}
              >
                {t(label)}
              </button>
            ))
          )}
        </fieldset>
        {onDeck !== undefined && (
          <fieldset>
            <legend>{t('deck.heading')}</legend>
            {(['pptx', 'pdf'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() => {
                  done();
                  onDeck(format);
                }}
              >
                {t(`deck.${format}`)}
              </button>
            ))}
          </fieldset>
        )}
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
