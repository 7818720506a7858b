import {
  divergeLine,
  isInferred,
  sharedOrigins,
  sourceLabel,
  unknownOriginSources,
  type DatasetIndex,
  type Lang,
  type TimelineEvent,
} from '../../domain';
import { dataText, formatEventDate, formatNumber, listSeparators, partSeparator, useT } from '../../i18n';
import { SharedCopyNote } from '../compare/SharedCopyNote';
import { SourceName } from '../compare/SourceName';
import { DataText } from '../DataText';
import { screenSupportWords } from '../compare/support-text';
import type { Deck, DeckSlide } from './deck';
import type { QuoteGroup, Slide } from './slides';

export interface SlideFaceProps {
  readonly index: DatasetIndex;
  readonly deck: Deck;
  readonly slide: DeckSlide;
  readonly datasetTitle: string;
  /** The id its heading takes (unique on the page: the presenter view shows two slides). */
  readonly titleId: string;
  /** The slide's body, measured in the audience window to plan the deck. */
  readonly bodyRef?: (el: HTMLDivElement | null) => void;
  /** Buttons the title slide offers (the overview, the presenter view). */
  readonly actions?: React.ReactNode;
}

/** The earliest start and latest end among the briefing's events, as dataset dates. */
function deckDates(deck: Deck): { start: string; end: string } | null {
  const key = (d: string): string => d.padEnd(10, '-');
  let start: string | null = null;
  let end: string | null = null;
  for (const { event } of deck.entries) {
    const last = event.end ?? event.start;
    if (start === null || key(event.start) < key(start)) start = event.start;
    if (end === null || key(last) > key(end)) end = last;
  }
  return start === null || end === null ? null : { start, end };
}

/** What a slide shows: its heading and its body, the same on the screen and in the presenter's view. */
export function SlideFace(p: SlideFaceProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const { slide } = p;
  if (slide.kind === 'title') {
    const dates = deckDates(p.deck);
    return (
      <>
        <header className="present-head">
          <h2 id={p.titleId}>{dataText(slide.briefing.title[lang], lang, display)}</h2>
        </header>
        <div className="present-body present-title-slide" data-slide-body ref={p.bodyRef}>
          {slide.briefing.subtitle !== undefined && (
            <p className="present-subtitle">{dataText(slide.briefing.subtitle[lang], lang, display)}</p>
          )}
          {p.datasetTitle !== slide.briefing.title[lang] && <p>{dataText(p.datasetTitle, lang, display)}</p>}
          {dates !== null && (
            <p>
              <time dateTime={dates.start}>{formatEventDate(dates.start, dates.end, lang, display)}</time>
              {' — '}
              {t('deck.events', {
                count: p.deck.entries.length,
                n: formatNumber(p.deck.entries.length, lang, display),
              })}
            </p>
          )}
          {p.actions}
        </div>
      </>
    );
  }
  const { event } = slide;
  return (
    <>
      <header className="present-head">
        <p className="present-meta">
          <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>
          {isInferred(event.basis) &&
            !(slide.slide.kind === 'intro' && slide.slide.blocks.includes('date')) && (
              <span className="badge badge-derived">{t(`basis.${event.basis}`)}</span>
            )}
        </p>
        <h2 id={p.titleId}>
          <DataText text={event.title[lang]} />
        </h2>
      </header>
      <div className="present-body" data-slide-body ref={p.bodyRef}>
        <SlideBody index={p.index} event={event} reporting={slide.reporting} slide={slide.slide} />
      </div>
    </>
  );
}

