import { Fragment } from 'react';
import type { Coverage, OutletCoverage, Source } from '../../domain';
import { formatList, listSeparators, partSeparator, useT, listComma } from '../../i18n';
import { SourceName } from './SourceName';
import { originsText } from './support-text';

/**
 * The event's coverage at a glance (UX review 6, S2 #2, the "coverage at a glance" of a news
 * aggregator): how many sources tell it and how many independent origins that comes to (in the words
 * of a claim's row, and naming the sources whose origin for this event is unknown), then the
 * sources by the country and ownership of the report each rests on first. Those are the dataset's
 * outside knowledge, starred and keyed as in the sources' lines; each count is said in words.
 */
export function CoverageStrip({
  coverage,
  outlets,
  unknown = [],
  onSource,
}: {
  readonly coverage: Coverage;
  readonly outlets: OutletCoverage;
  /** The sources that do not say where their account comes from: named, each a way to its words. */
  readonly unknown?: readonly Source[];
  readonly onSource?: (id: string) => void;
}): React.JSX.Element {
  const { t, lang, display } = useT();
  const comma = listComma(lang);
  const between = partSeparator(lang);
  return (
    <div className="coverage-strip" role="group" aria-label={t('coverage.label')}>
      {/* In a claim's row's words ("3 sources, 1 or 2 independent origins (…)"): one count, one vocabulary. */}
      <p className="coverage-line">
        {t('claims.support', {
          outlets: t('coverage.sources', { count: coverage.sources }),
          origins: originsText(t, coverage.atLeast, coverage.independent + coverage.unknown),
        })}
        {coverage.unknown > 0 && (
          <>
            {' ('}
            {t('coverage.unknown', { count: coverage.unknown })}
            {unknown.length > 0 && (
              <>
                {': '}
                {unknown.map((s, i) => (
                  <Fragment key={s.id}>
                    {listSeparators(unknown.length, lang, display)[i - 1]}
                    {onSource === undefined ? (
                      <SourceName source={s} />
                    ) : (
                      <button
                        type="button"
                        className="link-button coverage-source"
                        onClick={() => onSource(s.id)}
                      >
                        <SourceName source={s} />
                      </button>
                    )}
                  </Fragment>
                ))}
              </>
            )}
            {')'}
          </>
        )}
        {coverage.repeats > 0 && (
          <>
            {between}
            {t('coverage.repeats', { count: coverage.repeats })}
          </>
        )}
      </p>
      {outlets.shares.length > 0 && (
        <p className="coverage-outlets">
          <span className="coverage-by">{t('coverage.by')}</span>{' '}
          {outlets.shares.map((s, i) => (
            <span key={`${s.country.en}|${s.kind.en}`} className="coverage-share">
              {i > 0 && <span aria-hidden="true">{between}</span>}
              <span className="visually-hidden">{t('source.outside')}: </span>
              <bdi>{s.country[lang]}</bdi>
              {comma}
              <bdi>{s.kind[lang]}</bdi>
              <span aria-hidden="true">*</span>{' '}
              {/* Counted where more than one source rests there: two short lines at most. */}
              {s.sources > 1 && (
                <span
                  className="coverage-count"
                  title={formatList(
                    s.names.map((n) => n[lang]),
                    lang,
                    display,
                  )}
                >
                  ({t('coverage.sources', { count: s.sources })})
                </span>
              )}
            </span>
          ))}
          {outlets.undescribed > 0 && (
            <span className="coverage-share">
              <span aria-hidden="true">{between}</span>
              {t('coverage.undescribed', { count: outlets.undescribed })}
            </span>
          )}{' '}
          <span className="chain-key" aria-hidden="true">
            {t('source.outsideKey')}
          </span>
        </p>
      )}
    </div>
  );
}
