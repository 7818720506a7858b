import type { KeyPress } from '../keys';

/** What a key asks for while presenting. */
export type PresentCommand =
  | { readonly kind: 'step'; readonly by: 1 | -1 }
  | { readonly kind: 'event'; readonly by: 1 | -1 }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'overview' }
  | { readonly kind: 'exit' };

/**
 * Keys in presentation mode: what clickers send (PageDown / PageUp), Space and Shift+Space, ↓ / ↑ and
 * the arrows in reading direction (in Arabic ← goes later) step slide by slide; Shift with an arrow
 * skips to the next or previous event; Home / End go to the walk's ends; O shows the overview;
 * Escape leaves.
 */
export function presentKeyFor(k: KeyPress, rtl: boolean): PresentCommand | null {
  if (k.ctrlKey || k.metaKey || k.altKey) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (k.key) {
    case forward:
      return { kind: k.shiftKey ? 'event' : 'step', by: 1 };
    case backward:
      return { kind: k.shiftKey ? 'event' : 'step', by: -1 };
    case 'PageDown':
    case 'ArrowDown':
      return { kind: 'step', by: 1 };
    case 'PageUp':
    case 'ArrowUp':
      return { kind: 'step', by: -1 };
    case ' ':
    case 'Spacebar':
      return { kind: 'step', by: k.shiftKey ? -1 : 1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'o':
    case 'O':
      return { kind: 'overview' };
    case 'Escape':
      return { kind: 'exit' };
    default:
      return null;
  }
}
