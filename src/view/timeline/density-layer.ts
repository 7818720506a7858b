/**
 * Density drawn on one canvas behind vis-timeline's items: for each lane, a bar per calendar period
 * whose height grows with the square root of the number of events it holds (a sparse period still
 * shows, a busy one stands out). It is redrawn after every engine redraw, so it follows a drag or a zoom frame by frame, and
 * costs the same for a hundred or a million events. Counts are drawn as text on the canvas; nothing
 * from the dataset is ever parsed as HTML.
 */
import { binEdges, binStep, countBins, type BinStep } from '../../domain';

export interface DensityModel {
  /**
   * Each lane's count for the periods between consecutive `edges` (period starts at `step`): counted
   * from the events in memory (`countLanes`) or read from a corpus's prebuilt levels.
   */
  readonly count: (step: BinStep, edges: readonly number[]) => ReadonlyMap<string, Uint32Array>;
  /** A count in the reader's digits. */
  readonly formatCount: (n: number) => string;
  /** The tooltip of a bar: its period and what it holds. */
  readonly describe: (count: number, from: number, to: number) => string;
}

/** `DensityModel.count` over each lane's sorted event starts. */
export const countLanes =
  (lanes: ReadonlyMap<string, Float64Array>): DensityModel['count'] =>
  (_step, edges) =>
    new Map([...lanes].map(([lane, starts]) => [lane, countBins(starts, edges)]));

export interface DensityBar {
  readonly lane: string;
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface DensityLayer {
  /** Draws for the window shown, or clears when `model` is null. */
  draw(model: DensityModel | null, window: { start: number; end: number }, rtl: boolean): void;
  /** The bar of `lane` at time `t` in the last drawing, if any. */
  barAt(lane: string, t: number): DensityBar | null;
  destroy(): void;
}

/** Narrowest bar, in CSS pixels: how finely a window is cut into periods. */
const BAR_PX = 18;
const PAD_PX = 6;

interface Drawn {
  edges: number[];
  counts: ReadonlyMap<string, Uint32Array>;
}

export function createDensityLayer(root: HTMLElement): DensityLayer {
  const canvas = document.createElement('canvas');
  canvas.className = 'density-layer';
  canvas.setAttribute('aria-hidden', 'true');
  let drawn: Drawn | null = null;

  const mount = (): HTMLElement | null => {
    const panel = root.querySelector<HTMLElement>('.vis-panel.vis-center');
    // First child: the engine's items paint above the bars.
    if (panel !== null && canvas.parentElement !== panel) panel.prepend(canvas);
    return panel;
  };

  return {
    draw(model, window, rtl) {
      // Called after every engine redraw: with nothing to show and nothing shown, nothing to do.
      if (model === null && drawn === null && canvas.hidden) return;
      const panel = mount();
      if (panel === null) return;
      const ctx = canvas.getContext('2d');
      if (model === null || ctx === null) {
        drawn = null;
        canvas.hidden = true;
        return;
      }
      canvas.hidden = false;
      const width = panel.clientWidth;
      const height = panel.clientHeight;
      const ratio = globalThis.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);

      const span = window.end - window.start;
      if (!(span > 0) || width === 0) return;
      const step = binStep(span, Math.max(4, width / BAR_PX));
      const edges = binEdges(window.start, window.end, step);
      const counts = model.count(step, edges);
      let max = 1;
      for (const c of counts.values()) for (const n of c) if (n > max) max = n;
      drawn = { edges, counts };

      const style = getComputedStyle(root);
      const accent = style.getPropertyValue('--accent').trim() || '#0b5d8c';
      const ink = style.getPropertyValue('--ink').trim() || '#1d232b';
      const top = panel.getBoundingClientRect().top;
      const x = (t: number): number => {
        const f = ((t - window.start) / span) * width;
        return rtl ? width - f : f;
      };
      ctx.font = `600 11px ${style.fontFamily}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const label of root.querySelectorAll<HTMLElement>('.vis-label [data-lane]')) {
        const lane = label.dataset.lane ?? '';
        const c = counts.get(lane);
        const row = label.closest('.vis-label')?.getBoundingClientRect();
        if (c === undefined || row === undefined) continue;
        const colour = style.getPropertyValue(`--lane-${lane}`).trim() || accent;
        const base = row.top - top + row.height - PAD_PX;
        const room = row.height - 2 * PAD_PX - 12;
        for (let i = 0; i < c.length; i++) {
          const n = c[i] as number;
          if (n === 0) continue;
          const a = x(edges[i] as number);
          const b = x(edges[i + 1] as number);
          const left = Math.min(a, b) + 1;
          const w = Math.max(1, Math.abs(b - a) - 2);
          const h = Math.max(3, room * Math.sqrt(n / max));
          ctx.globalAlpha = 0.45 + 0.45 * Math.sqrt(n / max);
          ctx.fillStyle = colour;
          ctx.fillRect(left, base - h, w, h);
          const text = model.formatCount(n);
          if (ctx.measureText(text).width + 4 <= w + 2) {
            ctx.globalAlpha = 1;
            ctx.fillStyle = ink;
            ctx.fillText(text, left + w / 2, base - h - 1);
          }
        }
      }
      ctx.globalAlpha = 1;
    },

    barAt(lane, t) {
      if (drawn === null) return null;
      const c = drawn.counts.get(lane);
      const { edges } = drawn;
      if (c === undefined) return null;
      for (let i = 0; i < c.length; i++) {
        const from = edges[i] as number;
        const to = edges[i + 1] as number;
        if (t >= from && t < to)
          return (c[i] as number) > 0 ? { lane, from, to, count: c[i] as number } : null;
      }
      return null;
    },

    destroy() {
      canvas.remove();
      drawn = null;
    },
  };
}
