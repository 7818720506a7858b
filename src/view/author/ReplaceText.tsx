import { useId, useState } from 'react';
import {
  ARTICLE_MAX_CHARS,
  normaliseArticle,
  replaceArticleText,
  type Command,
  type Draft,
} from '../../author';
import { draftName, type SourceWithText } from '../../domain';
import { useT } from '../../i18n';

/**
 * A re-fetched copy of the article in place of its text: every span is placed again in the new text
 * (exactly, or approximately with its score), and when one cannot be, nothing is replaced and the
 * spans are named. The text it replaced is said to be gone, with "Undo" beside it (`onReplace`).
 */
export function ReplaceText({
  source,
  draft,
  onReplace,
}: {
  readonly source: SourceWithText;
  readonly draft: Draft;
  /** Runs the replacement and says what it took away (the earlier text), with the way back. */
  readonly onReplace: (c: Command, what: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<string[] | null>(null);
  const replace = (): void => {
    const length = normaliseArticle(text).length;
    if (length > ARTICLE_MAX_CHARS) {
      setOutcome([t('author.tooLong', { length, max: ARTICLE_MAX_CHARS })]);
      return;
    }
    const { draft: next, report } = replaceArticleText(draft, source.id, text);
    if (next === null) {
      setOutcome([
        t('author.replaceRefused', { count: report.unplaced.length }),
        ...report.unplaced.map((u) => `${u.path}: «${u.text.slice(0, 60)}»`),
      ]);
      return;
    }
    const approximate = report.moved.filter((m) => m.how === 'approximate').length;
    onReplace(
      { type: 'replace-article-text', source: source.id, text },
      t('workbench.whatText', {
        name: draftName(source, lang),
      }),
    );
    setText('');
    setOutcome([t('author.replaced', { count: report.moved.length, approximate })]);
  };
  return (
    <details className="author-replace">
      <summary>{t('author.replaceText')}</summary>
      <label htmlFor={id}>{t('author.replaceLabel')}</label>
      <textarea id={id} lang="ar" dir="rtl" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={text.trim() === ''} onClick={replace}>
        {t('author.replaceButton')}
      </button>
      {outcome !== null && (
        <ul role="status" className="author-replace-outcome">
          {outcome.map((line, i) => (
            <li key={i} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
