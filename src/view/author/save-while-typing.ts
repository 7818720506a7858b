import { createContext, useContext, useEffect, useId, useRef } from 'react';

/** How long after the last key typing is committed (one command, one undo step, per pause). */
export const TYPING_PAUSE_MS = 400;

/**
 * Where fields report typing they hold but have not committed yet: the workbench's header says
 * "Saving…" while any does, never "All changes saved".
 */
export const TypingContext = createContext<(field: string, pending: boolean) => void>(() => undefined);

/**
 * Saves typing while it happens: `commit` runs once typing pauses for {@link TYPING_PAUSE_MS}, and at
 * once when the page is hidden or left (`pagehide`, `visibilitychange`, `beforeunload`; the last also
 * asks the browser to confirm, as the write may not finish). Until then the field is reported pending
 * to {@link TypingContext}. Leaving the field or pressing Enter still commits at once (the field's own
 * handlers). `dirty` says the field holds text its committed value does not.
 */
export function useSaveWhileTyping(dirty: boolean, text: string, commit: () => void): void {
  const latest = useRef(commit);
  latest.current = commit;
  const report = useContext(TypingContext);
  const field = useId();

  // A pause in typing commits; every key restarts the wait.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => latest.current(), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [dirty, text]);

  useEffect(() => {
    report(field, dirty);
    if (!dirty) return;
    const now = (): void => latest.current();
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') now();
    };
    const leave = (e: BeforeUnloadEvent): void => {
      now();
      e.preventDefault();
    };
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    addEventListener('beforeunload', leave);
    return () => {
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      removeEventListener('beforeunload', leave);
    };
  }, [dirty, report, field]);

  useEffect(() => () => report(field, false), [report, field]);
}
