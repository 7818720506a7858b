import type { EventHead } from '../../domain';
import { dataText, formatEventDate, formatList, useT } from '../../i18n';

export interface LeftOutProps {
  readonly before: readonly EventHead[];
  readonly after: readonly EventHead[];
  /** Brings the nearest event that way into view. */
  readonly onGo: (side: 'before' | 'after') => void;
}

/** At most this many dates are named; the count says the rest. */
const NAMED = 3;

/**
 * At a desk, the events "Show all events" leaves out of the main stretch of time (`leftOut`): counted
 * and dated at their side, "← 1 earlier event: 1962" ("١٩٦٢ :حدث سابق واحد →" in Arabic), a click
 * away; the button's tooltip names them.
 */
export function LeftOut({ before, after, onGo }: LeftOutProps): React.JSX.Element {
  const { t, lang, display } = useT();
  // Earlier lies to the left in English and to the right in Arabic.
  const arrow = (side: 'before' | 'after'): string => ((side === 'before') === (lang === 'ar') ? '→' : '←');
  const side = (events: readonly EventHead[], which: 'before' | 'after'): React.JSX.Element | null => {
    if (events.length === 0) return null;
    const near = which === 'before' ? [...events].reverse() : events;
    const dates = near.slice(0, NAMED).map((e) => formatEventDate(e.start, e.end, lang, display));
    const label = `${t(`timeline.${which}`, { count: events.length })}: ${formatList(dates, lang, display)}`;
    return (
      <button
        type="button"
        className={`left-out left-out-${which}`}
        title={events.map((e) => dataText(e.title[lang], lang, display)).join('\n')}
        onClick={() => onGo(which)}
      >
        {which === 'before' && <span aria-hidden="true">{arrow(which)} </span>}
        {label}
        {which === 'after' && <span aria-hidden="true"> {arrow(which)}</span>}
      </button>
    );
  };
  return (
    <>
      {side(before, 'before')}
      {side(after, 'after')}
    </>
  );
}
