import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { dataText, localeTag, useT } from '../../i18n';
import { Counter, Overview } from './Overview';
import type { PresentViewProps } from './PresentView';
import { SlideFace } from './SlideFace';

export type PresenterViewProps = PresentViewProps;

/** Elapsed time that can be paused and reset, ticking once a second. */
function useStopwatch(): {
  ms: number;
  running: boolean;
  toggle: () => void;
  reset: () => void;
  now: number;
} {
  const [now, setNow] = useState(() => Date.now());
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [banked, setBanked] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return {
    ms: banked + (since === null ? 0 : Math.max(0, now - since)),
    running: since !== null,
    now,
    toggle: () => {
      const t = Date.now();
      if (since === null) setSince(t);
      else {
        setBanked((b) => b + (t - since));
        setSince(null);
      }
      setNow(t);
    },
    reset: () => {
      const t = Date.now();
      setBanked(0);
      setSince((s) => (s === null ? null : t));
      setNow(t);
    },
  };
}

/** The width of an element, followed as it changes. */
function useWidth(): [(el: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    if (el === null) return;
    const measure = (): void => setWidth(Math.floor(el.clientWidth));
    measure();
    if (typeof ResizeObserver === 'function') {
      observer.current = new ResizeObserver(measure);
      observer.current.observe(el);
    }
  }, []);
  return [ref, width];
}

/**
 * The briefer's own window: the slide the room sees and the next one, the speaker notes in large
 * type, the time taken and the clock. Its keys and buttons drive the room's screen, and the room's
 * screen drives it.
 */
export function PresenterView(p: PresenterViewProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const ids = useId();
  const watch = useStopwatch();
  const [nowRef, nowWidth] = useWidth();
  const [nextRef, nextWidth] = useWidth();
  if (p.overview) return <Overview {...p} />;
  const slide = p.deck.slides[p.at];
  const next = p.deck.slides[p.at + 1];
  const tag = localeTag(lang, display);
  const two = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false });
  const seconds = Math.floor(watch.ms / 1000);
  const elapsed = `${two.format(Math.floor(seconds / 3600))}:${two.format(Math.floor(seconds / 60) % 60)}:${two.format(seconds % 60)}`;
  const clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(watch.now);
  const notes = slide?.notes?.[lang];
  // The slides at the room's proportions, in smaller type.
  const mini = (width: number, fallback: number): React.CSSProperties => {
    // The slide's own padding and border take a little of the column.
    const share = width > 0 ? Math.min(1, (width - 24) / p.box.width) : fallback;
    return {
      '--present-body': `${Math.max(8, p.box.fontPx * share)}px`,
      '--present-title': `${Math.max(12, p.box.fontPx * share * 1.65)}px`,
      inlineSize: `${p.box.width * share + 24}px`,
    } as React.CSSProperties;
  };
  return (
    <section className="presenter" aria-labelledby={`${ids}-heading`}>
      <header className="presenter-bar">
        <h2 id={`${ids}-heading`} className="presenter-heading">
          {t('deck.presenter')}
        </h2>
        <Counter at={p.at} total={p.deck.slides.length} />
        <p className="presenter-time">
          <span>{t('deck.elapsed')}</span> <time className="presenter-elapsed">{elapsed}</time>
        </p>
        <button type="button" onClick={watch.toggle} aria-pressed={!watch.running}>
          {t(watch.running ? 'deck.pause' : 'deck.resume')}
        </button>
        <button type="button" onClick={watch.reset}>
          {t('deck.reset')}
        </button>
        <p className="presenter-time">
          <span>{t('deck.clock')}</span> <time>{clock}</time>
        </p>
      </header>
      <div className="presenter-main">
        <section className="presenter-now" aria-labelledby={`${ids}-now`} ref={nowRef}>
          <h3 id={`${ids}-now`} className="presenter-label">
            {t('deck.now')}
          </h3>
          <div className="presenter-slide" style={mini(nowWidth, 0.5)}>
            {slide !== undefined && (
              <SlideFace
                index={p.index}
                deck={p.deck}
                slide={slide}
                datasetTitle={p.datasetTitle}
                titleId={`${ids}-now-title`}
              />
            )}
          </div>
        </section>
        <section className="presenter-next" aria-labelledby={`${ids}-next`} ref={nextRef}>
          <h3 id={`${ids}-next`} className="presenter-label">
            {t('deck.nextSlide')}
          </h3>
          {next === undefined ? (
            <p className="presenter-end">{t('deck.end')}</p>
          ) : (
            <div className="presenter-slide" style={mini(nextWidth, 0.3)}>
              <SlideFace
                index={p.index}
                deck={p.deck}
                slide={next}
                datasetTitle={p.datasetTitle}
                titleId={`${ids}-next-title`}
              />
            </div>
          )}
        </section>
        <section className="presenter-notes" aria-labelledby={`${ids}-notes`}>
          <h3 id={`${ids}-notes`} className="presenter-label">
            {t('deck.notes')}
          </h3>
          {notes === undefined || notes.trim() === '' ? (
            <p className="presenter-none">{t('deck.noNotes')}</p>
          ) : (
            notes.split(/\n+/u).map((para, i) => <p key={i}>{dataText(para, lang, display)}</p>)
          )}
          {slide?.kind === 'event' && (
            // The slide says in one line how the date is known; the briefer has the whole note.
            <section className="presenter-basis" aria-labelledby={`${ids}-basis`}>
              <h4 id={`${ids}-basis`}>
                {t('present.howKnown')}: {t(`basis.${slide.event.basis}`)}
              </h4>
              <p>{dataText(slide.event.basisNote[lang], lang, display)}</p>
            </section>
          )}
        </section>
      </div>
      <nav className="present-nav" aria-label={t('present.nav')}>
        <button type="button" disabled={p.at <= 0} onClick={() => p.onStep(-1)}>
          {t('present.previous')}
        </button>
        <button type="button" onClick={() => p.onOverview(true)}>
          {t('present.overview')}
        </button>
        <button
          type="button"
          onClick={() => p.onBlank(p.blank === 'black' ? null : 'black')}
          aria-pressed={p.blank === 'black'}
        >
          {t('deck.blackButton')}
        </button>
        <button type="button" disabled={p.at >= p.deck.slides.length - 1} onClick={() => p.onStep(1)}>
          {t('present.next')}
        </button>
      </nav>
    </section>
  );
}
