/**
 * Presentation mode as state: which slide is on screen (an event and its step), the overview, a blank
 * screen and a slide number being typed, all held by the view's store, and the commands that change
 * them, pure `(view, command) → patch` over the deck's flat list of slides, so each is tested without a
 * browser. The app applies the patch to the store and does what the outside world needs (full screen,
 * the other window); the address follows the store (`step=`, through its codec).
 */
import type { ViewState } from './view-state';

/** A place in the deck as the address keeps it: the event (null: the title slide) and its step. */
export interface DeckPosition {
  readonly eventId: string | null;
  /** The slide among the event's own (0-based; negative counts from its last). */
  readonly step: number;
}

export type Blank = 'black' | 'white' | null;

/** The room's screen, or the presenter's own window (`present=presenter`). */
export type DeckRole = 'audience' | 'presenter';

/** What the presentation's screen shows besides the slide. */
export interface DeckScreen {
  /** Every slide at once. */
  readonly overview: boolean;
  readonly blank: Blank;
  /** The digits of a slide number being typed (then Enter goes there). */
  readonly typed: string;
}

export const PLAIN_SCREEN: DeckScreen = { overview: false, blank: null, typed: '' };

/** What a key (or a touch) asks for while presenting. */
export type PresentCommand =
  | { readonly kind: 'step'; readonly by: 1 | -1 }
  | { readonly kind: 'event'; readonly by: 1 | -1 }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'overview' }
  | { readonly kind: 'blank'; readonly colour: 'black' | 'white' }
  /** Any other key: brings a blank screen back (and does nothing else). */
  | { readonly kind: 'show' }
  /** F5: from the title slide; Shift+F5: from the slide (or event) on screen. */
  | { readonly kind: 'start'; readonly here: boolean }
  /** A digit of a slide number being typed (then Enter jumps there). */
  | { readonly kind: 'digit'; readonly digit: string }
  /** Enter: jump to the number typed, or else the next slide. */
  | { readonly kind: 'enter' }
  | { readonly kind: 'exit' };

/** Everything the presentation can be asked: the keys' and touches' commands, and its controls'. */
export type DeckCommand =
  | PresentCommand
  /** A slide picked in the overview or the presenter's list. */
  | { readonly kind: 'goto'; readonly index: number }
  | { readonly kind: 'set-overview'; readonly open: boolean }
  | { readonly kind: 'set-blank'; readonly blank: Blank };

/** What a command needs of the deck on screen. */
export interface DeckWalk {
  readonly role: DeckRole;
  /** How many slides, and the index of the one on screen. */
  readonly total: number;
  readonly current: number;
  /** The index of each entry's first slide, ascending. */
  readonly starts: readonly number[];
  /** The position of a deck index (clamped to the deck). */
  readonly positionOf: (index: number) => DeckPosition;
}

export interface DeckOutcome {
  /** The view's fields that change (empty: nothing). */
  readonly patch: Partial<ViewState>;
  /** Whether the other window should hear where this one is now. */
  readonly tell: boolean;
}

/** A step index within `count` slides: negative counts from the end, and both ends clamp. */
export function resolveStep(step: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, step < 0 ? count + step : step));
}

/** Where one step leads from slide `at` of `count`: the next or previous slide; the ends hold. */
export function stepIn(count: number, at: number, by: number): number {
  return resolveStep(Math.max(0, at + by), count);
}

/**
 * The first slide of the event `by` entries away from slide `at`, given each entry's first slide
 * (`starts`, ascending). Back from inside an event goes to its own first slide first; from the title
 * slide forward reaches the first event. The ends hold.
 */
export function stepEntry(starts: readonly number[], at: number, by: 1 | -1): number {
  if (starts.length === 0) return 0;
  if (by > 0) return starts.find((s) => s > at) ?? at;
  const back = [...starts].reverse().find((s) => s < at);
  return back ?? 0;
}

/**
 * The slide a typed number names (counted from 1, as the counter shows), or null when it names none.
 */
export function slideForNumber(typed: string, count: number): number | null {
  if (!/^\d{1,5}$/u.test(typed)) return null;
  const n = Number(typed);
  return n >= 1 && n <= count ? n - 1 : null;
}

/** The slide the view names: the selected event (or the title slide) at its step, 0 for any other event's. */
export function deckPosition(s: Pick<ViewState, 'eventId' | 'step'>): DeckPosition {
  return { eventId: s.eventId, step: s.step !== null && s.step.eventId === s.eventId ? s.step.step : 0 };
}

