import { useT } from '../../i18n';

export interface ToolbarProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly onCore: () => void;
  readonly onPrev: () => void;
  readonly onNext: () => void;
  /** With an event selected on a desk: whether its words have the screen, and the switch. */
  readonly reading?: { readonly on: boolean; readonly toggle: () => void } | undefined;
  /**
   * A step that met the end of the events (a search's matches while there is one): said beside the
   * arrows, and the arrow that way nudged, since the step itself changes nothing on screen.
   */
  readonly edge?:
    { readonly at: 'first' | 'last'; readonly searching: boolean; readonly n: number } | null | undefined;
  /** More buttons at the end (a phone's way to the list). */
  readonly children?: React.ReactNode;
}

/**
 * Plus and a true minus, drawn: as text, the interface font gives "−" a hyphen's short bar. The minus is
 * the plus's own bar.
 */
function ZoomIcon({ plus }: { readonly plus: boolean }): React.JSX.Element {
  return (
    <svg
      className="icon zoom-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
    >
      <rect data-bar="across" x="2" y="7.1" width="12" height="1.8" rx="0.4" fill="currentColor" />
      {plus && <rect x="7.1" y="2" width="1.8" height="12" rx="0.4" fill="currentColor" />}
    </svg>
  );
}

/**
 * The nudge's two names take turns, so that it plays again on each step that goes nowhere (the button
 * itself stays, and keeps its focus).
 */
const nudge = (n: number): string => (n % 2 === 0 ? 'even' : 'odd');

/** Buttons for what the timeline's keys and gestures also do. */
export function Toolbar(p: ToolbarProps): React.JSX.Element {
  const { t, lang } = useT();
  // Arrows point the way time runs in the reading direction.
  const [back, forward] = lang === 'ar' ? ['→', '←'] : ['←', '→'];
  return (
    <div className="toolbar" role="toolbar" aria-label={t('controls.toolbar')}>
      <button
        type="button"
        onClick={p.onPrev}
        aria-label={t('controls.prev')}
        title={t('controls.prev')}
        data-edge={p.edge?.at === 'first' ? `first-${nudge(p.edge.n)}` : undefined}
      >
        {back}
      </button>
      <button
        type="button"
        onClick={p.onNext}
        aria-label={t('controls.next')}
        title={t('controls.next')}
        data-edge={p.edge?.at === 'last' ? `last-${nudge(p.edge.n)}` : undefined}
      >
        {forward}
      </button>
      {/* Always there, empty while nothing is said, so that a screen reader hears what is put in it. */}
      <span className="toolbar-edge" role="status">
        {p.edge == null
          ? ''
          : t(`controls.${p.edge.at === 'last' ? 'atLast' : 'atFirst'}${p.edge.searching ? 'Match' : ''}`)}
      </span>
      <span className="toolbar-gap" />
      <button
        type="button"
        onClick={p.onZoomIn}
        aria-label={t('controls.zoomIn')}
        title={t('controls.zoomIn')}
      >
        <ZoomIcon plus />
      </button>
      <button
        type="button"
        onClick={p.onZoomOut}
        aria-label={t('controls.zoomOut')}
        title={t('controls.zoomOut')}
      >
        <ZoomIcon plus={false} />
      </button>
      <button type="button" onClick={p.onCore}>
        {t('controls.core')}
      </button>
      <button type="button" onClick={p.onFit}>
        {t('controls.fit')}
      </button>
      {/* The two layouts side by side, the one shown pressed, and their key shown beside them (S3-5). */}
      {p.reading !== undefined && (
        <span className="reading-toggle">
          {([false, true] as const).map((reading) => (
            <button
              key={String(reading)}
              type="button"
              aria-pressed={p.reading?.on === reading}
              onClick={() => p.reading !== undefined && p.reading.on !== reading && p.reading.toggle()}
              title={t(reading ? 'reading.stripTitle' : 'reading.fullTitle')}
              aria-keyshortcuts="T"
            >
              {t(reading ? 'reading.strip' : 'reading.full')}
            </button>
          ))}
          <kbd aria-hidden="true">T</kbd>
        </span>
      )}
      {p.children}
    </div>
  );
}
