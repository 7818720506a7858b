import { useT } from '../../i18n';

/** What the item styles mean. */
export function Legend({ dense = false }: { readonly dense?: boolean }): React.JSX.Element {
  const { t } = useT();
  return (
    <div className="legend" aria-label={t('legend.title')} role="note">
      <span className="legend-entry">
        <span className="swatch swatch-stated" aria-hidden="true" /> {t('legend.stated')}
      </span>
      <span className="legend-entry">
        <span className="swatch swatch-derived" aria-hidden="true" /> {t('legend.inferred')}
      </span>
      <span className="legend-entry">
        <span className="swatch swatch-period" aria-hidden="true" /> {t('legend.period')}
      </span>
      {dense && (
        <span className="legend-entry legend-density">
          <span className="swatch swatch-density" aria-hidden="true" /> {t('legend.density')}
        </span>
      )}
    </div>
  );
}
