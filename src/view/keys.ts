/** What a key press on the timeline asks for; pure, so the bindings are tested without a browser. */
export type TimelineCommand =
  | { readonly kind: 'step'; readonly by: number }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'pan'; readonly by: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' }
  | { readonly kind: 'clear' };

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * Maps a key to a command. Arrows follow the reading direction: in Arabic (right to left) the left
 * arrow goes later in time, in English the right arrow does.
 */
export function commandFor(k: KeyPress, rtl: boolean): TimelineCommand | null {
  if (k.ctrlKey || k.metaKey || k.altKey) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (k.key) {
    case forward:
      return k.shiftKey ? { kind: 'pan', by: 0.25 } : { kind: 'step', by: 1 };
    case backward:
      return k.shiftKey ? { kind: 'pan', by: -0.25 } : { kind: 'step', by: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 0.5 };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 2 };
    case '0':
      return { kind: 'fit' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}

/** What a key pressed anywhere on the desk (outside the timeline and text fields) asks for. */
export type DeskCommand =
  | { readonly kind: 'step'; readonly by: number }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'close' }
  | { readonly kind: 'help' }
  | { readonly kind: 'search' }
  | Extract<TimelineCommand, { readonly kind: 'zoom' | 'pan' | 'fit' }>;

/** The timeline's zoom, pan and "show all" keys, by their place too (the number pad, an Arabic layout). */
function viewKey(k: PlacedKeyPress, rtl: boolean): DeskCommand | null {
  const c =
    k.code === 'NumpadAdd'
      ? commandFor({ ...k, key: '+' }, rtl)
      : k.code === 'NumpadSubtract'
        ? commandFor({ ...k, key: '-' }, rtl)
        : (k.code === 'Digit0' || k.code === 'Numpad0') && !k.shiftKey
          ? commandFor({ ...k, key: '0' }, rtl)
          : commandFor(k, rtl);
  return c !== null && (c.kind === 'zoom' || c.kind === 'pan' || c.kind === 'fit') ? c : null;
}

/** A key press with its place on the keyboard, so J and K work on an Arabic layout too. */
export interface PlacedKeyPress extends KeyPress {
  readonly code?: string;
}

/**
 * The one way through the events wherever the user clicked last: the arrows in reading direction
 * (mirrored in Arabic, as on the timeline), J for the next event and K for the previous, Home and
 * End for the first and the last, Escape to close the event, / for the search box (by its place on an
 * Arabic keyboard too, where it types ظ) and ? for the list of keys. The
 * timeline's own view keys work here too: + and − zoom, Shift with an arrow pans, 0 shows everything.
 */
export function deskCommandFor(k: PlacedKeyPress, rtl: boolean): DeskCommand | null {
  if (k.ctrlKey || k.metaKey || k.altKey) return null;
  if (k.key === '?' || k.key === '؟') return { kind: 'help' };
  if (k.key === '/' || (k.code === 'Slash' && !k.shiftKey)) return { kind: 'search' };
  const view = viewKey(k, rtl);
  if (view !== null) return view;
  if (k.shiftKey) return null;
  if (k.key === 'Escape') return { kind: 'close' };
  if (k.key === 'Home') return { kind: 'first' };
  if (k.key === 'End') return { kind: 'last' };
  if (k.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return { kind: 'step', by: 1 };
  if (k.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return { kind: 'step', by: -1 };
  if (k.key === 'j' || k.code === 'KeyJ') return { kind: 'step', by: 1 };
  if (k.key === 'k' || k.code === 'KeyK') return { kind: 'step', by: -1 };
  return null;
}
