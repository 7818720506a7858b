import { useT } from '../../i18n';
import { skipToWords } from '../skip-to-words';

/** Moves focus to `target` (scrolled into view when needed) instead of only scrolling to the anchor. */
function skip(e: React.MouseEvent, target: HTMLElement | null): void {
  if (target === null) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/**
 * The first Tabs of the page, shown when focused: straight to the timeline (whose → then opens the
 * first event in view), to the open event's sources' words, and to the list of events.
 */
export function SkipLinks({ words }: { readonly words: boolean }): React.JSX.Element {
  const { t } = useT();
  return (
    <>
      <a
        className="skip-link"
        href="#timeline-region"
        onClick={(e) => skip(e, document.querySelector<HTMLElement>('.timeline-pane'))}
      >
        {t('app.skipToTimeline')}
      </a>
      {words && (
        <a className="skip-link" href="#source-panels" onClick={skipToWords}>
          {t('detail.skipToWords')}
        </a>
      )}
      <a
        className="skip-link"
        href="#event-list"
        // Focus lands in the list (its one tab stop), not just the scroll position.
        onClick={(e) => skip(e, document.querySelector<HTMLElement>('#event-list [tabindex="0"]'))}
      >
        {t('app.skipToList')}
      </a>
    </>
  );
}
