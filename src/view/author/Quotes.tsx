import type { Command, QuoteRef } from '../../author';
import type { TimelineEvent } from '../../domain';
import { useT } from '../../i18n';
import { Field } from './Field';

/** The event's quotes by source: the exact words, an English rendering (a translation), the claims each supports. */
export function Quotes({
  event,
  dispatch,
  onSource,
}: {
  readonly event: TimelineEvent;
  readonly dispatch: (c: Command) => void;
  readonly onSource: (id: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const count = event.accounts.reduce((n, a) => n + a.quotes.length, 0);
  return (
    <section className="author-quotes" aria-labelledby={`quotes-${event.id}`}>
      <h3 id={`quotes-${event.id}`}>{t('author.quotes', { count })}</h3>
      {event.accounts.map((a) => (
        <div key={a.source} className="author-account">
          <h4>
            <button type="button" className="link" onClick={() => onSource(a.source)}>
              <bdi>{a.source}</bdi>
            </button>
          </h4>
          {a.quotes.map((q) => {
            const ref: QuoteRef = { event: event.id, source: a.source, start: q.start, end: q.end };
            return (
              <article key={q.start} className="author-quote">
                <blockquote lang="ar" dir="rtl">
                  {q.text}
                </blockquote>
                <Field
                  label={t('author.english')}
                  lang="en"
                  dir="ltr"
                  multiline
                  value={q.en}
                  onCommit={(en) => dispatch({ type: 'set-quote-english', quote: ref, en })}
                />
                {event.claims.length > 0 && (
                  <fieldset>
                    <legend>{t('author.supports')}</legend>
                    {event.claims.map((c) => (
                      <label key={c.id}>
                        <input
                          type="checkbox"
                          checked={q.claims.includes(c.id)}
                          onChange={(e) =>
                            dispatch({
                              type: 'link-claim',
                              quote: ref,
                              claim: c.id,
                              linked: e.target.checked,
                            })
                          }
                        />{' '}
                        <bdi>{c.text[lang] || c.id}</bdi>
                      </label>
                    ))}
                  </fieldset>
                )}
                <button type="button" onClick={() => dispatch({ type: 'remove-quote', quote: ref })}>
                  {t('author.removeQuote')}
                </button>
              </article>
            );
          })}
        </div>
      ))}
    </section>
  );
}
