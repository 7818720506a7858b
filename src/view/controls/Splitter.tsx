import { useRef } from 'react';
import { useT } from '../../i18n';

export interface SplitterProps {
  /** The height of the region above, in CSS pixels. */
  readonly size: number;
  readonly min: number;
  readonly max: number;
  readonly onResize: (px: number) => void;
  /** The element whose height this sets, for aria-controls. */
  readonly controls: string;
}

const STEP = 24;

/**
 * A handle between the timeline and the story: drag it, or focus it and use ↑/↓ (Page Up/Down for
 * bigger steps, Home/End for the limits). An ARIA window splitter, so screen readers announce it.
 */
export function Splitter({ size, min, max, onResize, controls }: SplitterProps): React.JSX.Element {
  const { t } = useT();
  const drag = useRef<{ y: number; size: number } | null>(null);
  const clamp = (px: number): number => Math.min(max, Math.max(min, px));
  return (
    <div
      className="splitter"
      role="separator"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-label={t('layout.resize')}
      aria-controls={controls}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      aria-valuenow={Math.round(size)}
      title={t('layout.resize')}
      onPointerDown={(e) => {
        drag.current = { y: e.clientY, size };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current === null) return;
        onResize(clamp(drag.current.size + e.clientY - drag.current.y));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(e) => {
        const by: Record<string, number> = {
          ArrowUp: -STEP,
          ArrowDown: STEP,
          PageUp: -4 * STEP,
          PageDown: 4 * STEP,
          Home: -Infinity,
          End: Infinity,
        };
        const d = by[e.key];
        if (d === undefined) return;
        e.preventDefault();
        onResize(clamp(size + d));
      }}
    />
  );
}
