import { useEffect, useRef } from 'react';
import {
  sharedOrigins,
  unknownOriginSources,
  type DatasetIndex,
  type Source,
  type TimelineEvent,
} from '../../domain';
import { formatEventDate, formatNumber, LANGUAGES, useT } from '../../i18n';
import { SharedCopyNote } from '../compare/SharedCopyNote';
import type { Slide } from './slides';
import { supportText } from '../compare/support-text';

export interface PresentViewProps {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent | null;
  readonly reporting: readonly Source[];
  readonly slides: readonly Slide[];
  /** The slide on screen, an index into `slides`. */
  readonly step: number;
  /** The events the presentation walks through, and where the current one is (1-based; 0: not in it). */
  readonly walk: readonly TimelineEvent[];
  readonly position: number;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  readonly overview: boolean;
  readonly onStep: (by: 1 | -1) => void;
  readonly onOverview: (open: boolean) => void;
  readonly onGoto: (id: string) => void;
  /** The slide's body: its size decides how the quotes are split into steps. */
  readonly bodyRef: (el: HTMLDivElement | null) => void;
}

/** The presenter's slide: a large title, the date and how it is known, then each source's words. */
export function PresentView(p: PresentViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const num = (n: number): string => formatNumber(n, lang, display);
  const rtl = LANGUAGES[lang].dir === 'rtl';
  if (p.overview) return <Overview {...p} />;
  const { event } = p;
  const slide = p.slides[p.step];
  return (
    <section className="present-slide" aria-labelledby={event === null ? undefined : 'present-title'}>
      {event === null ? (
        <div className="present-body" ref={p.bodyRef}>
          <p>{t('present.start')}</p>
        </div>
      ) : (
        <>
          <header className="present-head">
            <p className="present-meta">
              <span className="present-position">
                {p.position > 0 ? `${num(p.position)} / ${num(p.walk.length)}` : num(p.walk.length)}
              </span>
              <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>
              {event.basis !== 'stated' && (
                <span className="badge badge-derived">{t(`basis.${event.basis}`)}</span>
              )}
            </p>
            <h2 id="present-title">{event.title[lang]}</h2>
          </header>
          <div className="present-body" ref={p.bodyRef}>
            {slide !== undefined && <SlideBody {...p} event={event} slide={slide} />}
          </div>
        </>
      )}
      <nav className="present-nav" aria-label={t('present.nav')}>
        <button type="button" disabled={p.atStart} onClick={() => p.onStep(-1)} aria-keyshortcuts="PageUp">
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {t('present.previous')}
        </button>
        <p className="present-step" aria-live="polite">
          {event !== null &&
            t('present.step', {
              step: num(p.step + 1),
              total: num(p.slides.length),
              title: event.title[lang],
            })}
        </p>
        <button type="button" onClick={() => p.onOverview(true)} aria-keyshortcuts="O">
          {t('present.overview')}
        </button>
        <button type="button" disabled={p.atEnd} onClick={() => p.onStep(1)} aria-keyshortcuts="PageDown">
          {t('present.next')} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
      </nav>
    </section>
  );
}

function SlideBody({
  index,
  event,
  reporting,
  slide,
}: PresentViewProps & { event: TimelineEvent; slide: Slide }): React.JSX.Element {
  const { t, lang, display } = useT();
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
              <section key={block}>
                <h3>{t('present.howKnown')}</h3>
                <p>
                  <strong>{t(`basis.${event.basis}`)}.</strong> {event.basisNote[lang]}
                </p>
              </section>
            ) : block === 'summary' ? (
              <section key={block}>
                <h3>{t('present.summary')}</h3>
                <p>{event.summary[lang]}</p>
              </section>
            ) : (
              <section key={block}>
                <h3>{t('present.toldBy')}</h3>
                <ul className="present-told">
                  {reporting.map((s) => (
                    <li key={s.id}>
                      <bdi>{s.outlet[lang]}</bdi> (
                      {t('source.quotes', {
                        count: event.accounts.find((a) => a.source === s.id)?.quotes.length ?? 0,
                      })}
                      )
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
        </div>
      );
    case 'quotes':
      return (
        <article className="present-source" data-source={slide.source.id}>
          <h3>
            <bdi>{slide.source.outlet[lang]}</bdi>
            {slide.parts > 1 && <span className="present-part"> {part(slide)}</span>}
          </h3>
          {slide.quotes.map((q) => (
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
    case 'diverge':
      return (
        <section className="present-diverge">
          <h3>
            {t('present.diverge')}
            {slide.parts > 1 && <span className="present-part"> {part(slide)}</span>}
          </h3>
          <ul>
            {slide.rows.map((r) => {
              const by = r.claim.by === undefined ? undefined : index.entities.get(r.claim.by);
              const carrying = r.cells.filter((c) => c.quotes.length > 0).map((c) => c.source.outlet[lang]);
              return (
                <li key={r.claim.id} className={r.singleSource ? 'single' : 'differ'}>
                  <p className="present-claim">
                    {r.claim.text[lang]}
                    {by !== undefined && (
                      <span className="present-by"> ({t('claims.by', { name: by.name[lang] })})</span>
                    )}
                  </p>
                  <p className="present-carried">
                    <span className={`badge ${r.singleSource ? 'badge-single' : 'badge-differ'}`}>
                      {t(r.singleSource ? 'present.onlyIn' : 'present.wordedIn')}
                    </span>{' '}
                    {carrying.map((name, i) => (
                      <span key={name}>
                        {i > 0 && t('present.and')}
                        <bdi>{name}</bdi>
                      </span>
                    ))}
                    {r.carriedBy > 1 && <span className="present-support"> ({supportText(t, r)})</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      );
  }
}

/** The whole walk on one slide: each event with its date, the current one marked; a click goes there. */
function Overview(p: PresentViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const current = useRef<HTMLButtonElement>(null);
  useEffect(() => current.current?.focus(), []);
  return (
    <section className="present-overview" aria-labelledby="present-overview-title">
      <h2 id="present-overview-title">{t('present.overviewTitle')}</h2>
      <ol className="present-overview-list">
        {p.walk.map((e) => {
          const here = e.id === p.event?.id;
          return (
            <li key={e.id} aria-current={here ? 'step' : undefined}>
              <button type="button" ref={here ? current : undefined} onClick={() => p.onGoto(e.id)}>
                <time dateTime={e.start}>{formatEventDate(e.start, e.end, lang, display)}</time>
                <span>{e.title[lang]}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <nav className="present-nav" aria-label={t('present.nav')}>
        <button type="button" onClick={() => p.onOverview(false)} aria-keyshortcuts="O Escape">
          {t('present.backToSlide')}
        </button>
      </nav>
    </section>
  );
}
