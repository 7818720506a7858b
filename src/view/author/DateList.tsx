import { useMemo, useRef } from 'react';
import { eventFromDate, newEventWithQuote, sentenceAround, type EventFields } from '../../author';
import { derivedReadings, type ResolvedDateExpression } from '../../domain';
import { formatPartialDate, useT } from '../../i18n';
import { articleDates } from './analysis';
import { ArabicQuote } from './ArabicQuote';
import type { ArticleToolProps } from './props';

/**
 * The date expressions the resolver finds in the article, each with its value and reason, and a button
 * that makes an event from it: date, precision, basis and a drafted note filled in (all editable
 * after), and the sentence holding the expression as its first quote. Where the text allows another
 * reading (a bare weekday as past or future, a week from Saturday), a second button makes the event
 * on that reading, with the same basis and a note saying which reading was taken.
 */
export function DateList({ source, draft, onEvent, dispatch }: ArticleToolProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const dates = useMemo(() => articleDates(source.text, source.published), [source.text, source.published]);
  // The list is made once per set of dates (a long article has thousands): a click reads the draft
  // and the article as they are then.
  const latest = useRef({ draft, source, dispatch, onEvent });
  latest.current = { draft, source, dispatch, onEvent };
  const { id, published } = source;
  const items = useMemo(() => {
    const show = (v: string): string =>
      v
        .split('/')
        .map((x) => formatPartialDate(x, lang, display))
        .join(' – ');
    const make = (e: ResolvedDateExpression, fields: EventFields): void => {
      const now = latest.current;
      const made = newEventWithQuote(now.draft, now.source.id, fields, sentenceAround(now.source.text, e));
      now.dispatch(made.command);
      now.onEvent(made.id);
    };
    return dates.map((e) => {
      const fields = eventFromDate(e, { id, published });
      const others = derivedReadings(e).filter((v) => v !== e.value);
      return (
        <li key={e.start}>
          <ArabicQuote text={e.text} /> →{' '}
          <strong>{e.value === null ? t('author.noDate') : show(e.value)}</strong>
          <span className="author-date-note">{e.note[lang]}</span>
          <button
            type="button"
            disabled={fields === null}
            onClick={() => {
              if (fields !== null) make(e, fields);
            }}
          >
            {t('author.eventFromDate')}
          </button>
          {others.map((v) => {
            const other = eventFromDate(e, { id, published }, v);
            return other === null ? null : (
              <button key={v} type="button" onClick={() => make(e, other)}>
                {t('author.eventFromReading', { date: show(v) })}
              </button>
            );
          })}
        </li>
      );
    });
  }, [dates, id, published, lang, display, t]);
  return (
    <section className="author-dates" aria-labelledby={`dates-${source.id}`}>
      <h3 id={`dates-${source.id}`}>{t('author.dates', { count: dates.length })}</h3>
      <ul>{items}</ul>
    </section>
  );
}
