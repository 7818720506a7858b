import { useMemo } from 'react';
import { eventFromDate, newEventWithQuote, sentenceAround } from '../../author';
import { formatPartialDate, useT } from '../../i18n';
import { articleDates } from './analysis';
import { ArabicQuote } from './ArabicQuote';
import type { ArticleToolProps } from './props';

/**
 * The date expressions the resolver finds in the article, each with its value and reason, and a button
 * that makes an event from it: date, precision, basis and a drafted note filled in (all editable
 * after), and the sentence holding the expression as its first quote.
 */
export function DateList({ source, draft, onEvent, dispatch }: ArticleToolProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const dates = useMemo(() => articleDates(source.text, source.published), [source.text, source.published]);
  return (
    <section className="author-dates" aria-labelledby={`dates-${source.id}`}>
      <h3 id={`dates-${source.id}`}>{t('author.dates', { count: dates.length })}</h3>
      <ul>
        {dates.map((e) => {
          const fields = eventFromDate(e, source);
          return (
            <li key={e.start}>
              <ArabicQuote text={e.text} /> →{' '}
              <strong>
                {e.value === null
                  ? t('author.noDate')
                  : e.value
                      .split('/')
                      .map((v) => formatPartialDate(v, lang, display))
                      .join(' – ')}
              </strong>
              <span className="author-date-note">{e.note[lang]}</span>
              <button
                type="button"
                disabled={fields === null}
                onClick={() => {
                  if (fields === null) return;
                  const { id, command } = newEventWithQuote(
                    draft,
                    source.id,
                    fields,
                    sentenceAround(source.text, e),
                  );
                  dispatch(command);
                  onEvent(id);
                }}
              >
                {t('author.eventFromDate')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
