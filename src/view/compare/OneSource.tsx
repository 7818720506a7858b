import type { Coverage, OutletCoverage } from '../../domain';
import { listComma, useT } from '../../i18n';

/**
 * An event that one source tells, in plain words where several would get the coverage at a glance
 * (`CoverageStrip`): that it is the only one, and who its report comes from, with what the dataset
 * knows of them from outside the articles said as such ("Its report comes from Reuters: UK, private
 * news agency (outside knowledge, not from the article)"), not a count of one and a starred key.
 */
export function OneSource({
  coverage,
  outlets,
}: {
  readonly coverage: Coverage;
  readonly outlets: OutletCoverage;
}): React.JSX.Element {
  const { t, lang } = useT();
  const share = outlets.shares.length === 1 ? outlets.shares[0] : undefined;
  const name = share?.names.length === 1 ? share.names[0] : undefined;
  return (
    <div className="coverage-strip one-source-line" role="group" aria-label={t('coverage.label')}>
      <p className="coverage-line">{t(coverage.unknown > 0 ? 'coverage.oneUnknown' : 'coverage.one')}</p>
      {share !== undefined && name !== undefined && (
        <p className="coverage-outlets">
          {t('coverage.oneFrom')} <bdi>{name[lang]}</bdi>
          {': '}
          <bdi>{share.country[lang]}</bdi>
          {listComma(lang)}
          <bdi>{share.kind[lang]}</bdi> ({t('source.outside')})
        </p>
      )}
    </div>
  );
}