/** Starting to present: from the title slide, or from the selected event's first slide. */
export function beginPresenting(s: ViewState, fromStart: boolean): Partial<ViewState> {
  const selected = fromStart ? null : s.eventId;
  return {
    present: true,
    step: selected === null ? null : { eventId: selected, step: 0 },
    deckScreen: PLAIN_SCREEN,
    ...(fromStart ? { eventId: null, sourceId: null, claimId: null } : {}),
  };
}

/** Leaving ends the briefing's presentation too: `briefing=` leaves the address with `present=`. */
export function leavePresenting(): Partial<ViewState> {
  return { present: false, briefingId: null, step: null, deckScreen: PLAIN_SCREEN };
}

/** Going to a slide: its event is selected (another event forgets the chosen source and claim). */
function goTo(s: ViewState, walk: DeckWalk, index: number, screen: DeckScreen): DeckOutcome {
  const at = walk.positionOf(index);
  return {
    patch: {
      step: at,
      deckScreen: screen,
      ...(at.eventId !== s.eventId ? { eventId: at.eventId, sourceId: null, claimId: null } : {}),
    },
    tell: true,
  };
}

const screenOnly = (screen: DeckScreen, tell = false): DeckOutcome => ({
  patch: { deckScreen: screen },
  tell,
});

/**
 * The view after a presentation command. A key on a blank screen brings it back first (the slide
 * stays where it was); stepping closes the overview; Escape closes the overview, else leaves, except
 * in the presenter's own window, which stays one. The controls (`goto`, `set-*`) do just what they say.
 */
export function runDeckCommand(s: ViewState, c: DeckCommand, walk: DeckWalk): DeckOutcome {
  const screen = s.deckScreen;
  const { total, current } = walk;
  if (c.kind === 'digit') return screenOnly({ ...screen, typed: (screen.typed + c.digit).slice(-5) });
  const typed = screen.typed;
  const cleared: DeckScreen = { ...screen, typed: '' };
  const unblank = (): DeckOutcome => screenOnly({ ...cleared, blank: null }, true);
  if (c.kind === 'show') return screen.blank === null ? screenOnly(cleared) : unblank();
  const control = c.kind === 'goto' || c.kind === 'set-overview' || c.kind === 'set-blank';
  if (screen.blank !== null && !control && c.kind !== 'blank' && c.kind !== 'overview') return unblank();
  const closed: DeckScreen = { ...cleared, overview: false };
  switch (c.kind) {
    case 'enter': {
      if (typed === '') return goTo(s, walk, stepIn(total, current, 1), closed);
      const n = slideForNumber(typed, total);
      return n === null ? screenOnly(cleared) : goTo(s, walk, n, closed);
    }
    case 'step':
      return goTo(s, walk, stepIn(total, current, c.by), closed);
    case 'event':
      return goTo(s, walk, stepEntry(walk.starts, current, c.by), closed);
    case 'first':
      return goTo(s, walk, 0, cleared);
    case 'last':
      return goTo(s, walk, total - 1, cleared);
    case 'start':
      return goTo(s, walk, c.here ? current : 0, closed);
    case 'goto':
      return goTo(s, walk, c.index, closed);
    case 'overview':
      return screenOnly({ ...cleared, overview: !screen.overview });
    case 'set-overview':
      return screenOnly({ ...screen, overview: c.open });
    case 'blank':
      return screenOnly({ ...cleared, blank: screen.blank === c.colour ? null : c.colour }, true);
    case 'set-blank':
      return screenOnly({ ...screen, blank: c.blank }, true);
    case 'exit':
      if (screen.overview) return screenOnly(closed);
      return walk.role === 'audience' ? { patch: leavePresenting(), tell: false } : screenOnly(cleared);
  }
}

/**
 * What the other window said: where it is and whether its screen is blank. A message naming an event
 * this dataset does not hold is ignored.
 */
export function receiveDeck(
  s: ViewState,
  m: { readonly eventId: string | null; readonly step: number; readonly blank: Blank },
  holds: (eventId: string) => boolean,
): Partial<ViewState> {
  if (m.eventId !== null && !holds(m.eventId)) return {};
  return {
    step: { eventId: m.eventId, step: m.step },
    deckScreen: { ...s.deckScreen, blank: m.blank },
    ...(m.eventId !== s.eventId ? { eventId: m.eventId, sourceId: null, claimId: null } : {}),
  };
}
