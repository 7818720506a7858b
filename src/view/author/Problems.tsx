import { describePath, tellSources, type Draft, type Problem, type ProblemPlace } from '../../author';
import { useT } from '../../i18n';

/** A place's name as a reader knows it: the outlet, the event's title, the entity's name (else its id). */
function placeName(d: Draft, p: ProblemPlace, lang: 'ar' | 'en'): string {
  const other = lang === 'ar' ? 'en' : 'ar';
  const named =
    p.kind === 'source'
      ? d.sources.find((s) => s.id === p.id)?.outlet
      : p.kind === 'event'
        ? d.events.find((e) => e.id === p.id)?.title
        : d.entities.find((e) => e.id === p.id)?.name;
  return named?.[lang] || named?.[other] || p.id;
}

const PLACE_WORD = {
  source: 'author.problemArticle',
  event: 'author.problemEvent',
  entity: 'author.problemEntity',
} as const;

/**
 * The live check's problems, in words, by place (the outlet, the event's title, the entity's name);
 * choosing one opens the article, event or entity it is in.
 */
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
  readonly onGo: (place: ProblemPlace) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const total = problems.length + omitted;
  const item = (p: Problem, i: number): React.JSX.Element => {
    const { place, rest, field, lang: fieldLang, value } = describePath(draft, p.path);
    const fieldWords = field === null ? undefined : t(`author.problemField.${field}`);
    const label = (
      <>
        {place !== null && (
          <strong>
            {t(PLACE_WORD[place.kind])} <bdi>{placeName(draft, place, lang)}</bdi>
          </strong>
        )}{' '}
        {place === null || !fieldWords ? (
          rest !== '' && <code dir="ltr">{rest}</code>
        ) : (
          <>
            {fieldWords}
            {fieldLang !== null && <> ({t(`author.problemIn.${fieldLang}`)})</>}:
          </>
        )}{' '}
        {value !== null && p.code === 'dangling-reference'
          ? t('author.aliasNowhere', { alias: value })
          : t(`problems.${p.code}` as 'problems.type', { defaultValue: t('problems.other') })}
        {lang === 'en' && (
          <>
            {' '}
            <span className="problem-detail">({tellSources(draft, p.message)})</span>
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
              {tellSources(draft, p.message)}
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
