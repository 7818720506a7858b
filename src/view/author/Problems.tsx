import { describePath, type Draft, type Problem } from '../../author';
import { useT } from '../../i18n';

/** The live check's problems, by place; choosing one opens the article or event it is in. */
export function Problems({
  draft,
  problems,
  omitted,
  warnings,
  checking,
  onGo,
}: {
  readonly draft: Draft;
  readonly problems: readonly Problem[];
  readonly omitted: number;
  /** Shown apart, and not counted as problems: they do not stop an export. */
  readonly warnings: readonly Problem[];
  readonly checking: boolean;
  readonly onGo: (place: { kind: 'source' | 'event'; id: string }) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const total = problems.length + omitted;
  const item = (p: Problem, i: number): React.JSX.Element => {
    const { place, rest } = describePath(draft, p.path);
    const label = (
      <>
        {place !== null && (
          <strong>
            {t(place.kind === 'source' ? 'author.problemArticle' : 'author.problemEvent')}{' '}
            <bdi>{place.id}</bdi>
          </strong>
        )}{' '}
        {rest !== '' && <code dir="ltr">{rest}</code>}{' '}
        {t(`problems.${p.code}` as 'problems.type', { defaultValue: t('problems.other') })}
        {lang === 'en' && (
          <>
            {' '}
            <span className="problem-detail">({p.message})</span>
          </>
        )}
      </>
    );
    return (
      <li key={i}>
        {place === null ? (
          label
        ) : (
          <button type="button" className="link" onClick={() => onGo(place)}>
            {label}
          </button>
        )}
        {/* The check's own words are English: in another interface they fold away, marked as such (#24 D11). */}
        {lang !== 'en' && (
          <details className="problem-detail">
            <summary>{t('workbench.detailInEnglish')}</summary>
            <span lang="en" dir="ltr">
              {p.message}
            </span>
          </details>
        )}
      </li>
    );
  };
  return (
    <section className="author-problems" aria-labelledby="author-problems-h" aria-busy={checking}>
      <h2 id="author-problems-h">{t('author.problems', { count: total })}</h2>
      {total === 0 && !checking && <p>{t('author.noProblems')}</p>}
      <ul>{problems.slice(0, 200).map(item)}</ul>
      {warnings.length > 0 && (
        <>
          <h3>{t('workbench.warnings', { count: warnings.length })}</h3>
          <ul className="author-warnings">{warnings.slice(0, 200).map(item)}</ul>
        </>
      )}
    </section>
  );
}
