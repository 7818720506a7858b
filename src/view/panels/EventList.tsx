import { useEffect, useRef, useState } from 'react';
import { isInferred, type EventHead } from '../../domain';
import { formatEventDate, useT } from '../../i18n';
import { DataText } from '../DataText';
import { DerivedKey, DerivedMark } from '../DerivedMark';
import { tellers } from './start-here';
import {
  endRoom,
  scrollToSelected,
  scrollToSelectedEven,
  scrollToShow,
  settle,
  type RowEdges,
} from './list-scroll';

export interface EventListProps {
  /** Already in chronological order. */
  readonly events: readonly EventHead[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /**
   * Set when `events` are only those of the window, out of this many (a static corpus): the list then
   * says so, and an empty one says how to reach events.
   */
  readonly total?: number | undefined;
  /** The event the reader has just come back from (a phone's event view): its row says so. */
  readonly readId?: string | null | undefined;
}

/** Past this many events only the rows in view are rendered (each one line high). */
export const VIRTUAL_AFTER = 400;
const ROW = 36;
const OVERSCAN = 12;

/** The edges of the rows drawn in the list `ol` (in its scrolled content), and where the row `id` is. */
function rowEdges(ol: HTMLElement, id: string | undefined): { rows: RowEdges[]; at: number } {
  const box = ol.getBoundingClientRect();
  const origin = box.top + ol.clientTop - ol.scrollTop;
  const buttons = [...ol.querySelectorAll<HTMLElement>('[data-event-id]')];
  const rows = buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  });
  return { rows, at: buttons.findIndex((b) => b.dataset.eventId === id) };
}

/** Leaves under the last row of `ol` the room that makes its furthest scroll a row's top (`endRoom`). */
function fitEnd(ol: HTMLElement, rows: readonly RowEdges[]): void {
  const room = endRoom(rows, ol.clientHeight);
  const want = room > 0 ? `${room}px` : '';
  if (ol.style.paddingBlockEnd !== want) ol.style.paddingBlockEnd = want;
}

/** Scrolls the list `ol` (only the list) so that `row` is whole in sight, by whole rows. */
function showWhole(ol: HTMLElement, row: HTMLElement): void {
  const { rows, at } = rowEdges(ol, row.dataset.eventId);
  fitEnd(ol, rows);
  if (at < 0) return;
  const to = scrollToShow(rows, at, ol.scrollTop, ol.clientHeight);
  if (Math.abs(to - ol.scrollTop) >= 0.5) ol.scrollTop = to;
}

