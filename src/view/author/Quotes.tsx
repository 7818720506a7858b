import { useMemo, useRef } from 'react';
import {
  articleLabel,
  glossaryOf,
  renderedWords,
  renderingKey,
  twinFills,
  type Command,
  type Draft,
  type QuoteRef,
} from '../../author';
import type { TimelineEvent } from '../../domain';
import { useT } from '../../i18n';
import { Rendering } from './Rendering';

/**
 * The event's quotes by source: the exact words beside their English rendering (a translation), the
 * claims each supports. The renderings shared wire copy already has elsewhere are filled in one step,
 * as drafts; Ctrl+Enter in a rendering moves on to the next quote still to render.
 */
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
  const words = useMemo(() => renderedWords(draft), [draft]);
  const outlet = (id: string): string => articleLabel(draft, id, lang).name;
  const count = event.accounts.reduce((n, a) => n + a.quotes.length, 0);
  const fills = useMemo(() => twinFills(draft, event.id), [draft, event.id]);
  // Each rendering's field by its quote, in the order shown, for Ctrl+Enter to move between them.
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  const order = event.accounts.flatMap((a) =>
    a.quotes.map((q) => renderingKey({ event: event.id, source: a.source, start: q.start, end: q.end })),
  );
  /** The next quote still without a rendering after `key` (round to the first), else simply the next. */
  const next = (key: string): void => {
    const i = order.indexOf(key);
    const after = [...order.slice(i + 1), ...order.slice(0, Math.max(i, 0))];
    const empty = after.find((k) => (fields.current.get(k)?.value ?? '').trim() === '');
    const target = empty ?? order[i + 1];
    if (target !== undefined) fields.current.get(target)?.focus();
  };
  return (
    <section className="author-quotes" aria-labelledby={`quotes-${event.id}`}>
      <h3 id={`quotes-${event.id}`}>{t('author.quotes', { count })}</h3>
      {count > 1 && (
        <p className="author-hint">
          <kbd dir="ltr">Ctrl+Enter</kbd> {t('workbench.nextRendering')}
        </p>
      )}
      {fills !== null && (
        <p>
          <button type="button" onClick={() => dispatch(fills.command)}>
            {t('workbench.fillTwins', { count: fills.count })}
          </button>
        </p>
      )}
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
                    words={words}
                    outlet={outlet}
                    dispatch={dispatch}
                    onNext={() => next(renderingKey(ref))}
                    fieldRef={(el) => {
                      if (el === null) fields.current.delete(renderingKey(ref));
                      else fields.current.set(renderingKey(ref), el);
                    }}
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
