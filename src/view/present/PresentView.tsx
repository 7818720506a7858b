import { useEffect, useRef } from 'react';
import { reportingSources, sharedOrigins, type DatasetIndex, type TimelineEvent } from '../../domain';
import { formatEventDate, formatNumber, useT } from '../../i18n';
import { SharedCopyNote } from '../compare/SharedCopyNote';

export interface PresentViewProps {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent | null;
  readonly position: number;
  readonly total: number;
  readonly sourceId: string | null;
}

/** The presenter's half of the screen: the current event and each source's words, in large type. */
export function PresentView({
  index,
  event,
  position,
  total,
  sourceId,
}: PresentViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const current = useRef<HTMLElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView?.({
      block: 'nearest',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }, [sourceId, event?.id]);
  if (event === null) {
    return (
      <section className="present-event">
        <p className="present-hint">{t('present.start')}</p>
      </section>
    );
  }
  const sources = reportingSources(index, event);
  return (
    <section className="present-event" aria-live="polite" aria-labelledby="present-title">
      <header className="present-head">
        <p className="present-meta">
          <span className="present-position">
            {formatNumber(position, lang, display)} / {formatNumber(total, lang, display)}
          </span>{' '}
          <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>
          {event.basis !== 'stated' && (
            <span className="badge badge-derived">{t(`basis.${event.basis}`)}</span>
          )}
        </p>
        <h2 id="present-title">{event.title[lang]}</h2>
        <SharedCopyNote shared={sharedOrigins(event, sources)} claimsFollow={false} />
      </header>
      <div className="present-sources">
        {sources.map((s) => {
          const account = event.accounts.find((a) => a.source === s.id);
          const selected = s.id === sourceId;
          return (
            <article
              key={s.id}
              ref={selected ? current : undefined}
              className={`present-source${selected ? ' selected' : ''}`}
              data-source={s.id}
            >
              <h3>
                <bdi>{s.outlet[lang]}</bdi>
              </h3>
              {account?.quotes.map((q) => (
                <figure key={q.start} className="present-quote">
                  <blockquote lang="ar" dir="rtl">
                    {q.text}
                  </blockquote>
                  {lang === 'en' && (
                    <figcaption lang="en" dir="ltr">
                      <span className="translation-label">{t('quote.translation')}:</span> {q.en}
                    </figcaption>
                  )}
                </figure>
              ))}
            </article>
          );
        })}
        {sources.length === 0 && <p>{t('accounts.none')}</p>}
      </div>
    </section>
  );
}