function SlideBody({
  index,
  event,
  reporting,
  slide,
}: {
  index: DatasetIndex;
  event: TimelineEvent;
  reporting: Extract<DeckSlide, { kind: 'event' }>['reporting'];
  slide: Slide;
}): React.JSX.Element {
  const { t, lang, display } = useT();
  const words = screenSupportWords(t);
  const part = (s: { part: number; parts: number }): string =>
    t('present.part', {
      part: formatNumber(s.part, lang, display),
      parts: formatNumber(s.parts, lang, display),
    });
  switch (slide.kind) {
    case 'intro':
      return (
        <div className="present-intro">
          {slide.blocks.map((block) =>
            block === 'date' ? (
              <p key={block} className="present-basis">
                <strong>{t('present.howKnown')}:</strong>{' '}
                <span className={`badge ${isInferred(event.basis) ? 'badge-derived' : 'badge-stated'}`}>
                  {t(`basis.${event.basis}`)}
                </span>
                {event.precision !== 'day' && <> ({t(`precision.${event.precision}`)})</>}
              </p>
            ) : block === 'summary' ? (
              <section key={block}>
                <h3>{t('present.summary')}</h3>
                <p>
                  <DataText text={event.summary[lang]} />
                </p>
              </section>
            ) : (
              <section key={block}>
                <h3>{t('present.toldBy')}</h3>
                <ul className="present-told">
                  {reporting.map((s) => (
                    <li key={s.id}>
                      <SourceName source={s} />
                      {partSeparator(lang)}
                      {t('source.quotes', {
                        count: event.accounts.find((a) => a.source === s.id)?.quotes.length ?? 0,
                      })}
                    </li>
                  ))}
                </ul>
                <SharedCopyNote
                  shared={sharedOrigins(event, reporting)}
                  unknown={unknownOriginSources(event, reporting)}
                  claimsFollow={false}
                />
              </section>
            ),
          )}
          {reporting.length === 0 && <p>{t('accounts.none')}</p>}
          {slide.groups.map((g) => (
            <SourceWords key={`${g.source.id}-${g.part}`} group={g} part={part} />
          ))}
        </div>
      );
    case 'quotes':
      return (
        <div className="present-sources">
          {slide.groups.map((g) => (
            <SourceWords key={`${g.source.id}-${g.part}`} group={g} part={part} />
          ))}
        </div>
      );
    case 'diverge':
      return (
        <section className="present-diverge">
          <h3>
            {t('present.diverge')}
            {slide.parts > 1 && <span className="present-part"> {part(slide)}</span>}
          </h3>
          <ul>
            {slide.rows.map((r) => {
              // The line's parts are `divergeLine`'s, as in the summary on screen and the deck files.
              const line = divergeLine(r, { lang, display, words, entities: index.entities });
              const between = listSeparators(line.labels.length, lang, display);
              return (
                <li key={r.claim.id} className={line.how === 'wordedIn' ? 'differ' : 'single'}>
                  <p className="present-claim">
                    <DataText text={r.claim.text[lang]} />
                    {line.speaker !== null && (
                      <span className="present-by"> ({t('claims.by', { name: line.speaker })})</span>
                    )}
                  </p>
                  <p className="present-carried">
                    <span className={`badge ${line.how === 'wordedIn' ? 'badge-differ' : 'badge-single'}`}>
                      {t(`present.${line.how}`)}
                    </span>{' '}
                    {line.labels.map((label, i) => (
                      <span key={line.sources[i]?.id ?? i}>
                        {i > 0 && between[i - 1]}
                        <bdi>{label}</bdi>
                      </span>
                    ))}
                    {line.support !== null && <span className="present-support"> ({line.support})</span>}
                    {line.singleOrigin && (
                      <>
                        {' '}
                        <span className="badge badge-single-origin" title={t('claims.singleOriginTitle')}>
                          {t('claims.singleOrigin')}
                        </span>
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
          {slide.after > 0 && <p className="present-more">{t('present.followOn', { count: slide.after })}</p>}
        </section>
      );
  }
}

/** One source's words on a slide: its name, then each quote (in English beside its marked translation). */
function SourceWords({
  group,
  part,
}: {
  group: QuoteGroup;
  part: (s: { part: number; parts: number }) => string;
}): React.JSX.Element {
  const { t, lang } = useT();
  return (
    <article className="present-source" data-source={group.source.id}>
      <h3>
        <SourceName source={group.source} />
        {group.parts > 1 && <span className="present-part"> {part(group)}</span>}
      </h3>
      {group.quotes.map((q) => (
        <figure key={q.start} className={`present-quote${lang === 'en' ? ' with-translation' : ''}`}>
          <blockquote lang="ar" dir="rtl">
            {q.text}
          </blockquote>
          {lang === 'en' && (
            <p className="present-translation" lang="en" dir="ltr">
              <span className="translation-label" title={t('quote.translationNote')}>
                {t('quote.translation')}
              </span>{' '}
              {q.en}
            </p>
          )}
        </figure>
      ))}
    </article>
  );
}

/** A slide's name in the overview and the presenter view: "Opening", the outlet, or the divergence. */
export function slideName(
  slide: DeckSlide,
  t: ReturnType<typeof useT>['t'],
  lang: Lang,
  num: (n: number) => string,
): string {
  if (slide.kind === 'title') return t('deck.titleSlide');
  const s = slide.slide;
  const part = (x: { part: number; parts: number }): string =>
    x.parts > 1 ? ` ${t('present.part', { part: num(x.part), parts: num(x.parts) })}` : '';
  return s.kind === 'intro'
    ? t('deck.opening')
    : s.kind === 'quotes'
      ? s.groups.map((g) => `${sourceLabel(g.source, lang)}${part(g)}`).join(partSeparator(lang))
      : `${t('present.diverge')}${part(s)}`;
}
