import { Fragment } from 'react';
import { missingAddresses, type Source } from '../../domain';
import { listSeparators, useT } from '../../i18n';
import { SourceName } from './SourceName';

/**
 * Where the originals are, said once for the event under its sources' cards: that no address is
 * recorded for them (each card then shows the article's full text), or which ones lack one. A source
 * with an address gives it as a link on its own card.
 */
export function AddressNote({ sources }: { readonly sources: readonly Source[] }): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const { all, without } = missingAddresses(sources);
  if (without.length === 0) return null;
  if (all) return <p className="address-note">{t('accounts.noAddress', { count: sources.length })}</p>;
  const between = listSeparators(without.length, lang, display);
  return (
    <p className="address-note">
      {t('accounts.noAddressFor')}{' '}
      {without.map((s, i) => (
        <Fragment key={s.id}>
          {between[i - 1]}
          <SourceName source={s} />
        </Fragment>
      ))}
    </p>
  );
}
