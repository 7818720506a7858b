import { chainGroups, type ChainLink } from '../../domain';
import { useT } from '../../i18n';

/**
 * What a source rests on, said in one line under its name (UX review 6, S2 #2): "Based on Alhurra
 * (US, government-funded broadcaster*), named → Reuters, AFP, not named". The first report carries
 * the dataset's outside knowledge of its outlet, starred and said to be so (the key is on "How this is
 * known"); every group says whether the article names it or it is inferred, and "→" where it came
 * through the report before it. The chips of the others, and how each is known, are in "How this is
 * known".
 */
export function SourceLine({ chain }: { readonly chain: readonly ChainLink[] }): React.JSX.Element | null {
  const { t, lang } = useT();
  const comma = lang === 'ar' ? '، ' : ', ';
  // A middle dot beside Arabic-Indic digits reads as a zero: Arabic joins with a dash.
  const between = lang === 'ar' ? ' — ' : ' · ';
  const groups = chainGroups(chain);
  if (groups.length === 0) return null;
  return (
    <span className="source-rests">
      {t('source.lineRests')}{' '}
      {groups.map((group, g) => {
        const [first] = group;
        if (first === undefined) return null;
        return (
          <span key={first.origin} className="rests-group" data-basis={first.basis}>
            {g > 0 && first.via === undefined && <span aria-hidden="true">{between}</span>}
            {g > 0 && first.via !== undefined && (
              <>
                <span aria-hidden="true"> {lang === 'ar' ? '←' : '→'} </span>
                <span className="visually-hidden">{t('source.lineThrough')} </span>
              </>
            )}
            {group.map((c, i) => (
              <span key={c.origin} data-origin={c.origin}>
                {i > 0 && comma}
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
            {comma}
            <span className="rests-basis">
              {t(first.basis === 'credited' ? 'source.chainCredited' : 'source.chainInferred')}
            </span>
          </span>
        );
      })}
    </span>
  );
}
