import { diffWords, type DiffPart } from '../../domain';
import { formatNumber, useT } from '../../i18n';
import { Translation } from './Translation';

/** The original text with the words the other telling lacks marked (`<del>` or `<ins>`). */
function Marked({
  text,
  parts,
  kind,
}: {
  text: string;
  parts: readonly DiffPart[];
  kind: 'del' | 'ins';
}): React.JSX.Element {
  const out: React.ReactNode[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    const first = part.tokens[0];
    const last = part.tokens[part.tokens.length - 1];
    if (first === undefined || last === undefined) return;
    if (first.start > at) out.push(text.slice(at, first.start));
    const run = text.slice(first.start, last.end);
    if (part.op === 'same') out.push(run);
    else if (kind === 'del') out.push(<del key={i}>{run}</del>);
    else out.push(<ins key={i}>{run}</ins>);
    at = last.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

export interface DiffSide {
  readonly name: string;
  readonly text: string;
  /** The English renderings of the quotes that make up `text`, in order. */
  readonly en?: readonly string[];
}

export interface WordDiffViewProps {
  readonly a: DiffSide;
  readonly b: DiffSide;
}

/**
 * Two sources' words for one claim, side by side, with the differences marked. Arabic is compared after
 * folding letter variants and diacritics; what is shown is the original text. In English both sides'
 * renderings follow, marked as ours: the comparison itself is always of the Arabic.
 */
export function WordDiffView({ a, b }: WordDiffViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const d = diffWords(a.text, b.text);
  const percent = `${formatNumber(Math.round(d.similarity * 100), lang, display)}${lang === 'ar' ? '٪' : '%'}`;
  return (
    <div className="word-diff">
      <p className="diff-summary">{t('diff.shared', { percent })}</p>
      <div className="diff-columns">
        <div className="diff-side">
          <p className="diff-name">
            <bdi>{a.name}</bdi>{' '}
            <span className="diff-key del-key">{t('diff.removed', { name: a.name })}</span>
          </p>
          <p lang="ar" dir="rtl" className="diff-text">
            <Marked text={a.text} parts={d.a} kind="del" />
          </p>
        </div>
        <div className="diff-side">
          <p className="diff-name">
            <bdi>{b.name}</bdi> <span className="diff-key ins-key">{t('diff.added', { name: b.name })}</span>
          </p>
          <p lang="ar" dir="rtl" className="diff-text">
            <Marked text={b.text} parts={d.b} kind="ins" />
          </p>
        </div>
      </div>
      {lang === 'en' && ((a.en?.length ?? 0) > 0 || (b.en?.length ?? 0) > 0) && (
        <div className="diff-translations">
          <p className="diff-translations-note">{t('diff.translations')}</p>
          <div className="diff-columns">
            {[a, b].map((side, i) => (
              <div className="diff-side" key={i}>
                <p className="diff-name">
                  <bdi>{side.name}</bdi>
                </p>
                {side.en?.map((en, k) => (
                  <Translation key={k} text={en} />
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
