import { chainGroups, type ChainLink } from '../../domain';
import { listSeparators, useT, listComma } from '../../i18n';

/**
 * What a source rests on, said in one line under its name as a reader would say it (UX review 8,
 * S2-6): "based on Alhurra (US, government-funded broadcaster*), via Reuters and AFP, uncredited".
 * The first report carries the dataset's outside knowledge of its outlet, starred and said to be so
 * (the key is on "How this is known"); a group the article does not credit says so ("uncredited"),
 * and a group that came through the report before it says so ("via"). The chips of the others, and
 * how each is known, are in "How this is known". A source whose words for the event rest on none of
 * them says so: "based on Al Qahera News (…) for another part; uncredited for this event".
 */
export function SourceLine({
  chain,
  elsewhere = false,
}: {
  readonly chain: readonly ChainLink[];
  /**
   * None of the event's passages rests on a report the article credits (the coverage line says the
   * source does not say its source for this event): the line says the reports are another part's.
   */
  readonly elsewhere?: boolean;
}): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const comma = listComma(lang);
  const groups = chainGroups(chain);
  if (groups.length === 0) return null;
  return (
    <span className="source-rests">
      {t('source.lineRests')}{' '}
      {groups.map((group, g) => {
        const [first] = group;
        if (first === undefined) return null;
        const between = listSeparators(group.length, lang, display);
        return (
          <span key={first.origin} className="rests-group" data-basis={first.basis}>
            {g > 0 && (first.via === undefined ? t('source.lineAlso') : `${comma}${t('source.lineVia')}`)}
            {g > 0 && ' '}
            {group.map((c, i) => (
              <span key={c.origin} data-origin={c.origin}>
                {i > 0 && between[i - 1]}
                <bdi className="chain-name">{c.name[lang]}</bdi>
                {g === 0 && i === 0 && c.identity !== undefined && (
                  <span className="line-outlet" data-outlet={c.origin} title={c.identity.note[lang]}>
                    {' ('}
                    <span className="visually-hidden">{t('source.outside')}: </span>
                    <bdi>{c.identity.country[lang]}</bdi>
                    {comma}
                    <bdi>{c.identity.kind[lang]}</bdi>
                    <span aria-hidden="true">*</span>)
                  </span>
                )}
              </span>
            ))}
            {/* What the article credits goes without saying; what it does not is said to be so. */}
            {first.basis !== 'credited' && (
              <>
                {comma}
                <span className="rests-basis">{t('source.lineUnsaid')}</span>
              </>
            )}
          </span>
        );
      })}
      {elsewhere && (
        <>
          {' '}
          <span className="rests-elsewhere">{t('source.lineElsewhere')}</span>
        </>
      )}
    </span>
  );
}
