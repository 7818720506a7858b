import {
  claimMatrix,
  readableAddress,
  sourceAddress,
  reportingSources,
  sharedOrigins,
  type DatasetIndex,
  type ResolvedBriefing,
  type Source,
  type TimelineEvent,
} from '../../domain';
import { dataText, formatEventDate, formatPartialDate, joinParts, useT } from '../../i18n';
import { DataText } from '../DataText';
import { DivergeSummary } from '../compare/DivergeSummary';
import { SharedCopyNote } from '../compare/SharedCopyNote';
import { SourceName } from '../compare/SourceName';
import { sideViews } from '../compare/side-views';

export interface HandoutProps {
  readonly index: DatasetIndex;
  readonly events: readonly TimelineEvent[];
  readonly title: string;
  readonly link: string;
  /** The timeline of the events in view, opening the handout. */
  readonly picture?: React.ReactNode;
  /** With a selected event in view, only its sources' words are printed; the rest is the chronology. */
  readonly selectedId?: string | null;
  /** The briefing chosen in the address (`briefing=`): its events lead, as it shows them. */
  readonly briefing?: ResolvedBriefing | null;
}

/** An event the handout leads with, and the sources whose words it prints. */
interface Lead {
  readonly event: TimelineEvent;
  readonly reporting: readonly Source[];
}

/**
 * The printed handout. With a briefing chosen it leads with the briefing's events in its order, each
 * as the briefing shows it (its sources and quotes); with an event selected in view, that event leads
 * (first, when the briefing does not hold it). A lead is its title, date and how the date is known,
 * summary, where the accounts part ways and each source's words; then the picture of the timeline and
 * the other events in view as a chronology. With no lead: the picture, then every event in view with
 * its sources' words. The sources with where to find them close it. Words are Arabic, with the English
 * rendering in the English interface. Only the print stylesheet shows it.
 */
export function Handout({
  index,
  events,
  title,
  link,
  picture,
  selectedId = null,
  briefing = null,
}: HandoutProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const selected = events.find((e) => e.id === selectedId);
  const fromBriefing: Lead[] =
    briefing?.entries.map((e) => ({ event: e.event, reporting: e.reporting })) ?? [];
  const leads: Lead[] = [
    ...(selected === undefined || fromBriefing.some((l) => l.event.id === selected.id)
      ? []
      : [{ event: selected, reporting: reportingSources(index, selected) }]),
    ...fromBriefing,
  ];
  const leading = new Set<string>(leads.map((l) => l.event.id));
  const others = events.filter((e) => !leading.has(e.id));
  // With no lead, every event in view is printed with its words; else they are a chronology.
  const full = leads.length === 0;
  const cited = new Set<string>([
    ...leads.flatMap((l) => l.reporting.map((s) => s.id)),
    ...(full ? events : []).flatMap((e) => e.accounts.map((a) => a.source)),
  ]);
  const accounts = (
    e: TimelineEvent,
    reporting: readonly Source[] = reportingSources(index, e),
  ): React.ReactNode =>
    reporting.map((s) => (
      <div key={s.id} className="handout-account">
        <h3>
          <SourceName source={s} />
        </h3>
        {e.accounts
          .find((a) => a.source === s.id)
          ?.quotes.map((q) => (
            <div key={q.start} className="handout-quote" data-quote>
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
    <section className="handout" data-handout aria-hidden="true">
      <header className="handout-head">
        <h1>{joinParts([t('app.name'), title], lang)}</h1>
        <p className="handout-link" dir="ltr">
          {link}
        </p>
      </header>
      {briefing !== null && (
        <p className="handout-briefing">{dataText(briefing.briefing.title[lang], lang, display)}</p>
      )}
      {leads.map((l) => (
        <HandoutLead
          key={l.event.id}
          index={index}
          event={l.event}
          reporting={l.reporting}
          heading={heading(l.event)}
          accounts={accounts(l.event, l.reporting)}
        />
      ))}
      {picture}
      {leads.length > 0 && <p className="handout-focus">{t('handout.focus')}</p>}
      {/* Beside a lead the chronology runs down two columns: half its events a column (print.css). */}
      <ol
        className="handout-events"
        style={{ '--rows': Math.ceil(others.length / 2) } as React.CSSProperties}
      >
        {others.map((e) => (
          <li key={e.id} className={`handout-event${full ? '' : ' handout-brief'}`} data-event={e.id}>
            {heading(e)}
            {/* Beside the events it leads with, the others are a chronology: date and title. */}
            {leads.length === 0 && (
              <p className="handout-basis">
                <span className="handout-basis-label">{t(`basis.${e.basis}`)}.</span>{' '}
                <DataText text={e.summary[lang]} />
              </p>
            )}
            {full && accounts(e)}
          </li>
        ))}
      </ol>
      <section className="handout-sources" data-sources>
        <h2>{t('handout.sources')}</h2>
        <ul>
          {index.dataset.sources
            .filter((s) => cited.has(s.id))
            .map((s) => (
              <li key={s.id}>
                <SourceName source={s} />
                {s.published !== null && (
                  <>{joinParts(['', formatPartialDate(s.published, lang, display)], lang)}</>
                )}
                <PrintedAddress source={s} />
              </li>
            ))}
        </ul>
      </section>
    </section>
  );
}

/**
 * Where to find a source, as its card writes it: only a web address (`sourceAddress`), its
 * percent-encoded letters decoded (`readableAddress`); nothing else the data holds there is printed.
 */
function PrintedAddress({ source }: { readonly source: Source }): React.JSX.Element | null {
  const { lang } = useT();
  const link = sourceAddress(source);
  if (link === null) return null;
  return (
    <>
      {joinParts(['', ''], lang)}
      <span dir="ltr">{readableAddress(link)}</span>
    </>
  );
}

/** An event the handout leads with: what it is, how its date is known, where the accounts part. */
function HandoutLead({
  index,
  event,
  reporting,
  heading,
  accounts,
}: {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent;
  readonly reporting: readonly Source[];
  readonly heading: React.ReactNode;
  readonly accounts: React.ReactNode;
}): React.JSX.Element {
  const { t, lang } = useT();
  const rows = claimMatrix(event, reporting);
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
      <DivergeSummary rows={rows} sources={reporting} sides={sideViews(index, rows, lang)} whole />
      {accounts}
    </article>
  );
}
