import { useMemo, useRef } from 'react';
import { eventFromDate, newEventWithQuote, sentenceAround } from '../../author';
import { derivedReadings, type ResolvedDateExpression } from '../../domain';
import { formatPartialDate, useT } from '../../i18n';
import { useArticleReading } from './analysis';
import { bySlice, GROW_STEP, useGrowing } from './growing';
import { DataText } from '../DataText';
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
  // A long article's dates come from a worker a moment later.
  const reading = useArticleReading(source.text, source.published, draft.entities);
  const dates = useMemo(() => reading?.dates ?? [], [reading]);
  // The list is made once per set of dates (a long article has thousands): a click reads the draft
  // and the article as they are then.
  const latest = useRef({ draft, source, dispatch, onEvent });
  latest.current = { draft, source, dispatch, onEvent };
  const { id, published } = source;
  // Made a slice at a time, each slice once per set of dates, so that a long list never holds the page.
  const slices = useMemo(() => {
    const show = (v: string): string =>
      v
        .split('/')
        .map((x) => formatPartialDate(x, lang, display))
        .join(' – ');
    // Drafted at the click, so that its note names the outlet as it is then.
    const make = (e: ResolvedDateExpression, reading: string | null): void => {
      const now = latest.current;
      const drafted = eventFromDate(e, now.source, reading);
      if (drafted === null) return;
      const made = newEventWithQuote(now.draft, now.source.id, drafted, sentenceAround(now.source.text, e));
      now.dispatch(made.command);
      now.onEvent(made.id);
    };
    const item = (e: ResolvedDateExpression): React.JSX.Element => {
      const fields = eventFromDate(e, { id, published });
      const others = derivedReadings(e).filter(
        (v) => v !== e.value && eventFromDate(e, { id, published }, v) !== null,
      );
      return (
        <li key={e.start}>
          <ArabicQuote text={e.text} /> →{' '}
          <strong>{e.value === null ? t('author.noDate') : show(e.value)}</strong>
          <span className="author-date-note">
            <DataText text={e.note[lang]} />
          </span>
          <button type="button" disabled={fields === null} onClick={() => make(e, e.value)}>
            {t('author.eventFromDate')}
          </button>
          {others.map((v) => (
            <button key={v} type="button" onClick={() => make(e, v)}>
              {t('author.eventFromReading', { date: show(v) })}
            </button>
          ))}
        </li>
      );
    };
    return bySlice(dates, item);
  }, [dates, id, published, lang, display, t]);
  const shown = useGrowing(dates.length, slices);
  const items: React.JSX.Element[] = [];
  for (let at = 0; at < shown; at += GROW_STEP) items.push(...slices(at));
  return (
    <section className="author-dates" aria-labelledby={`dates-${source.id}`}>
      <h3 id={`dates-${source.id}`}>
        {reading === null ? t('region.loading') : t('author.dates', { count: dates.length })}
      </h3>
      <ul>{items}</ul>
    </section>
  );
}
