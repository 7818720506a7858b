/**
 * What the screen's announcer says: the event selected (its title and date) or that the selection was
 * cleared, and after a change of filters how many events they leave. Whatever else the screen wants
 * said (a briefing's news) goes through the setter.
 */
import { useEffect, useRef, useState } from 'react';
import type { Filters, EventHead } from '../domain';
import { formatEventDate, useT } from '../i18n';

export interface AnnouncementInput {
  readonly eventId: string | null;
  readonly selected: EventHead | null;
  readonly filters: Filters;
  readonly visible: readonly EventHead[];
}

export function useAnnouncement({
  eventId,
  selected,
  filters,
  visible,
}: AnnouncementInput): readonly [string, (message: string) => void] {
  const { t, lang, display } = useT();
  const [message, setMessage] = useState('');
  const announced = useRef<string | null>(eventId);
  useEffect(() => {
    if (announced.current === eventId) return;
    announced.current = eventId;
    setMessage(
      selected === null
        ? t('announce.cleared')
        : t('announce.selected', {
            title: selected.title[lang],
            date: formatEventDate(selected.start, selected.end, lang, display),
          }),
    );
  }, [eventId, selected, lang, t, display]);

  // A change of filters says how many events they leave.
  const filtered = useRef(filters);
  useEffect(() => {
    if (filtered.current === filters) return;
    filtered.current = filters;
    setMessage(t('reading.filtered', { count: visible.length }));
  }, [filters, visible, t]);
  return [message, setMessage];
}
