import { useT } from '../../i18n';

/** A problem as the data layer reports it: where, a code, and a message in English. */
export interface ProblemView {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface LoadAlertProps {
  readonly name: string;
  readonly problems: readonly ProblemView[];
  /** Problems found beyond those listed (the check keeps the first 1,000). */
  readonly omitted?: number;
  /** Whether a dataset stays on screen (false when this was the first load). */
  readonly kept?: boolean;
  readonly onDismiss: () => void;
}

/** Problems whose English explanation has an Arabic one (the others' details are the validator's). */
const explained = new Set(['unsupported-format', 'corpus-insecure']);

/**
 * Why a dataset was refused: every problem with its JSON path, in the interface language, with the
 * validator's own wording beside it. The dataset on screen is untouched.
 */
export function LoadAlert({
  name,
  problems,
  omitted = 0,
  kept = true,
  onDismiss,
}: LoadAlertProps): React.JSX.Element {
  const { t, lang } = useT();
  const shown = problems.slice(0, 100);
  const total = problems.length + omitted;
  return (
    <div className="load-alert" role="alert">
      <div className="load-alert-head">
        <h2>{t('dataset.refused', { name })}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('dataset.dismiss')}
          title={t('dataset.dismiss')}
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
      <p>
        {t('app.problemCount', { count: total })} {kept ? t('dataset.kept') : t('dataset.keptNone')}
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            {p.path === '$' ? t('dataset.wholeFile') : <code dir="ltr">{p.path}</code>} —{' '}
            {t(`problems.${p.code}` as 'problems.type', { defaultValue: t('problems.other') })}{' '}
            {lang === 'ar' && explained.has(p.code) ? (
              <span className="problem-detail">
                ({t(`problemsExplained.${p.code as 'unsupported-format' | 'corpus-insecure'}`)})
              </span>
            ) : (
              <span className="problem-detail" lang="en" dir="ltr">
                ({p.message})
              </span>
            )}
          </li>
        ))}
      </ul>
      {total > shown.length && <p>{t('dataset.more', { count: total - shown.length })}</p>}
    </div>
  );
}
