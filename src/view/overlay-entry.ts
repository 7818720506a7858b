/**
 * What gives an overlay (a modal dialog) a history entry of its own, so that the browser's Back closes
 * it wherever the reader came from, a shared link included, and never leaves the app (UX review 9p,
 * S2-2). The address bar is the app's (`app/address.ts` installs the hooks); a view only says when an
 * overlay opens and when it closes by its own button or Escape.
 */
export interface OverlayEntries {
  /** An overlay has opened: returns what identifies its entry. */
  opened(): number;
  /** The overlay that `opened` returned `entry` for has closed by its own control, not by Back. */
  closed(entry: number): void;
}

let hooks: OverlayEntries | null = null;

/** Installs (or, with null, removes) what keeps the overlays' entries. */
export function keepOverlayEntries(next: OverlayEntries | null): void {
  hooks = next;
}

export const overlayOpened = (): number => hooks?.opened() ?? 0;
export const overlayClosed = (entry: number): void => hooks?.closed(entry);
