import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Below this width the selected event is a view of its own over the page (see `layout.css`). */
const PHONE = '(max-width: 899px)';

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(PHONE);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
const isPhone = (): boolean => matchMedia(PHONE).matches;

/** Whether the window has the phone layout (narrower than the desk's 900 px), following resizes. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}

/**
 * A phone's event view: while it is open the page behind it is `inert` (out of the focus order and the
 * accessibility tree) and focus starts at the event's headline; Back closes it and puts focus on the
 * event's row in the list, marked "just read", so the reader sees where they were.
 */
export function useEventView(
  eventId: string | null,
  present: boolean,
  select: (id: string | null) => void,
): {
  readonly covered: boolean;
  readonly back: () => void;
  /** The event the reader last came back from, marked "just read" in the list; null before any. */
  readonly read: string | null;
} {
  const phone = usePhone();
  const covered = phone && eventId !== null && !present;
  useEffect(() => {
    if (!covered) return;
    document.getElementById('detail-heading')?.focus({ preventScroll: true });
  }, [covered, eventId]);
  const left = useRef<string | null>(null);
  const [read, setRead] = useState<string | null>(null);
  const back = useCallback(() => {
    left.current = eventId;
    setRead(eventId);
    select(null);
  }, [eventId, select]);
  useEffect(() => {
    const id = left.current;
    if (covered || id === null) return;
    left.current = null;
    const row = document.querySelector<HTMLElement>(`.list-item[data-event-id="${CSS.escape(id)}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [covered]);
  return { covered, back, read };
}
