import { useLayoutEffect, useRef } from 'react';
import { isInferred, type TimelineEvent } from '../../domain';
import { formatEventDate, useT } from '../../i18n';
import { DerivedKey, DerivedMark } from '../DerivedMark';
import { DataText } from '../DataText';
import { startingEvents, tellers, wholeCards } from './start-here';

export interface StartHereProps {
  readonly events: readonly TimelineEvent[];
  readonly onSelect: (id: string) => void;
  /** Whether the page has the phone's layout (the app's `usePhone`): a phone keeps five places to start. */
  readonly phone: boolean;
}

/**
 * The desk's first view with nothing selected: instead of an empty card, the events where the most
 * sources can be compared, one click each, with how many sources tell them (`DESK_COUNT` at a desk).
 */
export function StartHere({ events, onSelect, phone }: StartHereProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const start = startingEvents(events, phone ? undefined : DESK_COUNT);
  const section = useRef<HTMLElement>(null);
  useWholeCards(section, start.length);
  if (start.length === 0) return null;
  return (
    <section className="start-here" aria-labelledby="start-heading" ref={section}>
      <h2 id="start-heading">{t('start.heading')}</h2>
      <p className="start-lead">{t('start.lead')}</p>
      <ol>
        {start.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={`start-event kind-${e.kind}`}
              data-event-id={e.id}
              onClick={() => onSelect(e.id)}
            >
              <time dateTime={e.start}>
                {formatEventDate(e.start, e.end, lang, display)}
                {/* Marked as in the list: a date worked out, not printed (UX review 5, S3 #16). */}
                {isInferred(e.basis) && <DerivedMark />}
              </time>
              <span className="start-title">
                <DataText text={e.title[lang]} />
              </span>
              <span className="start-count">{t('count.sources', { count: tellers(e) })}</span>
            </button>
          </li>
        ))}
      </ol>
      {/* The mark's key where it is first seen (a phone's; a desk's is beside its timeline). */}
      {start.some((e) => isInferred(e.basis)) && <DerivedKey className="start-key" />}
      <p className="start-more">{t('start.more')}</p>
    </section>
  );
}

/**
 * At a desk "Start here" has the room the column gives it: the cards that are not whole in it are
 * left out (the list below has every event), so that it never scrolls on its own (UX review 6, S3 #8).
 * Measured again whenever its room changes; where it is not bounded (a phone), every card stays.
 */
function useWholeCards(ref: React.RefObject<HTMLElement | null>, count: number): void {
  useLayoutEffect(() => {
    const section = ref.current;
    if (section === null || typeof ResizeObserver === 'undefined') return;
    const fit = (): void => {
      const cards = [...section.querySelectorAll<HTMLElement>(':scope > ol > li')];
      for (const c of cards) c.hidden = false;
      const more = section.querySelector<HTMLElement>(':scope > .start-more');
      const box = section.getBoundingClientRect();
      const style = getComputedStyle(section);
      const room =
        box.top +
        section.clientTop +
        section.clientHeight -
        parseFloat(style.paddingBlockEnd) -
        (more === null ? 0 : more.offsetHeight + parseFloat(getComputedStyle(more).marginBlockStart));
      // Bottoms as if the section were scrolled to its top.
      const bottoms = cards.map((c) => c.getBoundingClientRect().bottom + section.scrollTop);
      const whole =
        section.scrollHeight > section.clientHeight + 1 ? wholeCards(bottoms, room) : cards.length;
      cards.forEach((c, i) => (c.hidden = i >= whole));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(section);
    return () => observer.disconnect();
  }, [ref, count]);
}

/**
 * The same three places to start at every desk size, in both languages (review 10, S3-14: one at
 * 1280×720, ten at 2560×1440, so the June 2024 call was offered at some sizes only); the column gives
 * three the room they need (layout.css). A phone's page scrolls, and keeps five.
 */
const DESK_COUNT = 3;
