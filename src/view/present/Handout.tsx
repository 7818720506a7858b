import {
  claimMatrix,
  reportingSources,
  sharedOrigins,
  type DatasetIndex,
  type TimelineEvent,
} from '../../domain';
import { formatEventDate, formatPartialDate, joinParts, useT } from '../../i18n';
import { DataText } from '../DataText';
import { DivergeSummary } from '../compare/DivergeSummary';
import { SharedCopyNote } from '../compare/SharedCopyNote';

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
 * The printed handout. With an event selected it leads with that event: its title, date and how the
 * date is known, summary, where the accounts part ways and each source's words; then the picture of the
 * timeline and the other events in view as a chronology. Without one: the picture, then every event in
 * view with its sources' words. The sources with where to find them close it. Words are Arabic, with the
 * English rendering in the English interface. Only the print stylesheet shows it.
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
  const lead = focus === null ? undefined : events.find((e) => e.id === focus);
  const accounts = (e: TimelineEvent): React.ReactNode =>
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
    ));
  const heading = (e: TimelineEvent): React.ReactNode => (
    <h2>
      <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time> —{' '}
      <DataText text={e.title[lang]} />
    </h2>
  );
  return (
    <section className="handout" aria-hidden="true">
      <header className="handout-head">
        <h1>{joinParts([t('app.name'), title], lang)}</h1>
        <p className="handout-link" dir="ltr">
          {link}
        </p>
      </header>
      {lead !== undefined && (
        <HandoutLead index={index} event={lead} heading={heading(lead)} accounts={accounts(lead)} />
      )}
      {picture}
      {lead !== undefined && <p className="handout-focus">{t('handout.focus')}</p>}
      <ol className="handout-events">
        {events
          .filter((e) => e !== lead)
          .map((e) => (
            <li key={e.id} className={`handout-event${full(e) ? '' : ' handout-brief'}`}>
              {heading(e)}
              {/* Beside a selected event the others are a chronology: date and title. */}
              {lead === undefined && (
                <p className="handout-basis">
                  <span className="handout-basis-label">{t(`basis.${e.basis}`)}.</span>{' '}
                  <DataText text={e.summary[lang]} />
                </p>
              )}
              {full(e) && accounts(e)}
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

/** The selected event on the handout's first page: what it is, how its date is known, where the accounts part. */
function HandoutLead({
  index,
  event,
  heading,
  accounts,
}: {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent;
  readonly heading: React.ReactNode;
  readonly accounts: React.ReactNode;
}): React.JSX.Element {
  const { t, lang } = useT();
  const reporting = reportingSources(index, event);
  return (
    <article className="handout-event handout-lead" data-event={event.id}>
      {heading}
      <p className="handout-basis">
        <span className="handout-basis-label">{t(`basis.${event.basis}`)}.</span>{' '}
        <DataText text={event.basisNote[lang]} />
      </p>
      <p className="handout-summary">
        <DataText text={event.summary[lang]} />
      </p>
      <SharedCopyNote shared={sharedOrigins(event, reporting)} />
      <DivergeSummary rows={claimMatrix(event, reporting)} sources={reporting} whole />
      {accounts}
    </article>
  );
}
