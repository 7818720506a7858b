import { useEffect, useRef } from 'react';
import { segmentArticle, type Mark, type Segment, type SourceWithText, type Span } from '../../domain';
import { formatPartialDate, useT } from '../../i18n';

export interface ArticleReaderProps {
  readonly source: SourceWithText;
  /** The passage to highlight and scroll to. */
  readonly current: Span;
  /** Every passage of this article that the dataset quotes. */
  readonly quoted: readonly Span[];
  readonly onClose: () => void;
}

/**
 * The whole article in a modal dialog, with the chosen quote highlighted and in view, the other quoted
 * passages marked and the parts outside the story dimmed. Escape closes it (the dialog's own
 * behaviour); the caller returns focus to what opened it.
 */
export function ArticleReader({ source, current, quoted, onClose }: ArticleReaderProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const closing = useRef(onClose);
  closing.current = onClose;

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (!d.open) d.showModal?.();
    mark.current?.scrollIntoView?.({ block: 'center' });
    const onDialogClose = (): void => closing.current();
    d.addEventListener('close', onDialogClose);
    return () => d.removeEventListener('close', onDialogClose);
  }, [current.start, current.end]);

  const spans: (Span & { mark: Mark })[] = [
    ...source.outOfScope.map((o) => ({ start: o.start, end: o.end, mark: 'out-of-scope' as const })),
    ...quoted.map((q) => ({ start: q.start, end: q.end, mark: 'quoted' as const })),
    { start: current.start, end: current.end, mark: 'current' },
  ];
  const segments = segmentArticle(source.text, spans);
  const classOf = (s: Segment): string =>
    [...s.marks]
      .filter((m) => m !== 'current')
      .map((m) => (m === 'quoted' ? 'seg-quoted' : 'seg-out'))
      .join(' ');
  const piece = (s: Segment): React.ReactNode => {
    const c = classOf(s);
    return c === '' ? (
      <span key={s.start}>{s.text}</span>
    ) : (
      <span key={s.start} className={c}>
        {s.text}
      </span>
    );
  };
  // The chosen passage is one <mark>, however many other passages' edges fall inside it.
  const body: React.ReactNode[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    if (!s.marks.has('current')) {
      body.push(piece(s));
      continue;
    }
    const run: Segment[] = [];
    while (i < segments.length && segments[i]?.marks.has('current') === true)
      run.push(segments[i++] as Segment);
    i--;
    body.push(
      <mark
        key={s.start}
        ref={mark}
        className="seg-current"
        data-start={s.start}
        data-end={run[run.length - 1]?.end}
      >
        {run.map(piece)}
      </mark>,
    );
  }
  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <div>
          <h2 id="reader-title">
            <bdi>{source.outlet[lang]}</bdi>
          </h2>
          <p className="reader-sub">
            {t('reader.title')}
            {source.published !== null && <> · {formatPartialDate(source.published, lang, display)}</>}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('reader.close')}
          title={t('reader.close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      <p className="reader-legend">
        <mark className="seg-current">{t('reader.current')}</mark>{' '}
        <mark className="seg-quoted">{t('reader.quoted')}</mark>{' '}
        <span className="seg-out">{t('reader.outOfScope')}</span>
      </p>
      <div className="reader-text" lang="ar" dir="rtl">
        {body}
      </div>
    </dialog>
  );
}
