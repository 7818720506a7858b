/**
 * Presentation mode's behaviour: entering and leaving (full screen when allowed), the deck of the
 * briefing being given, clicker keys and touches anywhere on the page, and keeping the audience and
 * presenter windows in step. Which slide is on screen, the overview, the blank screen and a typed
 * slide number are the view store's (`state/presenting.ts`): this hook dispatches commands to it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  resolveBriefing,
  storyBriefing,
  type Bilingual,
  type Briefing,
  type DatasetIndex,
  type Lang,
  type EventHead,
  type TimelineEvent,
} from '../domain';
import {
  beginPresenting,
  deckPosition,
  deckRoleIn,
  leavePresenting,
  receiveDeck,
  runDeckCommand,
  useStore,
  type Blank,
  type DeckCommand,
  type DeckPosition,
  type DeckWalk,
  type Store,
  type TimeWindow,
  type ViewState,
} from '../state';
import {
  buildDeck,
  DECK_CHANNEL,
  deckMessage,
  entryStarts,
  positionOf,
  presentKeyFor,
  readDeckMessage,
  slideIndexOf,
  storyEvents,
  touchCommand,
  type DeckMessage,
  type LaneModel,
  type PresentViewProps,
  type SlideBox,
} from '../view';
import { address } from './address';

export interface PresentationOptions {
  readonly store: Store<ViewState>;
  readonly index: DatasetIndex;
  /** The events the filters let through, in time order. */
  readonly visible: readonly TimelineEvent[];
  /** The window of the main story, whose events make the deck when no briefing is chosen. */
  readonly core: TimeWindow | null;
  readonly lang: Lang;
  readonly rtl: boolean;
  readonly title: Bilingual;
  readonly briefings: readonly Briefing[] | undefined;
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  /** Called when the slides are drawn (the timeline, which says so otherwise, is not shown). */
  readonly onReady: () => void;
}

export interface Presentation {
  /** Starts presenting from the selected event (or the title slide when none is). */
  readonly enter: () => void;
  readonly leave: () => void;
  /** What the slide shows; null when not presenting. */
  readonly view: PresentViewProps | null;
}

/** The heading every slide leaves room for: the date's line, and two lines of title (present.css). */
const HEAD_META_LINES = 1.5;
const HEAD_TITLE_LINES = 2;
const TITLE_LINE = 1.25;

/** Until the slide's body has been measured: a 1080p slide. */
const FIRST_BOX: SlideBox = { width: 1800, height: 440, fontPx: 28 };

