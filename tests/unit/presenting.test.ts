import { describe, expect, it } from 'vitest';
import {
  PLAIN_SCREEN,
  beginPresenting,
  deckPosition,
  leavePresenting,
  readUrl,
  receiveDeck,
  runDeckCommand,
  viewFromUrl,
  viewPatch,
  type DeckCommand,
  type DeckPosition,
  type DeckRole,
  type DeckWalk,
  type ViewState,
} from '../../src/state';
import { viewState } from '../support/view-state';

/** A deck of a title slide, event `a` in three slides and `b` in two: 0 | 1 2 3 | 4 5. */
const SLIDES: readonly DeckPosition[] = [
  { eventId: null, step: 0 },
  { eventId: 'a', step: 0 },
  { eventId: 'a', step: 1 },
  { eventId: 'a', step: 2 },
  { eventId: 'b', step: 0 },
  { eventId: 'b', step: 1 },
];
const indexOf = (p: DeckPosition): number =>
  SLIDES.findIndex((s) => s.eventId === p.eventId && s.step === p.step);

const view = (over: Partial<ViewState> = {}): ViewState =>
  viewState({ present: true, briefingId: 'june', ...over });

const walkOf = (s: ViewState, role: DeckRole = 'audience'): DeckWalk => ({
  role,
  total: SLIDES.length,
  current: Math.max(0, indexOf(deckPosition(s))),
  starts: [1, 4],
  positionOf: (i) => SLIDES[Math.min(SLIDES.length - 1, Math.max(0, i))]!,
});

/** Runs commands one after another, as the keys would, and gives the view and what was told. */
function press(s: ViewState, ...cs: DeckCommand[]): { view: ViewState; told: number } {
  let told = 0;
  const end = cs.reduce((acc, c) => {
    const { patch, tell } = runDeckCommand(acc, c, walkOf(acc));
    if (tell) told++;
    return { ...acc, ...patch };
  }, s);
  return { view: end, told };
}
const at = (s: ViewState): number => indexOf(deckPosition(s));

describe('presentation commands', () => {
  it('steps slide by slide across events, selecting each event and holding at the ends', () => {
    const start = view({ sourceId: 'x', claimId: 'y' });
    const one = press(start, { kind: 'step', by: 1 });
    expect(one.view.eventId).toBe('a');
    expect(one.view.sourceId).toBeNull();
    expect(one.view.claimId).toBeNull();
    expect(one.told).toBe(1);
    expect(
      at(press(start, { kind: 'step', by: 1 }, { kind: 'step', by: 1 }, { kind: 'step', by: 1 }).view),
    ).toBe(3);
    const four = press(start, ...Array<DeckCommand>(4).fill({ kind: 'step', by: 1 })).view;
    expect(deckPosition(four)).toEqual({ eventId: 'b', step: 0 });
    expect(at(press(four, ...Array<DeckCommand>(9).fill({ kind: 'step', by: 1 })).view)).toBe(5);
    expect(at(press(start, { kind: 'step', by: -1 }).view)).toBe(0);
  });

  it('within one event keeps the chosen source and claim', () => {
    const s = view({ eventId: 'a', step: { eventId: 'a', step: 0 }, sourceId: 'x', claimId: 'y' });
    const next = press(s, { kind: 'step', by: 1 }).view;
    expect(deckPosition(next)).toEqual({ eventId: 'a', step: 1 });
    expect(next.sourceId).toBe('x');
    expect(next.claimId).toBe('y');
  });

  it('skips by event, goes to the first and last slide, and starts over or from here', () => {
    const s = view({ eventId: 'a', step: { eventId: 'a', step: 2 } });
    expect(at(press(s, { kind: 'event', by: 1 }).view)).toBe(4);
    expect(at(press(s, { kind: 'event', by: -1 }).view)).toBe(1);
    expect(at(press(s, { kind: 'first' }).view)).toBe(0);
    expect(at(press(s, { kind: 'last' }).view)).toBe(5);
    expect(at(press(s, { kind: 'start', here: false }).view)).toBe(0);
    expect(at(press(s, { kind: 'start', here: true }).view)).toBe(3);
  });

  it('a step counts only for its own event: another event selected is at its first slide', () => {
    expect(deckPosition(view({ eventId: 'b', step: { eventId: 'a', step: 2 } }))).toEqual({
      eventId: 'b',
      step: 0,
    });
    expect(deckPosition(view({ eventId: 'a', step: { eventId: 'a', step: 2 } })).step).toBe(2);
  });

  it('goes to a typed slide number on Enter; a number the deck has not clears; Enter alone steps', () => {
    const s = view();
    const typed = press(s, { kind: 'digit', digit: '5' });
    expect(typed.view.deckScreen.typed).toBe('5');
    expect(typed.told).toBe(0);
    expect(at(press(typed.view, { kind: 'enter' }).view)).toBe(4);
    expect(press(typed.view, { kind: 'enter' }).view.deckScreen.typed).toBe('');
    const far = press(s, { kind: 'digit', digit: '9' }, { kind: 'enter' }).view;
    expect(at(far)).toBe(0);
    expect(far.deckScreen.typed).toBe('');
    expect(at(press(s, { kind: 'enter' }).view)).toBe(1);
    const long = press(s, ...'1234567'.split('').map((d): DeckCommand => ({ kind: 'digit', digit: d })));
    expect(long.view.deckScreen.typed).toBe('34567');
    // Any other command forgets the number being typed.
    expect(press(typed.view, { kind: 'overview' }).view.deckScreen.typed).toBe('');
  });

  it('a key on a blank screen brings it back and does nothing else; blank and overview keys still work', () => {
    const dark = press(view({ eventId: 'a', step: { eventId: 'a', step: 1 } }), {
      kind: 'blank',
      colour: 'black',
    });
    expect(dark.view.deckScreen.blank).toBe('black');
    expect(dark.told).toBe(1);
    const back = press(dark.view, { kind: 'step', by: 1 });
    expect(back.view.deckScreen.blank).toBeNull();
    expect(at(back.view)).toBe(2);
    expect(back.told).toBe(1);
    expect(press(dark.view, { kind: 'show' }).view.deckScreen.blank).toBeNull();
    expect(press(dark.view, { kind: 'blank', colour: 'black' }).view.deckScreen.blank).toBeNull();
    expect(press(dark.view, { kind: 'blank', colour: 'white' }).view.deckScreen.blank).toBe('white');
    const both = press(dark.view, { kind: 'overview' }).view.deckScreen;
    expect(both).toEqual({ overview: true, blank: 'black', typed: '' });
    // 'show' on a lit screen changes nothing but the typed number.
    expect(press(view(), { kind: 'show' })).toEqual({ view: view(), told: 0 });
  });

  it('the controls do what they say, blank screen or not', () => {
    const dark = view({ deckScreen: { overview: true, blank: 'white', typed: '2' } });
    const picked = press(dark, { kind: 'goto', index: 3 }).view;
    expect(at(picked)).toBe(3);
    expect(picked.deckScreen).toEqual({ overview: false, blank: 'white', typed: '' });
    expect(press(dark, { kind: 'set-blank', blank: 'black' }).view.deckScreen.blank).toBe('black');
    expect(press(dark, { kind: 'set-overview', open: false }).view.deckScreen).toEqual({
      overview: false,
      blank: 'white',
      typed: '2',
    });
  });

  it('stepping closes the overview; first and last keep it open', () => {
    const open = press(view(), { kind: 'overview' }).view;
    expect(open.deckScreen.overview).toBe(true);
    expect(press(open, { kind: 'step', by: 1 }).view.deckScreen.overview).toBe(false);
    expect(press(open, { kind: 'last' }).view.deckScreen.overview).toBe(true);
    expect(press(open, { kind: 'overview' }).view.deckScreen.overview).toBe(false);
  });

  it('Escape closes the overview, then leaves; the presenter’s own window stays one', () => {
    const open = view({ eventId: 'a', deckScreen: { ...PLAIN_SCREEN, overview: true } });
    const closed = press(open, { kind: 'exit' }).view;
    expect(closed.present).toBe(true);
    expect(closed.deckScreen.overview).toBe(false);
    const left = press(closed, { kind: 'exit' }).view;
    expect(left.present).toBe(false);
    expect(left.briefingId).toBeNull();
    expect(left.step).toBeNull();
    expect(left.eventId).toBe('a');
    const presenter = runDeckCommand(closed, { kind: 'exit' }, walkOf(closed, 'presenter'));
    expect(presenter.patch.present).toBeUndefined();
  });
});

