import type { EmptyStretch as Stretch, EventHead } from '../../domain';
import { formatEventDate, useT } from '../../i18n';
import { DataText } from '../DataText';

/**
 * Over a timeline whose window holds no event (after a pan or a zoom into an empty stretch): says so,
 * and names the nearest event either side, each a button that brings it into view. Titles are the
 * data's, shown as text.
 */
export function EmptyStretch({
  near,
  onGo,
}: {
  readonly near: Stretch;
  readonly onGo: (e: EventHead) => void;
}): React.JSX.Element {
  const { t, lang, display } = useT();
  // Earlier is to the left in English and to the right in Arabic, where time runs right to left.
  const arrow = (side: 'before' | 'after'): string => ((side === 'before') === (lang === 'ar') ? '→' : '←');
  const go = (side: 'before' | 'after', e: EventHead | null): React.JSX.Element | null =>
    e === null ? null : (
      <button type="button" className={`empty-${side}`} onClick={() => onGo(e)}>
        {side === 'before' && <span aria-hidden="true">{arrow(side)} </span>}
        <span className="empty-side">
          {t(side === 'before' ? 'timeline.emptyBefore' : 'timeline.emptyAfter')}
        </span>{' '}
        <bdi className="empty-title">
          <DataText text={e.title[lang]} />
        </bdi>{' '}
        <span className="empty-date">{formatEventDate(e.start, e.end, lang, display)}</span>
        {side === 'after' && <span aria-hidden="true"> {arrow(side)}</span>}
      </button>
    );
  return (
    <div className="empty-stretch" role="status">
      <p>{t('timeline.empty')}</p>
      <div className="empty-go">
        {go('before', near.before)}
        {go('after', near.after)}
      </div>
    </div>
  );
}