/** Keys that are only held with others: they never bring a blank screen back on their own. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn']);

const onField = (target: EventTarget | null): boolean =>
  (target as HTMLElement | null)?.closest?.('input, select, textarea, [contenteditable], dialog') != null;

export function usePresentation(o: PresentationOptions): Presentation {
  const { store, index, visible, core, lang, rtl } = o;
  const present = useStore(store, (s) => s.present);
  const eventId = useStore(store, (s) => s.eventId);
  // The presenter's own window is opened with `present=presenter` (`deckRoleIn`, state/url.ts).
  const [role] = useState(() => deckRoleIn(address().search()));

  // The deck: the briefing the address names, else the story's main events.
  const briefingId = useStore(store, (s) => s.briefingId);
  const chosen = briefingId === null ? undefined : o.briefings?.find((b) => b.id === briefingId);
  const main = useMemo(() => new Set<string>(storyEvents(visible, core).map((e) => e.id)), [visible, core]);
  const keep =
    chosen === undefined && eventId !== null && !main.has(eventId) && index.events.has(eventId)
      ? eventId
      : null;
  const resolved = useMemo(() => {
    if (!present) return null;
    const briefing =
      chosen ??
      storyBriefing(
        o.title,
        storyEvents(visible, core, keep).map((e) => e.id),
      );
    return resolveBriefing(index, briefing);
  }, [present, chosen, o.title, visible, core, keep, index]);
  const briefingKey = chosen?.id ?? 'story';

  const [localBox, setBox] = useState(FIRST_BOX);
  const [remoteBox, setRemoteBox] = useState<SlideBox | null>(null);
  const box = role === 'presenter' ? (remoteBox ?? FIRST_BOX) : localBox;
  const measured = role === 'presenter' || localBox !== FIRST_BOX;
  const deck = useMemo(
    () => (resolved === null ? null : buildDeck(resolved, lang, box)),
    [resolved, lang, box],
  );

  const step = useStore(store, (s) => deckPosition(s).step);
  const { overview, blank, typed } = useStore(store, (s) => s.deckScreen);
  const found = deck === null ? null : slideIndexOf(deck, { eventId, step });
  const current = found ?? 0;

  // An event the chosen briefing does not hold: its title slide instead.
  useEffect(() => {
    if (present && deck !== null && found === null)
      store.set({ eventId: null, sourceId: null, claimId: null });
  }, [present, deck, found, store]);

  // The room the slide leaves its body decides how many quotes a slide holds. It is measured on the
  // slide (whose size does not depend on what it shows) less its controls and the room a heading of
  // the date and two lines of title takes, the same on every slide: the deck, and so the counter, stays
  // the same from slide to slide. A slide that cannot fit (one long quote on a phone) grows the page
  // instead of feeding back into the plan.
  const observer = useRef<ResizeObserver | null>(null);
  const bodyRef = useCallback((body: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const slide = body?.parentElement;
    if (body == null || slide == null) return;
    const measure = (): void => {
      const style = getComputedStyle(slide);
      const gap = Number.parseFloat(style.rowGap) || 0;
      const nav = slide.querySelector<HTMLElement>(':scope > nav');
      const fontPx = Number.parseFloat(getComputedStyle(body).fontSize) || FIRST_BOX.fontPx;
      const title = slide.querySelector(':scope > .present-head h2');
      const titlePx = title === null ? fontPx * 1.65 : Number.parseFloat(getComputedStyle(title).fontSize);
      const head = HEAD_META_LINES * fontPx + HEAD_TITLE_LINES * TITLE_LINE * titlePx;
      const next = {
        width: body.clientWidth,
        height: Math.floor(slide.clientHeight - head - (nav?.offsetHeight ?? 0) - 2 * gap),
        fontPx,
      };
      if (next.width <= 0 || next.height <= 0) return;
      setBox((b) =>
        Math.abs(b.width - next.width) < 2 && Math.abs(b.height - next.height) < 2 && b.fontPx === next.fontPx
          ? b
          : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'function') {
      observer.current = new ResizeObserver(measure);
      observer.current.observe(slide);
    }
  }, []);

  // The other window: both drive, each applies what the other says without saying it back.
  const channel = useRef<BroadcastChannel | null>(null);
  const state = useRef({ current, blank, box, deck });
  state.current = { current, blank, box, deck };
  const post = useCallback(
    (pos: DeckPosition, b: Blank) => {
      const m: DeckMessage = {
        kind: 'at',
        briefing: briefingKey,
        from: role,
        eventId: pos.eventId,
        step: pos.step,
        blank: b,
        box: role === 'audience' ? state.current.box : null,
      };
      channel.current?.postMessage(deckMessage(m));
    },
    [briefingKey, role],
  );
  const here = (): DeckPosition => {
    const d = state.current.deck;
    return d === null ? { eventId: null, step: 0 } : positionOf(d, state.current.current);
  };
  const receive = (data: unknown): void => {
    const m = readDeckMessage(data);
    if (m === null || m.briefing !== briefingKey) return;
    if (m.kind === 'hello') {
      if (m.from !== role) post(here(), state.current.blank);
      return;
    }
    if (m.from === 'audience' && role === 'presenter' && m.box !== null) {
      const b = m.box;
      setRemoteBox((old) =>
        old !== null && old.width === b.width && old.height === b.height && old.fontPx === b.fontPx ? old : b,
      );
    }
    store.set((s) => receiveDeck(s, m, (id) => index.events.has(id)));
  };
  const latestReceive = useRef(receive);
  latestReceive.current = receive;
  useEffect(() => {
    if (!present || typeof BroadcastChannel !== 'function') return;
    const ch = new BroadcastChannel(DECK_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      if (e.origin !== '' && e.origin !== location.origin) return;
      latestReceive.current(e.data);
    };
    ch.postMessage(deckMessage({ kind: 'hello', briefing: briefingKey, from: role }));
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [present, role, briefingKey]);
  // The presenter plans the deck at the room's size: the audience says when it changes.
  useEffect(() => {
    if (present && role === 'audience' && measured) post(here(), state.current.blank);
  }, [present, role, measured, localBox, post]);

  const enteredFullscreen = useRef(false);
  const start = useCallback(
    (fromStart: boolean) => {
      store.set((s) => beginPresenting(s, fromStart));
      const root = document.documentElement;
      if (
        role === 'audience' &&
        document.fullscreenElement == null &&
        typeof root.requestFullscreen === 'function'
      ) {
        root.requestFullscreen().then(
          () => (enteredFullscreen.current = true),
          () => undefined, // Not allowed here (no user gesture, or a browser that refuses): present in the window.
        );
      }
    },
    [store, role],
  );
  const enter = useCallback(() => start(false), [start]);
  const leave = useCallback(() => store.set(leavePresenting()), [store]);
  // However the mode ends (Escape, the exit button, Back), the full screen it entered ends with it.
  useEffect(() => {
    if (present || !enteredFullscreen.current) return;
    enteredFullscreen.current = false;
    if (document.fullscreenElement != null) void document.exitFullscreen().catch(() => undefined);
  }, [present]);
  useEffect(() => {
    // Escape in full screen leaves full screen before any page sees the key: leave the mode with it.
    const onChange = (): void => {
      if (document.fullscreenElement == null && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        store.set(leavePresenting());
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  // A command changes the view's store; where the slide or the blank screen moved, the other window hears.
  const run = (c: DeckCommand): void => {
    if (deck === null) return;
    const walk: DeckWalk = {
      role,
      total: deck.slides.length,
      current,
      starts: entryStarts(deck),
      positionOf: (i) => positionOf(deck, i),
    };
    const { patch, tell } = runDeckCommand(store.get(), c, walk);
    store.set(patch);
    if (tell) post(patch.step ?? here(), store.get().deckScreen.blank);
  };
  const latestRun = useRef(run);
  latestRun.current = run;

  // Clicker keys work anywhere on the page, ahead of the timeline's own bindings.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || onField(e.target)) return;
      const target = e.target as HTMLElement | null;
      if (!present) {
        // F5 starts presenting, as slide programs have it (Shift+F5: from the selected event).
        if (e.key !== 'F5' || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        start(!e.shiftKey);
        return;
      }
      // Space or Enter on a button still presses it (Enter after a slide number goes to that slide).
      const { typed: digits, blank: blanked } = store.get().deckScreen;
      const typing = e.key === 'Enter' && digits !== '';
      if ((e.key === ' ' || e.key === 'Enter') && !typing && target?.closest?.('button, summary, a') != null)
        return;
      // While the screen is blank, any key but a modifier on its own brings the slide back.
      const c =
        presentKeyFor(e, rtl) ??
        (blanked !== null && !MODIFIERS.has(e.key) ? ({ kind: 'show' } as const) : null);
      if (c === null) return;
      e.preventDefault();
      e.stopPropagation();
      latestRun.current(c);
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [present, rtl, start, store]);

  // Once the slides are measured, a step past its event's last (a link's `step=9`) is its last.
  const shown = deck === null || found === null || !measured ? null : positionOf(deck, current);
  useEffect(() => {
    if (shown === null || !present) return;
    const named = deckPosition(store.get());
    if (shown.eventId === named.eventId && shown.step !== named.step) store.set({ step: shown });
  }, [present, shown?.eventId, shown?.step, shown, store]);

  // The slides stand in for the timeline, which otherwise says when the screen is drawn.
  const ready = useRef(o.onReady);
  ready.current = o.onReady;
  useEffect(() => {
    if (present) ready.current();
  }, [present, lang]);

  const openPresenter = (): void => {
    window.open(address().link({ present: 'presenter' }), 'riwayat-presenter', 'popup,width=1280,height=800');
  };

  const view: PresentViewProps | null =
    !present || deck === null
      ? null
      : {
          role,
          index,
          deck,
          at: current,
          datasetTitle: o.title[lang],
          overview,
          blank,
          typed,
          strip: { events: visible, lanes: o.lanes, laneOf: o.laneOf },
          box,
          onStep: (by) => run({ kind: 'step', by }),
          onGoto: (i) => run({ kind: 'goto', index: i }),
          onOverview: (open) => run({ kind: 'set-overview', open }),
          onBlank: (b) => run({ kind: 'set-blank', blank: b }),
          onPresenter: role === 'audience' && typeof BroadcastChannel === 'function' ? openPresenter : null,
          onTouch: (g) => {
            const c = touchCommand(g, rtl);
            if (c !== null) run(c);
          },
          bodyRef,
        };
  return { enter, leave, view };
}
