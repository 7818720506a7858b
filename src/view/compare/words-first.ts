import { useCallback, useSyncExternalStore } from 'react';

/**
 * The width up to which a source read alone shows its first words before the line that says when it
 * came out and what it rests on (`reader.css`, a phone held upright).
 */
const WORDS_FIRST = '(max-width: 600px)';

/**
 * Whether a source panel puts its first quote before its identity line. The panel then writes them in
 * that order, so that the focus order and a screen reader follow the screen (UX review 10p, S3-14).
 */
export function useWordsFirst(): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    if (typeof matchMedia !== 'function') return () => {};
    const media = matchMedia(WORDS_FIRST);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(WORDS_FIRST).matches,
    () => false,
  );
}
