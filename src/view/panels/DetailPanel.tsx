import { SourceName } from '../compare/SourceName';
import { useId, useRef, useState } from 'react';
import type { DatasetIndex, TimelineEvent } from '../../domain';
import { isInferred, kindName, reportingSources } from '../../domain';
import { formatEventDate, listSeparators, useT } from '../../i18n';
import { DataText } from '../DataText';
import { skipToWords } from '../skip-to-words';
import { useSentenceClamp } from './sentence-clamp';

export interface DetailPanelProps {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent | null;
  readonly onClose: () => void;
  readonly onProfile?: (entityId: string) => void;
  /** Actions on the event shown under its title (e.g. "Add to briefing"). */
  readonly actions?: React.ReactNode;
}

/** The selected event: its date and how that date is known, title, summary, actors and sources. */
export function DetailPanel({
  index,
  event,
  onClose,
  onProfile,
  actions,
}: DetailPanelProps): React.JSX.Element {
  const { t, lang, display } = useT();
  // The card opens with the gist (a few lines at a desk); the whole summary and the rest are one tap away.
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  useSentenceClamp(summaryRef, `${event?.summary[lang] ?? ''}|${open}|${display}`);
  if (event === null) {
    return (
      <section className="detail" aria-labelledby="detail-heading">
        <h2 id="detail-heading" className="visually-hidden">
          {t('detail.heading')}
        </h2>
        <p className="detail-empty">{t('detail.none')}</p>
      </section>
    );
  }
  const sources = reportingSources(index, event);
  // The outlets' names joined as the language joins a list (each its own element, isolated).
  const between = listSeparators(sources.length, lang, display);
  const derived = isInferred(event.basis);
  return (
    <section
      className={`detail${open ? ' open' : ''}`}
      aria-labelledby="detail-heading"
      data-event={event.id}
    >
      <div className="detail-head">
        <p className={`lane-tag kind-${event.kind}`}>{kindName(index.dataset, event.kind, lang)}</p>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('detail.close')}
          title={t('detail.close')}
        >
          ×
        </button>
      </div>
      {/* Headline, date and how it is known, the gist: then the details (a phone's view opens here). */}
      <h2 id="detail-heading" className="detail-title" tabIndex={-1}>
        <DataText text={event.title[lang]} />
      </h2>
      {/* Shown when focused: from the heading, one Tab and Enter reach the sources' words. */}
      {event.accounts.length > 0 && (
        <a className="skip-to-words" href="#source-panels" onClick={skipToWords}>
          {t('detail.skipToWords')}
        </a>
      )}
      {actions !== undefined && <div className="detail-actions">{actions}</div>}
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.date')}</dt>
          <dd>
            <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>{' '}
            <span className={`badge ${derived ? 'badge-derived' : 'badge-stated'}`}>
              {t(`basis.${event.basis}`)}
            </span>{' '}
            {event.precision !== 'day' && <span className="badge">{t(`precision.${event.precision}`)}</span>}
          </dd>
        </div>
      </dl>
      <h3 className="visually-hidden">{t('detail.summary')}</h3>
      <p className="detail-summary" ref={summaryRef}>
        <DataText text={event.summary[lang]} />
      </p>
      <button
        type="button"
        className="link-button detail-more"
        aria-expanded={open}
        aria-controls={moreId}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'reading.lessDetail' : 'reading.moreDetail')}
      </button>
      <dl className="detail-facts detail-rest" id={moreId}>
        <div>
          <dt>{t('detail.howKnown')}</dt>
          <dd className="basis-note">
            <DataText text={event.basisNote[lang]} />
          </dd>
        </div>
        {event.actors.length > 0 && (
          <div>
            <dt>{t('detail.actors')}</dt>
            <dd>
              <ul className="chips">
                {event.actors.map((id) => (
                  <li key={id}>
                    {onProfile === undefined ? (
                      <bdi>{index.entities.get(id)?.name[lang] ?? id}</bdi>
                    ) : (
                      <button type="button" className="chip-button" onClick={() => onProfile(id)}>
                        <bdi>{index.entities.get(id)?.name[lang] ?? id}</bdi>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('detail.sources')}</dt>
          <dd>
            {t('count.sources', { count: sources.length })}:{' '}
            {sources.map((s, i) => (
              <span key={s.id}>
                {between[i - 1]}
                <SourceName source={s} />
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {event.accounts.length === 0 && (
        <p className="badge badge-derived no-quotes">{t('dataset.noQuotes')}</p>
      )}
    </section>
  );
}
