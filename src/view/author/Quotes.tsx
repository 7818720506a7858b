import { useMemo } from 'react';
import { articleLabel, glossaryOf, type Command, type Draft, type QuoteRef } from '../../author';
import type { TimelineEvent } from '../../domain';
import { useT } from '../../i18n';
import { Rendering } from './Rendering';

/** The event's quotes by source: the exact words beside their English rendering (a translation), the claims each supports. */
export function Quotes({
  draft,
  event,
  dispatch,
  onRemove,
  onSource,
}: {
  readonly draft: Draft;
  readonly event: TimelineEvent;
  readonly dispatch: (c: Command) => void;
  readonly onRemove: (c: Command, what: string) => void;
  readonly onSource: (id: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const glossary = useMemo(() => glossaryOf(draft), [draft]);
  const outlet = (id: string): string => articleLabel(draft, id, lang).name;
  const count = event.accounts.reduce((n, a) => n + a.quotes.length, 0);
  return (
    <section className="author-quotes" aria-labelledby={`quotes-${event.id}`}>
      <h3 id={`quotes-${event.id}`}>{t('author.quotes', { count })}</h3>
      {event.accounts.map((a) => {
        const label = articleLabel(draft, a.source, lang);
        return (
          <div key={a.source} className="author-account">
            <h4>
              <button type="button" className="link" onClick={() => onSource(a.source)}>
                <bdi>{label.name}</bdi>
                {label.id !== null && (
                  <>
                    {' '}
                    <bdi dir="ltr">({label.id})</bdi>
                  </>
                )}
              </button>
            </h4>
            {a.quotes.map((q) => {
              const ref: QuoteRef = { event: event.id, source: a.source, start: q.start, end: q.end };
              return (
                <article key={q.start} className="author-quote">
                  <Rendering
                    draft={draft}
                    quote={ref}
                    text={q.text}
                    en={q.en}
                    glossary={glossary}
                    outlet={outlet}
                    dispatch={dispatch}
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
                  <button
                    type="button"
                    onClick={() => onRemove({ type: 'remove-quote', quote: ref }, t('workbench.whatQuote'))}
                  >
                    {t('author.removeQuote')}
                  </button>
                </article>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
