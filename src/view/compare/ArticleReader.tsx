import { SourceName } from './SourceName';
import { useRef } from 'react';
import { ModalDialog } from '../controls/ModalDialog';
import { segmentArticle, type Mark, type Segment, type SourceWithText, type Span } from '../../domain';
import { formatPartialDate, partSeparator, useT } from '../../i18n';
import { Translation } from './Translation';

export interface ArticleReaderProps {
  readonly source: SourceWithText;
  /** The passage to highlight and scroll to. */
  readonly current: Span;
  /** The passages of this article that the dataset quotes for other events. */
  readonly quoted: readonly Span[];
  /** The chosen passage's English rendering, shown under it in the English interface. */
  readonly translation?: string;
  readonly onClose: () => void;
}

/**
 * The whole article in a modal dialog, with the chosen quote highlighted and in view (in English with
 * its rendering under it: the article itself has none), the passages quoted for other events marked
 * and the parts outside the story dimmed. Escape closes it (the dialog's own
 * behaviour); the caller returns focus to what opened it.
 */
export function ArticleReader({
  source,
  current,
  quoted,
  translation,
  onClose,
}: ArticleReaderProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const mark = useRef<HTMLElement>(null);

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
    if (lang === 'en' && translation !== undefined)
      body.push(<Translation key="translation" text={translation} className="reader-translation" />);
  }
  return (
    <ModalDialog
      className="reader"
      titleId="reader-title"
      title={<SourceName source={source} />}
      subtitle={
        <>
          {t('reader.title')}
          {source.published !== null && (
            <>
              {partSeparator(lang)}
              {formatPartialDate(source.published, lang, display)}
            </>
          )}
        </>
      }
      closeLabel={t('reader.close')}
      onClose={onClose}
      onShown={() => mark.current?.scrollIntoView?.({ block: 'center' })}
      focusKey={`${current.start}-${current.end}`}
    >
      <p className="reader-legend">
        <mark className="seg-current">{t('reader.current')}</mark>{' '}
        <mark className="seg-quoted">{t('reader.quoted')}</mark>{' '}
        <span className="seg-out">{t('reader.outOfScope')}</span>
      </p>
      {lang === 'en' && <p className="reader-note">{t('reader.arabicOnly')}</p>}
      <div className="reader-text" lang="ar" dir="rtl">
        {body}
      </div>
    </ModalDialog>
  );
}