/** The row a key moves focus to from row `i` of `n`, or null for a key the list does not take. */
export function listKeyTarget(key: string, i: number, n: number): number | null {
  if (n === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(n - 1, i + 1);
    case 'ArrowUp':
      return Math.max(0, i - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'PageDown':
      return Math.min(n - 1, i + 10);
    case 'PageUp':
      return Math.max(0, i - 10);
    default:
      return null;
  }
}

/**
 * Every event in time order: the keyboard and screen-reader way through the timeline. One tab stop
 * (the selected row, else the first); ↑/↓, Home/End and Page Up/Down move focus and the selection
 * along the rows.
 */
export function EventList({
  events,
  selectedId,
  onSelect,
  total,
  readId = null,
}: EventListProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const list = useRef<HTMLOListElement>(null);
  const virtual = events.length > VIRTUAL_AFTER;
  const [scroll, setScroll] = useState({ top: 0, height: 400 });
  /** Moves focus to row `i`, scrolling the list (only the list) to it; a virtual row is drawn first. */
  const focusRow = (i: number): void => {
    const ol = list.current;
    const id = events[i]?.id;
    if (ol === null || id === undefined) return;
    const find = (): HTMLElement | undefined =>
      [...ol.querySelectorAll<HTMLElement>('[data-event-id]')].find((b) => b.dataset.eventId === id);
    const row = find();
    if (row !== undefined) {
      showWhole(ol, row);
      row.focus({ preventScroll: true });
      return;
    }
    ol.scrollTop = Math.max(0, Math.floor((i * ROW - ol.clientHeight / 3) / ROW) * ROW);
    setScroll({ top: ol.scrollTop, height: ol.clientHeight });
    requestAnimationFrame(() => find()?.focus({ preventScroll: true }));
  };

  useEffect(() => {
    if (selectedId === null) return;
    // Scroll the list only: scrollIntoView would also scroll the page away from the timeline.
    const ol = list.current;
    if (ol === null) return;
    if (virtual) {
      const i = events.findIndex((e) => e.id === selectedId);
      if (i < 0) return;
      // Virtual rows are one line each, their tops multiples of the row's height.
      ol.scrollTop = scrollToSelectedEven(i, ROW, ol.scrollTop, ol.clientHeight);
      return;
    }
    const { rows, at } = rowEdges(ol, selectedId);
    fitEnd(ol, rows);
    if (at >= 0) ol.scrollTop = scrollToSelected(rows, at, ol.scrollTop, ol.clientHeight);
  }, [selectedId, events, virtual]);

  // The room under the last row follows the list's height (the column is shared with the event's card)
  // and its rows' (a font arriving rewraps them); the list stays on whole rows, and the focused (else
  // the selected) row whole in sight, as the list grows or shrinks from its top (Escape gives the
  // event's card's room to "Start here": the row stepped to went under the list's foot, review 13 S3-N2).
  useEffect(() => {
    const ol = list.current;
    if (ol === null || virtual || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const focused = document.activeElement;
      const keep =
        focused instanceof HTMLElement && focused.dataset.eventId !== undefined && ol.contains(focused)
          ? focused.dataset.eventId
          : ol.querySelector<HTMLElement>('[aria-current="true"]')?.dataset.eventId;
      const { rows, at } = rowEdges(ol, keep);
      fitEnd(ol, rows);
      const to = settle(rows, at, ol.scrollTop, ol.clientHeight);
      if (Math.abs(to - ol.scrollTop) >= 1) ol.scrollTop = to;
    });
    observer.observe(ol);
    for (const row of ol.querySelectorAll('[data-event-id]')) observer.observe(row);
    return () => observer.disconnect();
  }, [events, virtual]);

  const first = virtual ? Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(events.length, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN)
    : events.length;
  // One tab stop: the selected row, else the first drawn.
  const drawn = events.slice(first, last);
  const tabStop = drawn.some((e) => e.id === selectedId) ? selectedId : (drawn[0]?.id ?? null);
  return (
    <nav className="event-list" aria-labelledby="list-heading" id="event-list">
      <h2 id="list-heading">
        {total === undefined ? (
          <>
            {t('list.heading')} <span className="count">({t('list.events', { count: events.length })})</span>
          </>
        ) : (
          <>
            {t('list.inView')}{' '}
            <span className="count">({t('list.ofTotal', { count: total, shown: events.length })})</span>
          </>
        )}
      </h2>
      {total !== undefined && events.length === 0 && <p className="list-hint">{t('list.zoomIn')}</p>}
      <ol
        ref={list}
        className={virtual ? 'virtual' : undefined}
        // A row given focus from elsewhere (Escape closing its event, a Tab) is scrolled whole into sight.
        onFocus={(e) => {
          if (e.target instanceof HTMLElement && e.target.dataset.eventId !== undefined)
            showWhole(e.currentTarget, e.target);
        }}
        onKeyDown={(e) => {
          if (e.altKey || e.ctrlKey || e.metaKey || !(e.target instanceof HTMLElement)) return;
          const id = e.target.dataset.eventId;
          const i = events.findIndex((ev) => ev.id === id);
          const to = i < 0 ? null : listKeyTarget(e.key, i, events.length);
          if (to === null) return;
          e.preventDefault();
          focusRow(to);
          // The selection follows: the event opens beside the list as the rows are stepped through.
          const next = events[to];
          if (next !== undefined && next.id !== selectedId) onSelect(next.id);
        }}
        onScroll={
          virtual
            ? (e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
            : undefined
        }
      >
        {virtual && <li aria-hidden="true" className="spacer" style={{ blockSize: first * ROW }} />}
        {drawn.map((e, k) => {
          const selected = e.id === selectedId;
          const read = !selected && e.id === readId;
          return (
            <li key={e.id} aria-posinset={first + k + 1} aria-setsize={events.length}>
              <button
                type="button"
                data-event-id={e.id}
                tabIndex={e.id === tabStop ? 0 : -1}
                aria-current={selected ? 'true' : undefined}
                className={`list-item kind-${e.kind}${selected ? ' selected' : ''}${read ? ' just-read' : ''}`}
                onClick={() => onSelect(e.id)}
              >
                <time dateTime={e.start} className={isInferred(e.basis) ? 'derived' : ''}>
                  {formatEventDate(e.start, e.end, lang, display)}
                  {isInferred(e.basis) && <DerivedMark />}
                </time>
                <span className="list-title">
                  <DataText text={e.title[lang]} />
                </span>
                {/* As "Start here" has it, so that the events several sources tell stand out (a phone's list). */}
                {tellers(e) > 0 && (
                  <span className="list-count">{t('count.sources', { count: tellers(e) })}</span>
                )}
                {read && <span className="list-read">{t('list.justRead')}</span>}
              </button>
            </li>
          );
        })}
        {virtual && (
          <li aria-hidden="true" className="spacer" style={{ blockSize: (events.length - last) * ROW }} />
        )}
      </ol>
      {/* The mark the rows use for a derived date, said once, under the rows. */}
      {events.some((e) => isInferred(e.basis)) && <DerivedKey className="list-hint list-key" />}
    </nav>
  );
}
