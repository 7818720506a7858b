/**
 * Presentation mode's behaviour: entering and leaving (full screen when allowed), the walk through
 * the story, the slide on screen, clicker keys anywhere on the page, and the step in the URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { interval, reportingSources, type DatasetIndex, type Lang, type TimelineEvent } from '../domain';
import { useStore, type Store, type TimeWindow, type ViewState } from '../state';
import {
  centerOn,
  planSlides,
  presentationWalk,
  presentKeyFor,
  resolveStep,
  stepEvent,
  stepSlide,
  type PresentCommand,
  type PresentViewProps,
  type Position,
  type SlideBox,
} from '../view';

export interface PresentationOptions {
  readonly store: Store<ViewState>;
  readonly index: DatasetIndex;
  /** The events the filters let through, in time order. */
  readonly visible: readonly TimelineEvent[];
  /** The window of the main story, where the walk starts. */
  readonly core: TimeWindow | null;
  readonly home: TimeWindow;
  readonly lang: Lang;
  readonly rtl: boolean;
}

export interface Presentation {
  readonly enter: () => void;
  readonly leave: () => void;
  /** What the slide shows; null when not presenting. */
  readonly view: PresentViewProps | null;
}

/** Until the slide's body has been measured: a 1080p slide. */
const FIRST_BOX: SlideBox = { width: 1800, height: 440, fontPx: 28 };

/** The step in the address (`step=3`, counted from 1), when the URL names this event. */
function stepInUrl(search: string): Position | null {
  const q = new URLSearchParams(search);
  const eventId = q.get('event');
  const step = Number(q.get('step'));
  return eventId === null || !Number.isInteger(step) || step < 1 ? null : { eventId, step: step - 1 };
}

