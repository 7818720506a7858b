import type { KeptDraft } from '../../author';
import { formatInstant, joinParts, listComma, useT } from '../../i18n';
import { ModalDialog } from '../controls/ModalDialog';

/**
 * The drafts kept aside in this browser, newest first: when and why each was kept, its title and how
 * much it holds, and a button that opens it in place of the current draft (one step of undo).
 */
export function KeptDrafts({
  kept,
  onRestore,
  onClose,
}: {
  readonly kept: readonly KeptDraft[];
  readonly onRestore: (key: string) => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t, lang, display } = useT();
  return (
    <ModalDialog
      className="author-confirm author-kept"
      titleId="author-kept-title"
      title={t('author.keptTitle')}
      subtitle={null}
      closeLabel={t('author.cancel')}
      onClose={onClose}
    >
      <div className="author-confirm-body">
        <p>{t('author.keptBody')}</p>
        <ul className="author-kept-list">
          {kept.map((k) => {
            const title = k.title[lang] || k.title[lang === 'ar' ? 'en' : 'ar'];
            const when = formatInstant(k.at, lang, display, {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              timeZoneName: 'short',
            });
            return (
              <li key={k.key}>
                <p className="author-kept-name" dir="auto">
                  <bdi>{title}</bdi>
                </p>
                <p>
                  {joinParts(
                    [
                      t(`author.keptWhy.${k.reason}`),
                      when,
                      [
                        t('author.keptArticles', { count: k.articles }),
                        t('author.keptEvents', { count: k.events }),
                        t('author.keptQuotes', { count: k.quotes }),
                      ].join(listComma(lang)),
                    ],
                    lang,
                  )}
                </p>
                <button type="button" onClick={() => onRestore(k.key)}>
                  {t('author.keptRestore')}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </ModalDialog>
  );
}
