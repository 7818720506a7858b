import { isInferred, kindName, kindsOf, type Dataset } from '../../domain';
import { dataText, formatPeriod, LANGUAGES, useT } from '../../i18n';
import { layoutPicture, PICTURE, type PictureOptions } from '../timeline';
import { TimeAxis, type TickFormats } from './TimeAxis';

/** What the picture draws: the layout's own options (the picture measures and titles itself). */
export interface TimelinePictureProps extends Omit<PictureOptions, 'measure' | 'title'> {
  readonly selectedId?: string | null;
  /** The dataset's kinds, for the key (else the bundled story's). */
  readonly vocabulary?: Pick<Dataset, 'kinds'>;
  /** The story's title: given, the picture carries it with the date range above the drawing. */
  readonly title?: string | undefined;
}

let canvas: CanvasRenderingContext2D | null | undefined;
/** Text width at the picture's type size, measured by the browser when there is one to ask. */
function measure(text: string): number {
  if (canvas === undefined) {
    const inBrowser = typeof document !== 'undefined' && !/jsdom/u.test(navigator.userAgent);
    canvas = inBrowser ? document.createElement('canvas').getContext('2d') : null;
    if (canvas !== null) canvas.font = `${PICTURE.font}px "Noto Sans Arabic", system-ui, sans-serif`;
  }
  return canvas === null ? text.length * PICTURE.font * 0.52 : canvas.measureText(text).width;
}

const tickOptions: TickFormats = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * The events of a window as a still picture: every lane, each event's mark and full title, the time
 * axis and a key, in the interface language and direction. No scrolling, nothing cut: the lanes grow
 * as tall as their titles need. "Save image" and the printed handout use it.
 */
export function TimelinePicture(p: TimelinePictureProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const rtl = LANGUAGES[lang].dir === 'rtl';
  const layout = layoutPicture({
    events: p.events,
    lanes: p.lanes,
    laneOf: p.laneOf,
    from: p.from,
    to: p.to,
    width: p.width,
    measure,
    title: (e) => dataText(e.title[lang], lang, display),
  });
  const x = (r: number): number => (rtl ? p.width - r : r);
  const vocabulary = p.vocabulary ?? {};
  const kinds = kindsOf(vocabulary)
    .map((k) => k.id)
    .filter((k) => p.events.some((e) => e.kind === k));
  const range = formatPeriod(p.from, p.to, 'day', lang, display);
  return (
    <figure className="timeline-picture" lang={lang} dir={rtl ? 'rtl' : 'ltr'}>
      {p.title !== undefined && (
        <figcaption className="picture-head">
          <span className="picture-title">{dataText(p.title, lang, display)}</span>
          <span className="picture-range">{range}</span>
        </figcaption>
      )}
      <svg
        role="img"
        aria-label={t('picture.label', { range })}
        viewBox={`0 0 ${p.width} ${layout.height}`}
        width="100%"
        className="picture-svg"
        direction={rtl ? 'rtl' : 'ltr'}
        fontSize={PICTURE.font}
      >
        {layout.lanes.map((l, i) => (
          <g key={l.id}>
            <rect
              x={0}
              y={l.y}
              width={p.width}
              height={l.height}
              fill={i % 2 === 0 ? '#f8f7f3' : '#ffffff'}
            />
            <text x={x(PICTURE.pad / 2)} y={l.y + 24} fontWeight={600} fill="#1d232b">
              {l.label}
            </text>
          </g>
        ))}
        <TimeAxis
          ticks={layout.ticks}
          x={x}
          plotStart={layout.plotStart}
          plotEnd={layout.plotEnd}
          top={PICTURE.pad}
          gridBottom={layout.axisY + 6}
          axisY={layout.axisY}
          labelY={layout.axisY + 24}
          formats={tickOptions}
          fontSize={13}
          ink={{ grid: '#d9d6cd', label: '#4a5461', axis: '#4a5461' }}
          axisWidth={1.5}
        />
        {layout.items.map((it) => {
          const selected = it.event.id === p.selectedId;
          const colour = `var(--lane-${it.event.kind})`;
          const derived = isInferred(it.event.basis);
          const period = it.end - it.start > PICTURE.dot + 1;
          const left = Math.min(x(it.start), x(it.end));
          return (
            <g key={it.event.id} data-event={it.event.id}>
              {period ? (
                <rect
                  x={left}
                  y={it.y + 3}
                  width={it.end - it.start}
                  height={12}
                  rx={3}
                  style={{ fill: colour, fillOpacity: 0.25, stroke: colour }}
                  strokeWidth={2}
                  strokeDasharray={derived ? '4 3' : undefined}
                />
              ) : (
                <circle
                  cx={x(it.start + PICTURE.dot / 2)}
                  cy={it.y + 9}
                  r={PICTURE.dot / 2 + 1}
                  style={{ fill: derived ? '#ffffff' : colour, stroke: colour }}
                  strokeWidth={2.5}
                  strokeDasharray={derived ? '3 2' : undefined}
                />
              )}
              {it.lines.map((line, k) => (
                <text
                  key={k}
                  x={x(it.labelAt)}
                  y={it.y + 14 + k * PICTURE.line}
                  textAnchor={it.before ? 'end' : 'start'}
                  fontWeight={selected ? 700 : 400}
                  fill="#1d232b"
                  textDecoration={selected ? 'underline' : undefined}
                >
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <div className="picture-key">
        {kinds.map((k) => (
          <span key={k} className="legend-entry">
            <span className="picture-dot" style={{ background: `var(--lane-${k})` }} aria-hidden="true" />{' '}
            <bdi>{kindName(vocabulary, k, lang)}</bdi>
          </span>
        ))}
        <span className="legend-entry">
          <span className="picture-dot derived" aria-hidden="true" /> {t('legend.inferred')}
        </span>
        <span className="legend-entry">
          <span className="picture-bar" aria-hidden="true" /> {t('legend.period')}
        </span>
        <span className="legend-entry picture-credit">{t('app.name')}</span>
      </div>
    </figure>
  );
}
