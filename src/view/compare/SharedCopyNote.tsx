import { type SharedOrigin, type Source } from '../../domain';
import { formatList, useT } from '../../i18n';
import { FoldToggle } from './FoldToggle';
import { useMentionName } from './mention';

export interface SharedCopyNoteProps {
  readonly shared: readonly SharedOrigin[];
  /** Sources whose account rests on a report the text does not reveal: never counted as independent. */
  readonly unknown?: readonly Source[];
  /** Whether a claims table follows, where the group counts as one origin. */
  readonly claimsFollow?: boolean;
  /** At a desk: folded to its first line, and the way to open it (the user's choice). */
  readonly fold?: { readonly folded: boolean; readonly onToggle: () => void } | undefined;
}

/** Says which sources of an event carry one report's wording, and that they count once. */
export function SharedCopyNote({
  shared,
  unknown = [],
  claimsFollow = true,
  fold,
}: SharedCopyNoteProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const mentionName = useMentionName();
  if (shared.length === 0 && unknown.length === 0) return null;
  return (
    <div
      className="shared-copy"
      id="shared-copy"
      role="note"
      aria-label={t('shared.heading')}
      data-folded={fold?.folded === true || undefined}
    >
      {/* Folded, the first line shows (cut with an ellipsis) and the rest waits behind "Show". */}
      {fold !== undefined && (
        <FoldToggle
          folded={fold.folded}
          what={t('shared.heading')}
          controls="shared-copy"
          onToggle={fold.onToggle}
        />
      )}
      {shared.map((g) => (
        <p key={g.origin} data-origin={g.origin}>
          <bdi>
            {t(g.sources.length === 2 ? 'shared.two' : 'shared.many', {
              names: formatList(g.sources.map(mentionName), lang, display),
              origin: g.name[lang],
            })}
          </bdi>{' '}
          <span className="badge badge-derived">{t(`shared.${g.basis}`)}</span>
        </p>
      ))}
      {claimsFollow && shared.length > 0 && <p className="shared-copy-count">{t('shared.countedOnce')}</p>}
      {unknown.length > 0 && (
        <p className="shared-copy-unknown">
          <bdi>
            {t('shared.unknown', {
              count: unknown.length,
              names: formatList(unknown.map(mentionName), lang, display),
            })}
          </bdi>
        </p>
      )}
    </div>
  );
}
