import type { PresentCommand } from '../../state';
import type { KeyPress } from '../keys';

export type { PresentCommand } from '../../state';

/** Western, Arabic-Indic and Eastern Arabic-Indic digits, as keyboards in either language send them. */
const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
function digitOf(key: string): string | null {
  for (const set of DIGITS) {
    const i = set.indexOf(key);
    if (key.length === 1 && i >= 0) return String(i);
  }
  return null;
}

/**
 * Keys in presentation mode, as slide programs have them. What clickers send (PageDown / PageUp),
 * Space and Shift+Space, ↓ / ↑, Enter and Backspace, N and P, and the arrows in reading direction
 * (in Arabic ← goes on) step slide by slide; Shift with an arrow skips to the next or previous event;
 * Home / End go to the first and last slide; B or "." blacks the screen, W or "," whitens it (again:
 * back); F5 starts from the title slide, Shift+F5 from here; G or O shows every slide; a number and
 * Enter jumps to that slide; Escape leaves (the blank screen or the overview first).
 */
export function presentKeyFor(k: KeyPress, rtl: boolean): PresentCommand | null {
  if (k.ctrlKey || k.metaKey || k.altKey) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const digit = digitOf(k.key);
  if (digit !== null) return { kind: 'digit', digit };
  switch (k.key) {
    case forward:
      return { kind: k.shiftKey ? 'event' : 'step', by: 1 };
    case backward:
      return { kind: k.shiftKey ? 'event' : 'step', by: -1 };
    case 'PageDown':
    case 'ArrowDown':
    case 'n':
    case 'N':
      return { kind: 'step', by: 1 };
    case 'PageUp':
    case 'ArrowUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return { kind: 'step', by: -1 };
    case ' ':
    case 'Spacebar':
      return { kind: 'step', by: k.shiftKey ? -1 : 1 };
    case 'Enter':
      return k.shiftKey ? { kind: 'step', by: -1 } : { kind: 'enter' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank', colour: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { kind: 'blank', colour: 'white' };
    case 'F5':
      return { kind: 'start', here: k.shiftKey };
    case 'g':
    case 'G':
    case 'o':
    case 'O':
      return { kind: 'overview' };
    case 'Escape':
      return { kind: 'exit' };
    default:
      return null;
  }
}

/** A finished touch on the slide: where it began, how far it moved, and the slide's width. */
export interface TouchGesture {
  readonly x: number;
  readonly width: number;
  readonly dx: number;
  readonly dy: number;
}

const SWIPE = 40;
const TAP = 12;

/**
 * A phone or tablet as a clicker: a swipe against the reading direction (leftwards in English,
 * rightwards in Arabic) goes on and the other way back; a tap on the half where reading ends goes on
 * and on the other half back. A mostly vertical move is nothing (the page may scroll).
 */
export function touchCommand(g: TouchGesture, rtl: boolean): PresentCommand | null {
  const ax = Math.abs(g.dx);
  const ay = Math.abs(g.dy);
  if (ax >= SWIPE && ax > 1.5 * ay) {
    const leftwards = g.dx < 0;
    return { kind: 'step', by: leftwards !== rtl ? 1 : -1 };
  }
  if (ax < TAP && ay < TAP && g.width > 0) {
    const rightHalf = g.x >= g.width / 2;
    return { kind: 'step', by: rightHalf !== rtl ? 1 : -1 };
  }
  return null;
}
