import { chainGroups, type ChainLink } from '../../domain';
import { useT, listComma, partSeparator } from '../../i18n';

/**
 * A source's identity line: "Rests on: Alhurra [US · government-funded*] (credited) · Reuters
 * [UK · private agency*], AFP […] (through Alhurra, inferred, in part)". The chips are the dataset's
 * outside knowledge of each agency or outlet, starred and said to be so; an origin the dataset does
 * not describe has none. Every name and chip is the dataset's text, isolated in its own direction.
 */
export function SourceChain({ chain }: { readonly chain: readonly ChainLink[] }): React.JSX.Element {
  const { t, lang } = useT();
  const comma = listComma(lang);
  // A middle dot beside Arabic-Indic digits reads as a zero: Arabic joins with a dash and a comma.
  const between = partSeparator(lang);
  const within = lang === 'ar' ? comma : between;
  const outside = chain.some((c) => c.identity !== undefined);
  return (
    <div className="source-chain">
      <span className="chain-label">{t('source.restsOn')}:</span>{' '}
      <ul className="chain-links" aria-label={t('source.restsOn')}>
        {chainGroups(chain).map((group, g) => {
          const [first] = group;
          if (first === undefined) return null;
          return (
            <li key={first.origin} className="chain-link">
              {g > 0 && <span aria-hidden="true">{between}</span>}
              {group.map((c, i) => (
                <span key={c.origin} className="chain-report" data-origin={c.origin}>
                  {i > 0 && comma}
                  <bdi className="chain-name">{c.name[lang]}</bdi>
                  {c.identity !== undefined && (
                    <>
                      {/* Its gap is the chip's margin, not a space: where the chip is hidden (a phone),
                          no space is left before the comma after it. */}
                      <span className="outlet-chip" data-outlet={c.origin} title={c.identity.note[lang]}>
                        <span className="visually-hidden"> {t('source.outside')}: </span>
                        <bdi>{c.identity.country[lang]}</bdi>
                        {within}
                        <bdi>{c.identity.kind[lang]}</bdi>
                        <span aria-hidden="true">*</span>
                      </span>
                    </>
                  )}
                </span>
              ))}
              <span className="chain-how">
                {' '}
                (
                {first.via !== undefined && (
                  <>
                    {t('source.provVia', { name: first.via[lang] })}
                    {comma}
                  </>
                )}
                {t(first.basis === 'credited' ? 'source.chainCredited' : 'source.chainInferred')}
                {first.part && (
                  <>
                    {comma}
                    {t('source.provPart')}
                  </>
                )}
                )
              </span>
            </li>
          );
        })}
      </ul>
      {outside && (
        <span className="chain-key" aria-hidden="true">
          {t('source.outsideKey')}
        </span>
      )}
    </div>
  );
}
