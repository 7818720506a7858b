import { useCallback, useEffect, useRef, useState } from 'react';
import { isInferred, type EventHead } from '../../domain';
import { dataText, formatPeriod, LANGUAGES, useT } from '../../i18n';
import type { LaneModel } from '../timeline';
import { layoutStrip, stripWindow } from './strip';
import { TimeAxis, type TickFormats } from './TimeAxis';

export interface PresentStripProps {
  /** The events the filters let through, in time order. */
  readonly events: readonly EventHead[];
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  /** The presented event; null on the title slide, which shows the briefing's span. */
  readonly focus: EventHead | null;
  readonly span: { readonly from: number; readonly to: number } | null;
  /** The briefing's events: labelled before the others when room is short. */
  readonly preferred: ReadonlySet<string>;
}

const tickOptions: TickFormats = {
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

let canvas: CanvasRenderingContext2D | null | undefined;
function measurer(font: string): (text: string) => number {
  if (canvas === undefined) {
    const inBrowser = typeof document !== 'undefined' && !/jsdom/u.test(navigator.userAgent);
    canvas = inBrowser ? document.createElement('canvas').getContext('2d') : null;
  }
  const size = Number.parseFloat(font) || 20;
  if (canvas === null) return (text) => text.length * size * 0.55;
  const ctx = canvas;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/**
 * The strip above the slides: every lane at once, the presented event highlighted among its
 * neighbours of a few weeks either side, in type a room can read. An SVG drawn from `layoutStrip`,
 * sized to its box (which CSS fixes, so the slide below never changes size from one event to the next).
 */
export function PresentStrip(p: PresentStripProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const rtl = LANGUAGES[lang].dir === 'rtl';
  const [size, setSize] = useState<{ width: number; height: number; font: number; family: string } | null>(
    null,
  );
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    if (el === null) return;
    const measure = (): void => {
      const style = getComputedStyle(el);
      const next = {
        width: Math.floor(el.clientWidth),
        height: Math.floor(el.clientHeight),
        font: Number.parseFloat(style.fontSize) || 20,
        family: style.fontFamily,
      };
      setSize((s) =>
        s !== null && s.width === next.width && s.height === next.height && s.font === next.font ? s : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'function') {
      observer.current = new ResizeObserver(measure);
      observer.current.observe(el);
    }
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);

  const win = stripWindow(p.events, p.focus, p.span);
  const range = win === null ? '' : formatPeriod(win.from, win.to, 'day', lang, display);
  const layout =
    size === null || win === null || size.width <= 0
      ? null
      : layoutStrip({
          events: p.events,
          lanes: p.lanes,
          laneOf: p.laneOf,
          from: win.from,
          to: win.to,
          width: size.width,
          height: size.height,
          font: size.font,
          measure: measurer(`${size.font}px ${size.family}`),
          // Bold type, with a margin: a face still loading is measured in a narrower fallback.
          measureBold: (text) => measurer(`700 ${size.font}px ${size.family}`)(text) * 1.06,
          title: (e) => dataText(e.title[lang], lang, display),
          focusId: p.focus?.id ?? null,
          preferred: p.preferred,
        });
  const x = (r: number): number => (size === null || !rtl ? r : size.width - r);
  const font = size?.font ?? 20;
  return (
    <figure className="present-strip" ref={ref}>
      {layout !== null && size !== null && (
        <svg
          role="img"
          aria-label={t('deck.strip', { range })}
          viewBox={`0 0 ${size.width} ${layout.height}`}
          width="100%"
          height="100%"
          preserveAspectRatio="xMidYMin meet"
          direction={rtl ? 'rtl' : 'ltr'}
          fontSize={font}
        >
          {layout.lanes.map((l, i) => (
            <g key={l.id} data-lane={l.id}>
              <rect
                x={0}
                y={l.y}
                width={size.width}
                height={l.height}
                fill={i % 2 === 0 ? '#f1efe8' : '#ffffff'}
              />
              <text x={x(font * 0.4)} y={l.y + layout.rowHeight * 0.72} fontWeight={700} fill="#1d232b">
                {l.label}
              </text>
            </g>
          ))}
          <TimeAxis
            ticks={layout.ticks}
            x={x}
            plotStart={layout.plotStart}
            plotEnd={layout.plotEnd}
            top={0}
            gridBottom={layout.axisY + 4}
            axisY={layout.axisY}
            labelY={layout.axisY + font * 1.15}
            formats={tickOptions}
            fontSize={font * 0.85}
            ink={{ grid: '#c9c5b9', label: '#1d232b', axis: '#1d232b' }}
            axisWidth={2}
          />
          {layout.items.map((it) => {
            const colour = `var(--lane-${it.event.kind})`;
            const derived = isInferred(it.event.basis);
            const mid = it.y + layout.rowHeight / 2;
            const labelWidth = it.labelEnd - it.labelStart;
            const left = (a: number, b: number): number => Math.min(x(a), x(b));
            return (
              <g key={it.event.id} data-event={it.event.id} className={it.focus ? 'strip-focus' : undefined}>
                {it.focus && it.label !== null && (
                  <rect
                    x={left(it.labelStart - font * 0.25, it.labelEnd + font * 0.25)}
                    y={it.y + 2}
                    width={labelWidth + font * 0.5}
                    height={layout.rowHeight - 4}
                    rx={4}
                    fill="#ffe066"
                    stroke="#000"
                    strokeWidth={2.5}
                  />
                )}
                {it.period ? (
                  <rect
                    x={left(it.start, it.end)}
                    y={it.y + layout.rowHeight * 0.78}
                    width={Math.max(2, it.end - it.start)}
                    height={layout.rowHeight * 0.16}
                    style={{ fill: colour, stroke: colour }}
                    strokeDasharray={derived ? '4 3' : undefined}
                  />
                ) : (
                  <circle
                    cx={x(it.start)}
                    cy={mid}
                    r={font * 0.32}
                    style={{ fill: derived ? '#ffffff' : colour, stroke: it.focus ? '#000' : colour }}
                    strokeWidth={it.focus ? 3 : 2.5}
                    strokeDasharray={derived ? '3 2' : undefined}
                  />
                )}
                {it.label !== null && (
                  <text
                    x={x(it.labelStart)}
                    y={it.y + layout.rowHeight * 0.7}
                    fontWeight={it.focus ? 700 : 400}
                    fill="#1d232b"
                    // A halo keeps a label legible over the marks of other events.
                    stroke={it.focus ? undefined : '#ffffff'}
                    strokeWidth={font * 0.22}
                    strokeLinejoin="round"
                    paintOrder="stroke"
                  >
                    {it.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
