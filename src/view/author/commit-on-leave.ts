import { useEffect, useRef } from 'react';

/**
 * While a field holds typing it has not committed yet (it commits on leaving the field), leaving the
 * page commits it and asks the browser to confirm: a reload or a closed tab never drops typing
 * silently while the header says every change is saved.
 */
export function useCommitBeforeLeaving(dirty: boolean, commit: () => void): void {
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    if (!dirty) return;
    const leave = (e: BeforeUnloadEvent): void => {
      latest.current();
      e.preventDefault();
    };
    addEventListener('beforeunload', leave);
    return () => removeEventListener('beforeunload', leave);
  }, [dirty]);
}
