import { reportingSources, type DatasetIndex, type TimelineEvent } from '../../domain';
import { formatEventDate, formatPartialDate, joinParts, useT } from '../../i18n';
import { DataText } from '../DataText';

export interface HandoutProps {
  readonly index: DatasetIndex;
  readonly events: readonly TimelineEvent[];
  readonly title: string;
  readonly link: string;
  /** The timeline of the events in view, opening the handout. */
  readonly picture?: React.ReactNode;
  /** With a selected event in view, only its sources' words are printed; the rest is the chronology. */
  readonly selectedId?: string | null;
}

/**
 * The printed handout: a picture of the timeline, then the chronology of the events in view, each with its date and each source's
 * words (Arabic, and English in the English interface; with an event selected, only its words: the others
 * are the chronology), then the sources with where to find them.
 * Only the print stylesheet shows it.
 */
export function Handout({
  index,
  events,
  title,
  link,
  picture,
  selectedId = null,
}: HandoutProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const focus = events.some((e) => e.id === selectedId) ? selectedId : null;
  const full = (e: TimelineEvent): boolean => focus === null || e.id === focus;
  const cited = new Set(events.filter(full).flatMap((e) => e.accounts.map((a) => a.source as string)));
  return (
    <section className="handout" aria-hidden="true">
      <header className="handout-head">
        <h1>{joinParts([t('app.name'), title], lang)}</h1>
        <p className="handout-link" dir="ltr">
          {link}
        </p>
      </header>
      {picture}
      {focus !== null && <p className="handout-focus">{t('handout.focus')}</p>}
      <ol className="handout-events">
        {events.map((e) => (
          <li key={e.id} className={`handout-event${full(e) ? '' : ' handout-brief'}`}>
            <h2>
              <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time> —{' '}
              <DataText text={e.title[lang]} />
            </h2>
            <p className="handout-basis">
              <span className="handout-basis-label">{t(`basis.${e.basis}`)}.</span>{' '}
              <DataText text={e.summary[lang]} />
            </p>
            {full(e) &&
              reportingSources(index, e).map((s) => (
                <div key={s.id} className="handout-account">
                  <h3>
                    <bdi>
                      <DataText text={s.outlet[lang]} />
                    </bdi>
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
                <bdi>
                  <DataText text={s.outlet[lang]} />
                </bdi>
                {s.published !== null && (
                  <>{joinParts(['', formatPartialDate(s.published, lang, display)], lang)}</>
                )}
                {s.url !== null && (
                  <>
                    {joinParts(['', ''], lang)}
                    <span dir="ltr">{s.url}</span>
                  </>
                )}
              </li>
            ))}
        </ul>
      </section>
    </section>
  );
}
