import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { savedFolds, saveFold, savedReading, saveReading } from '../state';
import { readPlace, restorePlace, type ReadingPlace } from './reading-place';

/** The key that switches between the reading layout and the full timeline. */
export const READING_KEY = 't';

/** A key press that asks for the other layout: T (any keyboard layout: by its place), no modifiers. */
export function isReadingToggle(e: {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.toLowerCase() === READING_KEY || e.code === 'KeyT';
}

/** Whether typing goes to this element (a key there is text, not a command). */
export function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type);
}

/**
 * The reading layout on a desk: while an event is selected its words get the screen and the timeline
 * becomes a strip around it. The user's choice, remembered on this device; T or the toolbar's button
 * switches.
 */
export function useReadingLayout(active: boolean): {
  readonly reading: boolean;
  readonly toggle: () => void;
} {
  const [reading, setReading] = useState(savedReading);
  // The reader's place in the words (the section, source, claim or quote at the pane's top) kept
  // across the switch: the other layout's pane is another height, and its old offset would open it
  // mid-card at no place in particular (review 12, S3-11).
  const place = useRef<ReadingPlace | null>(null);
  const toggle = useCallback(() => {
    const pane = document.querySelector('.story-main');
    place.current = pane === null ? null : readPlace(pane, null);
    setReading((on) => {
      saveReading(!on);
      return !on;
    });
  }, []);
  useLayoutEffect(() => {
    const p = place.current;
    place.current = null;
    const pane = document.querySelector('.story-main');
    if (p !== null && pane !== null) restorePlace(pane, null, p);
  }, [reading]);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || !isReadingToggle(e) || takesText(e.target)) return;
      e.preventDefault();
      toggle();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [active, toggle]);
  return { reading, toggle };
}

/**
 * The reading layout's strip folded to the toolbar's one line, so that the words get its height too:
 * the user's choice, remembered on this device (until they choose, the strip is shown).
 */
export function useStripFold(): {
  readonly folded: boolean;
  readonly toggle: () => void;
  readonly show: () => void;
} {
  const [folded, setFolded] = useState(() => savedFolds().strip);
  const toggle = useCallback(() => {
    setFolded((f) => {
      saveFold('strip', !f);
      return !f;
    });
  }, []);
  // Zooming or panning a folded strip shows it: a move the user cannot see is no move.
  const show = useCallback(() => {
    setFolded((f) => {
      if (f) saveFold('strip', false);
      return false;
    });
  }, []);
  return { folded, toggle, show };
}

/**
 * A newly selected event opens at its top, its heading, source count and first quotes in view, not
 * at the place the reader had scrolled to in the event before (a claim chosen with it keeps its row).
 */
export function useOpensAtTop(eventId: string | null, claimId: string | null): void {
  const shown = useRef(eventId);
  useLayoutEffect(() => {
    if (shown.current === eventId) return;
    shown.current = eventId;
    if (eventId === null || claimId !== null) return;
    for (const view of document.querySelectorAll('.story-main, .story-side > .detail'))
      view.scrollTo({ top: 0, behavior: 'instant' });
  }, [eventId, claimId]);
}