describe('entering, leaving and the other window', () => {
  it('starts from the title slide, or from the selected event’s first slide', () => {
    const s = view({ present: false, eventId: 'a', sourceId: 'x', step: { eventId: 'a', step: 2 } });
    expect(beginPresenting(s, true)).toMatchObject({
      present: true,
      eventId: null,
      sourceId: null,
      step: null,
    });
    const here = { ...s, ...beginPresenting(s, false) };
    expect(deckPosition(here)).toEqual({ eventId: 'a', step: 0 });
    expect(here.sourceId).toBe('x');
    expect(leavePresenting()).toEqual({
      present: false,
      briefingId: null,
      step: null,
      deckScreen: PLAIN_SCREEN,
    });
  });

  it('follows the other window to an event this dataset holds, and ignores one it does not', () => {
    const s = view({ eventId: 'a', sourceId: 'x' });
    const holds = (id: string): boolean => id === 'a' || id === 'b';
    const moved = { ...s, ...receiveDeck(s, { eventId: 'b', step: 1, blank: 'white' }, holds) };
    expect(deckPosition(moved)).toEqual({ eventId: 'b', step: 1 });
    expect(moved.sourceId).toBeNull();
    expect(moved.deckScreen.blank).toBe('white');
    expect(receiveDeck(s, { eventId: 'nowhere', step: 0, blank: 'black' }, holds)).toEqual({});
    expect(receiveDeck(s, { eventId: null, step: 0, blank: null }, holds)).toMatchObject({ eventId: null });
  });
});

describe('the step in the address', () => {
  it('is read with its event, counted from 1, and written back only while presenting', () => {
    const u = readUrl('?present=1&event=a&step=3');
    const s = view({ ...viewFromUrl(u) });
    expect(deckPosition(s)).toEqual({ eventId: 'a', step: 2 });
    expect(viewPatch('', s).step).toBe(3);
    expect(viewPatch('', { ...s, present: false }).step).toBeNull();
    expect(viewPatch('', { ...s, step: { eventId: 'a', step: 0 } }).step).toBeNull();
    // A step left from another event is not this event's.
    expect(viewPatch('', { ...s, eventId: 'b' }).step).toBeNull();
    expect(viewFromUrl(readUrl('?step=3')).step).toBeNull();
  });
});
