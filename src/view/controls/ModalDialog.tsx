import { useEffect, useRef } from 'react';
import { overlayClosed, overlayOpened } from '../overlay-entry';

export interface ModalDialogProps {
  readonly className: string;
  /** Id of the heading, which the header renders. */
  readonly titleId: string;
  readonly title: React.ReactNode;
  readonly subtitle: React.ReactNode;
  readonly closeLabel: string;
  /** Called once the dialog has closed (button, Escape, or the browser). */
  readonly onClose: () => void;
  /** Runs after the dialog opens, and again whenever `focusKey` changes (e.g. to scroll into view). */
  readonly onShown?: () => void;
  readonly focusKey?: string;
  readonly children: React.ReactNode;
}

/**
 * A native modal `<dialog>`: the browser traps focus, closes it on Escape and gives it a backdrop;
 * the caller returns focus to whatever opened it.
 */
export function ModalDialog(p: ModalDialogProps): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const latest = useRef(p);
  latest.current = p;
  // An entry of its own while it is open: Back closes it, and its × or Escape takes the entry away.
  useEffect(() => {
    const entry = overlayOpened();
    return () => overlayClosed(entry);
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (!d.open) d.showModal?.();
    latest.current.onShown?.();
    const onDialogClose = (): void => latest.current.onClose();
    d.addEventListener('close', onDialogClose);
    return () => d.removeEventListener('close', onDialogClose);
  }, [p.focusKey]);
  return (
    <dialog ref={dialog} className={`modal ${p.className}`} aria-labelledby={p.titleId}>
      <header className="reader-head">
        <div>
          <h2 id={p.titleId}>{p.title}</h2>
          <p className="reader-sub">{p.subtitle}</p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={p.closeLabel}
          title={p.closeLabel}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      {p.children}
    </dialog>
  );
}
