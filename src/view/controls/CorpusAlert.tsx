import { useT } from '../../i18n';

export interface CorpusProblemView {
  /** The file and block (or row group) it concerns, as the corpus names it. */
  readonly place: string;
  readonly code: string;
  readonly message: string;
}

const CODES = new Set([
  'checksum',
  'fetch',
  'format',
  'invalid',
  'timeout',
  'too-large',
  'too-slow',
  'insecure',
  'no-range',
]);

/**
 * Blocks of an open corpus that could not be used, each with its place (file, row group or block) in
 * the interface language and the reader's own wording beside it. The rest of the corpus stays open.
 */
export function CorpusAlert({
  problems,
  onDismiss,
}: {
  problems: readonly CorpusProblemView[];
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useT();
  return (
    <div className="load-alert corpus-alert" role="alert">
      <div className="load-alert-head">
        <h2>{t('corpus.problemTitle')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('corpus.dismiss')}
          title={t('corpus.dismiss')}
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
      <p>{t('corpus.problemKept')}</p>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            {t('corpus.problemIn')}
            <code dir="ltr">{p.place}</code>
            {': '}
            {CODES.has(p.code) ? t(`corpus.problem.${p.code as 'checksum'}`) : t('problems.other')}{' '}
            <span lang="en" dir="ltr" className="problem-detail">
              ({p.message})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
