import { Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import type { TimeWindow } from '../state';
import { commandFor, type TimelineCommand } from './keys';
import type { DensityModel, ItemModel, LaneModel } from './timeline';
import { axisLabel, formatList, LANGUAGES, partSeparator } from '../i18n';
import { lazyPart } from './lazy-part';
import { axisMeasure, fitMonthLabel } from './timeline/axis-fit';
import { RegionLoading } from './RegionBoundary';

/**
 * The engine (vis-timeline and its helpers, about half the page's code) is not part of the first load:
 * `preloadTimeline` asks for it as the page starts, beside the dataset; the pane says "Loading…" until
 * it is in, and a failure to load is the timeline region's failure (with "Try again").
 */
const engine = lazyPart(() => import('./timeline/Timeline').then((m) => m.Timeline));
const Timeline = engine.Part;
export const preloadTimeline = engine.preload;

export interface TimelinePaneProps {
  readonly items: readonly ItemModel[];
  readonly density: DensityModel | null;
  readonly lanes: readonly LaneModel[];
  readonly window: TimeWindow;
  readonly bounds: TimeWindow;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onWindowChange: (w: TimeWindow) => void;
  readonly onZoomTo: (w: TimeWindow) => void;
  readonly onCommand: (c: TimelineCommand) => void;
  readonly onReady: () => void;
  /** Presentation: keep the selected event's box in the strip's visible area. */
  readonly revealSelected?: boolean;
  /** Keep the axis in view over the lanes as they scroll (a desk). */
  readonly pinAxis?: boolean;
  /** The count of the lanes below the pane's edge goes under the pane instead of in its corner. */
  readonly cueBelow?: boolean;
  /** Shown over the lanes, beside their names (the hint of an empty stretch of time). */
  readonly overlay?: React.ReactNode;
}

/** A box in the pane, in whole pixels. */
interface Corner {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The corner beside the axis, above the lane names (physical sides: it is measured, not mirrored). */
function cornerOf(el: HTMLElement, p: DOMRect): Corner | null {
  const names = el.querySelector('.vis-labelset')?.closest('.vis-panel');
  const axis = el.querySelector('.vis-panel.vis-top');
  if (names == null || axis === null) return null;
  const n = names.getBoundingClientRect();
  const a = axis.getBoundingClientRect();
  if (n.width < 1 || a.height < 1) return null;
  return {
    left: Math.round(n.left - p.left - el.clientLeft),
    // Where the axis lies unpinned: a pinned axis is moved down by the pane's scroll (the cue is sticky).
    top: Math.round(a.top - p.top - el.clientTop + el.scrollTop - pinnedBy(axis)),
    width: Math.round(n.width),
    height: Math.round(a.height),
  };
}

/** How far the axis is moved down to stay in view over the scrolled lanes (0 when it is not pinned). */
function pinnedBy(axis: Element): number {
  const moved = getComputedStyle(axis).transform;
  return moved === 'none' || moved === '' ? 0 : new DOMMatrixReadOnly(moved).m42;
}

/** Over the lanes, clear of the lane names' column (on whichever side it is), with a little margin. */
function besideNames(corner: Corner | null, pane: HTMLElement | null): React.CSSProperties {
  if (corner === null || pane === null) return { left: 8, right: 8 };
  const namesOnLeft = corner.left < pane.clientWidth / 2;
  return namesOnLeft
    ? { left: corner.left + corner.width + 8, right: 8 }
    : { left: 8, right: pane.clientWidth - corner.left + 8 };
}

/** The focusable timeline region: key bindings around the engine, which has none of its own. */
export function TimelinePane(p: TimelinePaneProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const helpId = useId();
  const rtl = LANGUAGES[lang].dir === 'rtl';
  // A plain wheel scrolls: say once in a while how to zoom instead.
  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  const pane = useRef<HTMLElement>(null);
  // The axis's type measured once (a canvas), for month labels that must fit their cells.
  const axisType = useRef<((text: string) => number) | null | undefined>(undefined);
  const axisMeasureOf = (): ((text: string) => number) | null => {
    if (axisType.current === undefined && pane.current !== null) axisType.current = axisMeasure(pane.current);
    return axisType.current ?? null;
  };
  // Lanes below the pane's visible area: named in a cue that scrolls to them.
  const [below, setBelow] = useState<readonly { label: string; top: number }[]>([]);
  const [matchesBelow, setMatchesBelow] = useState(0);
  // Where the cue goes: the empty corner beside the axis, above the lane names, where no event box is
  // ever drawn (S3-7). In pixels from the pane's top-left corner (top: from its content's top).
  const [corner, setCorner] = useState<Corner | null>(null);
  const measure = useCallback(() => {
    const el = pane.current;
    if (el === null) return;
    const p = el.getBoundingClientRect();
    const next = cornerOf(el, p);
    setCorner((old) =>
      old !== null &&
      next !== null &&
      (Object.keys(next) as (keyof Corner)[]).every((k) => old[k] === next[k])
        ? old
        : next,
    );
    const hidden = [...el.querySelectorAll<HTMLElement>('.vis-labelset .vis-label')]
      .map((l) => ({ label: l.textContent ?? '', top: l.getBoundingClientRect().top - p.top + el.scrollTop }))
      .filter((l) => l.top - el.scrollTop > el.clientHeight - 16);
    setBelow((old) =>
      old.length === hidden.length &&
      old.every((o, i) => o.label === hidden[i]?.label && o.top === hidden[i]?.top)
        ? old
        : hidden,
    );
    // A search's matches down there are counted in the cue too (review 10, S3-7).
    const foot = p.top + el.clientTop + el.clientHeight;
    setMatchesBelow(
      [...el.querySelectorAll('.vis-item.vis-box.match')].filter(
        (b) => b.getBoundingClientRect().top > foot - 8,
      ).length,
    );
  }, []);
  useEffect(() => {
    const el = pane.current;
    if (el === null) return;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [measure]);
  // The cue shows the count; its tooltip and its accessible name name the lanes too.
  const cueNames = formatList(
    below.map((l) => l.label),
    lang,
    display,
  );
  const cue = (style?: React.CSSProperties): React.JSX.Element => (
    <button
      type="button"
      style={style}
      title={t('reading.lanesBelow', { count: below.length, names: cueNames })}
      onClick={() => {
        const el = pane.current;
        const next = below[0];
        if (el === null || next === undefined) return;
        const axis = el.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight ?? 0;
        el.scrollTo({ top: next.top - axis, behavior: 'smooth' });
        // The cue goes once the lanes are in view: focus stays on the timeline they are in, whose keys
        // go on from there, rather than falling to the page (review 10, S3-17).
        el.focus({ preventScroll: true });
      }}
    >
      {t('reading.lanesMore', { count: below.length })}
      <span className="visually-hidden">: {cueNames}</span>
      {matchesBelow > 0 && `${partSeparator(lang)}${t('reading.matchesBelow', { count: matchesBelow })}`}{' '}
      <span aria-hidden="true">↓</span>
    </button>
  );
  return (
    <>
      <section
        ref={pane}
        className="timeline-pane"
        tabIndex={0}
        // Focus follows a click anywhere on the timeline, so its keys work at once (the engine takes the
        // pointer and would leave focus where it was). Not a touch: a finger brings no keys, and focus
        // given by script after a touch draws the keyboard's ring round the whole timeline.
        onPointerDown={(e) => {
          if (e.pointerType === 'touch') return;
          if (e.target instanceof Element && e.target.closest('button, a, input, select') !== null) return;
          if (document.activeElement !== pane.current) pane.current?.focus({ preventScroll: true });
        }}
        aria-label={t('timeline.label')}
        aria-describedby={helpId}
        aria-keyshortcuts="ArrowLeft ArrowRight Home End + - 0 Escape"
        onKeyDown={(e) => {
          const c = commandFor(e, rtl);
          if (c === null) return;
          e.preventDefault();
          p.onCommand(c);
        }}
        onWheel={(e) => {
          if (e.ctrlKey || e.metaKey || Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
          setHint(true);
          clearTimeout(hintTimer.current);
          hintTimer.current = setTimeout(() => setHint(false), 1600);
        }}
      >
        {hint && (
          <p className="zoom-hint" aria-hidden="true">
            {t('layout.zoomHint')}
          </p>
        )}
        <p id={helpId} className="visually-hidden">
          {t('timeline.help')}
          {/* The bars are drawn on a canvas: their meaning is said here. */}
          {p.density !== null && ` ${t('legend.density')}`}
        </p>
        {/* Sticky at the top of the pane, before the engine: the corner stays in view as the lanes scroll. */}
        {below.length > 0 && corner !== null && p.cueBelow !== true && (
          <div className="lanes-cue">
            {cue({ left: corner.left, top: corner.top, width: corner.width, minHeight: corner.height })}
          </div>
        )}
        {p.overlay != null && (
          <div className="timeline-overlay">
            <div style={besideNames(corner, pane.current)}>{p.overlay}</div>
          </div>
        )}
        {/* A new engine per direction: vis-timeline cannot switch rtl at run time. */}
        <Suspense fallback={<RegionLoading />}>
          <Timeline
            key={`${lang}-${display.months}-${display.digits}`}
            items={p.items}
            density={p.density}
            lanes={p.lanes}
            rtl={rtl}
            window={p.window}
            bounds={p.bounds}
            selectedId={p.selectedId}
            axisLabel={(ms, scale, major, room, step) => {
              // A month name too long for its cell takes a shorter form, or fewer months are named (axis-fit.ts).
              const measure = room === undefined || scale !== 'month' ? null : axisMeasureOf();
              return measure === null || room === undefined
                ? axisLabel(ms, scale, major, lang, display)
                : fitMonthLabel(ms, lang, display, room, measure, step);
            }}
            onSelect={p.onSelect}
            onWindowChange={p.onWindowChange}
            onZoomTo={p.onZoomTo}
            onReady={p.onReady}
            revealSelected={p.revealSelected ?? false}
            pinAxis={p.pinAxis ?? false}
            engineLocale={{ code: lang, current: t('timeline.label'), time: t('detail.date') }}
            onRedraw={measure}
          />
        </Suspense>
      </section>
      {/* Where the corner is too small for the cue's words (a phone), it sits right under the lanes' edge. */}
      {below.length > 0 && p.cueBelow === true && <p className="lanes-cue-below">{cue()}</p>}
    </>
  );
}
