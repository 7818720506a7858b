import { formatInstant, useT } from '../../i18n';
import type { PictureTick } from '../timeline';

/** How a tick's date is written, by the calendar unit the ticks step in. */
export type TickFormats = Readonly<Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions>>;

export interface TimeAxisProps {
  readonly ticks: readonly PictureTick[];
  /** A distance from the reading start edge to an SVG x (mirrored in Arabic). */
  readonly x: (at: number) => number;
  readonly plotStart: number;
  readonly plotEnd: number;
  /** Where the grid lines start and end, the axis line lies, and the tick labels' baseline. */
  readonly top: number;
  readonly gridBottom: number;
  readonly axisY: number;
  readonly labelY: number;
  readonly formats: TickFormats;
  readonly fontSize: number;
  readonly ink: { readonly grid: string; readonly label: string; readonly axis: string };
  readonly axisWidth: number;
}

/** The time axis of an SVG timeline (the presentation's strip, the still picture): grid, dates, axis. */
export function TimeAxis(p: TimeAxisProps): React.JSX.Element {
  const { lang, display } = useT();
  return (
    <>
      {p.ticks.map((tk) => (
        <g key={tk.ms}>
          <line
            x1={p.x(tk.at)}
            x2={p.x(tk.at)}
            y1={p.top}
            y2={p.gridBottom}
            stroke={p.ink.grid}
            strokeWidth={1}
          />
          <text x={p.x(tk.at)} y={p.labelY} textAnchor="middle" fill={p.ink.label} fontSize={p.fontSize}>
            {formatInstant(tk.ms, lang, display, p.formats[tk.unit])}
          </text>
        </g>
      ))}
      <line
        x1={p.x(p.plotStart)}
        x2={p.x(p.plotEnd)}
        y1={p.axisY}
        y2={p.axisY}
        stroke={p.ink.axis}
        strokeWidth={p.axisWidth}
      />
    </>
  );
}
