import { useT } from '../../i18n';

/**
 * Says, for as long as it is on screen, that the dataset was fetched from another site: a link can
 * point Riwayat at anyone's file, and its "exact quotes" are then that site's, not Riwayat's corpus.
 */
export function ForeignData({ host }: { readonly host: string }): React.JSX.Element {
  const { t } = useT();
  return (
    <p className="foreign-data" role="note">
      <strong>{t('dataset.foreign.lead')}</strong>{' '}
      <bdi dir="ltr" className="foreign-host">
        {host}
      </bdi>{' '}
      {t('dataset.foreign.tail')}
    </p>
  );
}
