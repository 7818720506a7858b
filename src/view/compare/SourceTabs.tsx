import { useEffect, useRef } from 'react';
import { tabName, type Source } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';
import { useOverflowEnds } from './overflow-ends';
import type { SwipeHandlers } from './swipe';

export interface SourceTabsProps {
  readonly sources: readonly Source[];
  /** The index of the source shown. */
  readonly current: number;
  readonly onShow: (index: number) => void;
  /** The id of the element that shows the current source. */
  readonly panelId: string;
  /** A swipe went past the first or the last source: the count says so for a moment. */
  readonly edge?: 'first' | 'last' | null;
  /** A sideways swipe over the tabs steps between the sources, as one over the words does. */
  readonly swipes?: SwipeHandlers;
}

/**
 * A phone's reader shows one source at a time: a row of tabs that stays at the top while the source's
 * words scroll under it, with where the reader is ("2 of 3"). The arrow keys move between the tabs in
 * the line's direction, as a swipe over the words or the tabs does. However many sources, the tabs keep
 * to one row: it scrolls sideways to the chosen tab, and a faded end says more tabs lie that way.
 */
export function SourceTabs({
  sources,
  current,
  onShow,
  panelId,
  edge = null,
  swipes,
}: SourceTabsProps): React.JSX.Element {
  const { t, lang } = useT();
  const rtl = lang === 'ar';
  // Where the tabs overflow their row, the chosen one is scrolled into it whole (the row only: the page
  // stays where it is).
  const list = useRef<HTMLDivElement>(null);
  const ends = useOverflowEnds(list, sources.length);
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (row == null || tab == null) return;
    const r = row.getBoundingClientRect();
    const b = tab.getBoundingClientRect();
    if (b.left < r.left) row.scrollLeft -= r.left - b.left;
    else if (b.right > r.right) row.scrollLeft += b.right - r.right;
    // Focus on a tab goes with the source shown, however it changed (a swipe over the words): not left
    // on a tab no longer chosen, out of the Tab order (UX review 14p, S3-9).
    const focused = document.activeElement;
    if (focused !== tab && focused instanceof HTMLElement && row.contains(focused))
      tab.focus({ preventScroll: true });
  }, [current]);
  const move = (by: number): void => {
    const next = (current + by + sources.length) % sources.length;
    onShow(next);
    document.getElementById(`source-tab-${next}`)?.focus();
  };
  return (
    <div className="source-tabs" {...swipes}>
      <div
        ref={list}
        role="tablist"
        aria-label={t('layout.sources')}
        data-more-start={ends.start || undefined}
        data-more-end={ends.end || undefined}
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            e.preventDefault();
            move((e.key === 'ArrowRight') !== rtl ? 1 : -1);
          }
        }}
      >
        {sources.map((s, i) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`source-tab-${i}`}
            aria-selected={i === current}
            aria-controls={panelId}
            tabIndex={i === current ? 0 : -1}
            onClick={() => onShow(i)}
          >
            {/* Its short name only (`tabName`), whole words on at most two lines: its whole name and
                standing are said under it, once, on its card (mention.tsx). */}
            <bdi className="source-lead">
              <DataText text={tabName(s, lang)} />
            </bdi>
          </button>
        ))}
      </div>
      <p className="source-count" aria-live="polite" data-edge={edge ?? undefined}>
        {edge === null
          ? t('layout.sourceOf', { n: current + 1, count: sources.length })
          : t(edge === 'first' ? 'layout.firstSource' : 'layout.lastSource')}
      </p>
    </div>
  );
}
