import { useEffect, useRef } from 'react';
import type { Lang, EventHead } from '../../domain';
import { DataText } from '../DataText';
import { canShareSheet, shareSheet, useLinkStatus } from '../share';
import { LANGUAGES, useT } from '../../i18n';

/**
 * A bar of the event view gives the view (its parent) its real height, as the CSS property `name`, for
 * as long as it is shown: what sticks or scrolls beside it keeps clear of it, however it wraps.
 */
function useHeightOnView<T extends HTMLElement>(name: string): React.RefObject<T | null> {
  const bar = useRef<T>(null);
  useEffect(() => {
    const el = bar.current;
    const view = el?.parentElement;
    if (el == null || view == null || typeof ResizeObserver === 'undefined') return;
    const fit = (): void => {
      if (el.offsetHeight > 0) view.style.setProperty(name, `${el.offsetHeight}px`);
      else view.style.removeProperty(name);
    };
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => {
      watch.disconnect();
      view.style.removeProperty(name);
    };
  }, [name]);
  return bar;
}

export interface EventViewBarProps {
  readonly onBack: () => void;
  readonly onLanguage: (lang: Lang) => void;
}

/**
 * The top of a selected event's own view on a phone: the way back to the timeline, Share (the system
 * share sheet where there is one, else the link copied, said in a status line) and the language switch
 * (the page's own header is behind the view), which keeps the event.
 */
export function EventViewBar({ onBack, onLanguage }: EventViewBarProps): React.JSX.Element {
  const { t, lang } = useT();
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const { status, setStatus, copy } = useLinkStatus();
  // What sticks under the bar (the source tabs, the claims table's headers) sticks under its real
  // height, which grows when a label wraps: a fixed offset let the tabs slide under a two-line bar.
  const bar = useHeightOnView<HTMLDivElement>('--sticky-top');
  const share = async (): Promise<void> => {
    if (!canShareSheet() || !(await shareSheet())) await copy();
  };
  return (
    <div className="story-bar" ref={bar}>
      {/* A chevron and a short label on one line; a screen reader hears the whole name. */}
      <button type="button" className="story-back" aria-label={t('layout.back')} onClick={onBack}>
        <span className="story-back-mark" aria-hidden="true">
          {LANGUAGES[lang].dir === 'rtl' ? '›' : '‹'}
        </span>
        {t('layout.backShort')}
      </button>
      <button type="button" className="story-share" onClick={() => void share()}>
        {t('share.label')}
      </button>
      <span className="story-status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="story-lang"
        lang={other}
        dir={LANGUAGES[other].dir}
        onClick={() => {
          // "Link copied" was said in the language left: it goes with it.
          setStatus('');
          onLanguage(other);
        }}
      >
        {t('language.switchTo', { lng: other })}
      </button>
    </div>
  );
}

export interface EventStepsProps {
  readonly earlier: EventHead | undefined;
  readonly later: EventHead | undefined;
  readonly onStep: (id: string) => void;
  /** While a search is active: which of its matches is open ("2 of 9 matching events"). */
  readonly at?: string | undefined;
}

/**
 * The foot of a phone's event view: the events just before and after in time, each named, so a reader
 * goes through the story as through a news app's stories (the arrows point the line's way).
 */
export function EventSteps({ earlier, later, onStep, at }: EventStepsProps): React.JSX.Element {
  const { t, lang } = useT();
  // What focus or a jump brings into view stops above the bar, by its real height (a search's "2 of 9"
  // line makes it taller): a control tabbed to sat half under it (UX review 13p, S3-13).
  const bar = useHeightOnView<HTMLElement>('--steps-room');
  const step = (e: EventHead | undefined, which: 'earlier' | 'later'): React.ReactNode =>
    e === undefined ? (
      // The first or last event: its half says so, as a step that cannot be taken, not a blank box.
      <button type="button" className={`step-${which} step-end`} disabled>
        <span className="step-end-label">{t(which === 'earlier' ? 'layout.earliest' : 'layout.latest')}</span>
      </button>
    ) : (
      <button type="button" className={`step-${which}`} onClick={() => onStep(e.id)}>
        <span className="step-label">{t(`layout.${which}`)}</span>
        <span className="step-title">
          <DataText text={e.title[lang]} />
        </span>
      </button>
    );
  return (
    <nav className="story-steps" aria-label={t('layout.steps')} ref={bar}>
      {at !== undefined && <p className="steps-at">{at}</p>}
      {step(earlier, 'earlier')}
      {step(later, 'later')}
    </nav>
  );
}
