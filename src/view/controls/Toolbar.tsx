import { useT } from '../../i18n';

export interface ToolbarProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly onCore: () => void;
  readonly onPrev: () => void;
  readonly onNext: () => void;
}

/** Buttons for what the timeline's keys and gestures also do. */
export function Toolbar(p: ToolbarProps): React.JSX.Element {
  const { t, lang } = useT();
  // Arrows point the way time runs in the reading direction.
  const [back, forward] = lang === 'ar' ? ['→', '←'] : ['←', '→'];
  return (
    <div className="toolbar" role="toolbar" aria-label={t('controls.toolbar')}>
      <button type="button" onClick={p.onPrev} aria-label={t('controls.prev')} title={t('controls.prev')}>
        {back}
      </button>
      <button type="button" onClick={p.onNext} aria-label={t('controls.next')} title={t('controls.next')}>
        {forward}
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        onClick={p.onZoomIn}
        aria-label={t('controls.zoomIn')}
        title={t('controls.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={p.onZoomOut}
        aria-label={t('controls.zoomOut')}
        title={t('controls.zoomOut')}
      >
        −
      </button>
      <button type="button" onClick={p.onCore}>
        {t('controls.core')}
      </button>
      <button type="button" onClick={p.onFit}>
        {t('controls.fit')}
      </button>
    </div>
  );
}
