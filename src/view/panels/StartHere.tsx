import { useEffect, useState } from 'react';
import type { TimelineEvent } from '../../domain';
import { formatEventDate, useT } from '../../i18n';
import { DerivedMark } from '../DerivedMark';
import { DataText } from '../DataText';
import { startingEvents, tellers } from './start-here';

export interface StartHereProps {
  readonly events: readonly TimelineEvent[];
  readonly onSelect: (id: string) => void;
}

/**
 * The desk's first view with nothing selected: instead of an empty card, the events where the most
 * sources can be compared, one click each, with how many sources tell them.
 */
export function StartHere({ events, onSelect }: StartHereProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const start = startingEvents(events, useRoomyDesk() ? ROOMY : undefined);
  if (start.length === 0) return null;
  return (
    <section className="start-here" aria-labelledby="start-heading">
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
                {e.basis !== 'stated' && <DerivedMark />}
              </time>
              <span className="start-title">
                <DataText text={e.title[lang]} />
              </span>
              <span className="start-count">{t('count.sources', { count: tellers(e) })}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="start-more">{t('start.more')}</p>
    </section>
  );
}

/** How many events a large screen (a wall display, a 2560 monitor) offers to start with. */
const ROOMY = 10;
const ROOMY_QUERY = '(min-width: 1800px) and (min-height: 1000px)';

/** Whether the screen has room for more starting points than the usual five (and still has, as it changes). */
function useRoomyDesk(): boolean {
  const [roomy, setRoomy] = useState(
    () => typeof matchMedia !== 'undefined' && matchMedia(ROOMY_QUERY).matches,
  );
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const media = matchMedia(ROOMY_QUERY);
    const on = (): void => setRoomy(media.matches);
    media.addEventListener('change', on);
    return () => media.removeEventListener('change', on);
  }, []);
  return roomy;
}
