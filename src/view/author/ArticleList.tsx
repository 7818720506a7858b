import { draftOutlet, type Source } from '../../domain';
import { useId, useState } from 'react';
import { ARTICLE_MAX_CHARS, normaliseArticle, type Command, type Draft } from '../../author';
import { useT } from '../../i18n';

/** Reads a dropped or chosen file as UTF-8 text; invalid UTF-8 is refused, never replaced. */
async function readText(file: File): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/** The draft's articles (choose one to work on) and a way to add one: paste, choose or drop a .txt. */
export function ArticleList({
  draft,
  current,
  onSelect,
  dispatch,
}: {
  readonly draft: Draft;
  readonly current: string | null;
  readonly onSelect: (id: string) => void;
  readonly dispatch: (c: Command) => void;
}): React.JSX.Element {
  const { t } = useT();
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pasteId = useId();
  const fileId = useId();
  /** Why `text` cannot be added (too long), or null. */
  const tooLong = (text: string): string | null => {
    const length = normaliseArticle(text).length;
    return length > ARTICLE_MAX_CHARS ? t('author.tooLong', { length, max: ARTICLE_MAX_CHARS }) : null;
  };
  const add = (text: string): boolean => {
    const refusal = tooLong(text);
    setError(refusal);
    if (refusal === null) dispatch({ type: 'add-article', text });
    return refusal === null;
  };
  const addFile = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    // A file that cannot fit (4 bytes a character at most) is not even read.
    if (file.size > 4 * ARTICLE_MAX_CHARS) {
      setError(t('author.tooLongFile', { name: file.name, max: ARTICLE_MAX_CHARS }));
      return;
    }
    const text = await readText(file);
    if (text === null) setError(t('author.notUtf8', { name: file.name }));
    else void add(text);
  };
  return (
    <section className="author-articles" aria-labelledby={`${pasteId}-h`}>
      <h2 id={`${pasteId}-h`}>{t('author.articles')}</h2>
      <ul>
        {draft.sources.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={s.id === current ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <bdi>{s.id}</bdi>
              <span className="author-article-outlet">
                {/* The outlet in the interface's language, else in the other one, marked as such. */}
                <OutletName source={s} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <details className="author-add">
        <summary>{t('author.addArticle')}</summary>
        <label htmlFor={pasteId}>{t('author.paste')}</label>
        <textarea
          id={pasteId}
          lang="ar"
          dir="rtl"
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          onPaste={(e) => {
            // A text too long is refused before it fills the box.
            const refusal = tooLong(e.clipboardData.getData('text/plain'));
            setError(refusal);
            if (refusal !== null) e.preventDefault();
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (file === undefined) return;
            e.preventDefault();
            e.stopPropagation();
            void addFile(file);
          }}
        />
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            if (add(pasted)) setPasted('');
          }}
        >
          {t('author.addPasted')}
        </button>
        <label htmlFor={fileId}>{t('author.chooseFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            void addFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {error !== null && <p role="alert">{error}</p>}
      </details>
    </section>
  );
}

/** The outlet in the interface's language, else in the other one, marked as such (`draftOutlet`). */
function OutletName({ source }: { readonly source: Pick<Source, 'outlet'> }): React.JSX.Element {
  const { t, lang } = useT();
  const named = draftOutlet(source, lang);
  if (named === null) return <>{t('author.noOutlet')}</>;
  return named.lang === lang ? <bdi>{named.text}</bdi> : <bdi lang={named.lang}>{named.text}</bdi>;
}