export function usePresentation(o: PresentationOptions): Presentation {
  const { store, index, visible, core, home, lang, rtl } = o;
  const present = useStore(store, (s) => s.present);
  const eventId = useStore(store, (s) => s.eventId);
  const event = eventId === null ? null : (index.events.get(eventId) ?? null);
  const walk = useMemo(
    () => (present ? presentationWalk(visible, core, eventId) : []),
    [present, visible, core, eventId],
  );
  const reporting = useMemo(() => (event === null ? [] : reportingSources(index, event)), [index, event]);
  const [box, setBox] = useState(FIRST_BOX);
  const slides = useMemo(
    () => (event === null || !present ? [] : planSlides(event, reporting, lang, box)),
    [event, present, reporting, lang, box],
  );
  const [at, setAt] = useState<Position | null>(() => stepInUrl(location.search));
  const step = resolveStep(at !== null && at.eventId === eventId ? at.step : 0, slides.length);
  const [overview, setOverview] = useState(false);

  // The room the slide leaves its body decides how many quotes a step holds. It is measured on the
  // slide (whose size does not depend on what it shows) less its heading and controls, so a step that
  // cannot fit (one long quote on a phone) grows the page instead of feeding back into the plan.
  const observer = useRef<ResizeObserver | null>(null);
  const bodyRef = useCallback((body: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const slide = body?.parentElement;
    if (body == null || slide == null) return;
    const measure = (): void => {
      const style = getComputedStyle(slide);
      const gap = Number.parseFloat(style.rowGap) || 0;
      const others = [...slide.children].filter((c) => c !== body);
      const taken = others.reduce((h, c) => h + (c as HTMLElement).offsetHeight + gap, 0);
      const next = {
        width: body.clientWidth,
        height: Math.floor(slide.clientHeight - taken),
        fontPx: Number.parseFloat(getComputedStyle(body).fontSize) || FIRST_BOX.fontPx,
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
      for (const c of slide.children) if (c !== body) observer.current.observe(c);
    }
  }, []);

  const go = useCallback(
    (to: Position | null) => {
      if (to === null) return;
      setAt(to);
      if (to.eventId !== store.get().eventId)
        store.set({ eventId: to.eventId, sourceId: null, claimId: null });
    },
    [store],
  );

  // Each event the presentation reaches (by a key, a link, Back or Forward) is centred in the strip.
  const centred = useRef<string | null>(null);
  useEffect(() => {
    if (!present || eventId === null) {
      centred.current = null;
      return;
    }
    if (centred.current === eventId) return;
    centred.current = eventId;
    const ev = index.events.get(eventId);
    const span = ev === undefined ? null : interval(ev.start, ev.end);
    if (span !== null) store.set((s) => ({ window: centerOn(s.window ?? home, span.start, span.end) }));
  }, [present, eventId, index, store, home]);

  const enteredFullscreen = useRef(false);
  const enter = useCallback(() => {
    // With nothing selected, the presentation starts at the main story.
    const first = store.get().eventId === null ? presentationWalk(visible, core, null)[0] : undefined;
    if (first !== undefined) setAt({ eventId: first.id, step: 0 });
    store.set({
      present: true,
      ...(first !== undefined ? { eventId: first.id, sourceId: null, claimId: null } : {}),
    });
    const root = document.documentElement;
    if (document.fullscreenElement == null && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().then(
        () => (enteredFullscreen.current = true),
        () => undefined, // Not allowed here (no user gesture, or a browser that refuses): present in the window.
      );
    }
  }, [store, visible, core]);
  const leave = useCallback(() => {
    setOverview(false);
    store.set({ present: false });
    if (document.fullscreenElement != null && enteredFullscreen.current)
      void document.exitFullscreen().catch(() => undefined);
    enteredFullscreen.current = false;
  }, [store]);
  useEffect(() => {
    // Escape in full screen leaves full screen before any page sees the key: leave the mode with it.
    const onChange = (): void => {
      if (document.fullscreenElement == null && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        setOverview(false);
        store.set({ present: false });
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  // A link that opens the mode with no event starts at the main story.
  useEffect(() => {
    if (present && eventId === null) go(stepEvent(walk, null, 1));
  }, [present, eventId, walk, go]);

  const here: Position | null = eventId === null ? null : { eventId, step };
  const run = (c: PresentCommand): void => {
    switch (c.kind) {
      case 'step':
        setOverview(false);
        return go(stepSlide(walk, here, slides.length, c.by));
      case 'event':
        setOverview(false);
        return go(stepEvent(walk, eventId, c.by));
      case 'first':
        return go(stepEvent(walk, null, 1));
      case 'last': {
        const last = walk[walk.length - 1];
        return go(last === undefined ? null : { eventId: last.id, step: -1 });
      }
      case 'overview':
        return setOverview((v) => !v);
      case 'exit':
        return overview ? setOverview(false) : leave();
    }
  };
  const latestRun = useRef(run);
  latestRun.current = run;

  // Clicker keys work anywhere on the page, ahead of the timeline's own bindings.
  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      // Typing stays typing, a dialog keeps its keys, and Space or Enter on a button still presses it.
      if (target?.closest('input, select, textarea, [contenteditable], dialog') != null) return;
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, summary, a') != null) return;
      const c = presentKeyFor(e, rtl);
      if (c === null) return;
      e.preventDefault();
      e.stopPropagation();
      latestRun.current(c);
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [present, rtl]);

  // The step joins the event in the address; Back and Forward bring both back.
  useEffect(() => {
    const q = new URLSearchParams(location.search);
    const want = present && eventId !== null && step > 0 ? String(step + 1) : null;
    if (q.get('step') === want) return;
    if (want === null) q.delete('step');
    else q.set('step', want);
    const search = q.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`,
    );
  }, [present, eventId, step]);
  useEffect(() => {
    const onPop = (): void => setAt(stepInUrl(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const position = event === null ? 0 : walk.indexOf(event) + 1;
  const view: PresentViewProps | null = !present
    ? null
    : {
        index,
        event,
        reporting,
        slides,
        step,
        walk,
        position,
        atStart: position <= 1 && step === 0,
        atEnd: position === walk.length && step >= slides.length - 1,
        overview,
        onStep: (by) => run({ kind: 'step', by }),
        onOverview: setOverview,
        onGoto: (id) => {
          setOverview(false);
          go({ eventId: id, step: 0 });
        },
        bodyRef,
      };
  return { enter, leave, view };
}
