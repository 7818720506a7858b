import { reportingSources, type DatasetIndex, type TimelineEvent } from '../../domain';
import { formatEventDate, formatPartialDate, useT } from '../../i18n';

export interface HandoutProps {
  readonly index: DatasetIndex;
  readonly events: readonly TimelineEvent[];
  readonly title: string;
  readonly link: string;
}

/**
 * The printed handout: the chronology of the events in view, each with its date and each source's
 * words (Arabic, and English in the English interface), then the sources with where to find them.
 * Only the print stylesheet shows it.
 */
export function Handout({ index, events, title, link }: HandoutProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const cited = new Set(events.flatMap((e) => e.accounts.map((a) => a.source as string)));
  return (
    <section className="handout" aria-hidden="true">
      <header className="handout-head">
        <h1>
          {t('app.name')} · {title}
        </h1>
        <p className="handout-link" dir="ltr">
          {link}
        </p>
      </header>
      <ol className="handout-events">
        {events.map((e) => (
          <li key={e.id} className="handout-event">
            <h2>
              <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time> —{' '}
              {e.title[lang]}
            </h2>
            <p className="handout-basis">
              {t(`basis.${e.basis}`)}. {e.summary[lang]}
            </p>
            {reportingSources(index, e).map((s) => (
              <div key={s.id} className="handout-account">
                <h3>
                  <bdi>{s.outlet[lang]}</bdi>
                </h3>
                {e.accounts
                  .find((a) => a.source === s.id)
                  ?.quotes.map((q) => (
                    <div key={q.start} className="handout-quote">
                      <p lang="ar" dir="rtl">
                        {q.text}
                      </p>
                      {lang === 'en' && (
                        <p lang="en" dir="ltr" className="handout-translation">
                          {t('quote.translation')}: {q.en}
                        </p>
                      )}
                    </div>
                  ))}
              </div>
            ))}
          </li>
        ))}
      </ol>
      <section className="handout-sources">
        <h2>{t('handout.sources')}</h2>
        <ul>
          {index.dataset.sources
            .filter((s) => cited.has(s.id))
            .map((s) => (
              <li key={s.id}>
                <bdi>{s.outlet[lang]}</bdi>
                {s.published !== null && <> · {formatPartialDate(s.published, lang, display)}</>} ·{' '}
                <span dir="ltr">{s.url ?? t('handout.noUrl')}</span>
              </li>
            ))}
        </ul>
      </section>
    </section>
  );
}
