import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../domain';
import { formatEventDate, useT } from '../../i18n';

export interface EventListProps {
  /** Already in chronological order. */
  readonly events: readonly TimelineEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** Every event in time order: the keyboard and screen-reader way through the timeline. */
export function EventList({ events, selectedId, onSelect }: EventListProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    // Scroll the list only: scrollIntoView would also scroll the page away from the timeline.
    const ol = list.current;
    const el = [...(ol?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [])].find(
      (b) => b.dataset.eventId === selectedId,
    );
    if (ol == null || el == null) return;
    const top = el.offsetTop - ol.offsetTop;
    if (top < ol.scrollTop || top + el.offsetHeight > ol.scrollTop + ol.clientHeight)
      ol.scrollTop = top - ol.clientHeight / 3;
  }, [selectedId]);
  return (
    <nav className="event-list" aria-labelledby="list-heading" id="event-list">
      <h2 id="list-heading">
        {t('list.heading')} <span className="count">({t('list.events', { count: events.length })})</span>
      </h2>
      <ol ref={list}>
        {events.map((e) => {
          const selected = e.id === selectedId;
          return (
            <li key={e.id}>
              <button
                type="button"
                data-event-id={e.id}
                aria-current={selected ? 'true' : undefined}
                className={`list-item kind-${e.kind}${selected ? ' selected' : ''}`}
                onClick={() => onSelect(e.id)}
              >
                <time dateTime={e.start} className={e.basis === 'stated' ? '' : 'derived'}>
                  {formatEventDate(e.start, e.end, lang, display)}
                </time>
                <span className="list-title">{e.title[lang]}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
