/**
 * The screen's layout states as classes, the ones its style sheets read: pure, so that which layout a
 * combination of states gives is tested without a browser.
 */

export interface ScreenState {
  readonly present: boolean;
  readonly selected: boolean;
  /** The reading layout (an event's words get the screen on a desk), and its strip folded away. */
  readonly reading: boolean;
  readonly stripFolded: boolean;
  readonly searching: boolean;
}

/** The screen's classes: presenting, an event selected, reading, the strip folded, searching. */
export function screenClass(s: ScreenState): string {
  return [
    'app',
    s.present && 'presenting',
    s.selected && 'has-selection',
    s.reading && 'reading',
    s.reading && s.stripFolded && 'strip-folded',
    s.searching && 'searching',
  ]
    .filter((c) => c !== false)
    .join(' ');
}

export interface SideState {
  readonly searching: boolean;
  readonly selected: boolean;
  readonly phone: boolean;
  /** "Start here" is offered in the card's room (nothing selected yet, on a file). */
  readonly starting: boolean;
}

/**
 * The side column's classes: a search's results take the whole column on a desk (the event's words
 * staying open beside them) and on a phone with nothing open; with nothing selected, where to start.
 */
export function sideClass(s: SideState): string {
  if (s.searching && (!s.selected || !s.phone)) return 'story-side results-only';
  if (s.selected) return 'story-side';
  return s.starting ? 'story-side starting' : 'story-side';
}
