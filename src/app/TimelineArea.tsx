import { useMemo, useState } from 'react';
import {
  emptyStretch,
  interval,
  laneStarts,
  leftOut,
  outside,
  readableWindow,
  type TimeIndex,
  type EventHead,
} from '../domain';
import { formatNumber, formatPeriod, joinParts, useT } from '../i18n';
import { sameWindow, useStore, type Store, type TimeWindow, type ViewState } from '../state';
import type { CorpusSource } from './corpus-source';
import { useCorpusView } from './corpus-view';
import { usePhone } from './event-view';
import type { Offers } from './offers';
import {
  countLanes,
  frameEvent,
  EmptyStretch,
  LeftOut,
  createWindowItems,
  toItems,
  Legend,
  TimelinePane,
  Toolbar,
  type DensityModel,
  type LaneModel,
  type TimelineCommand,
} from '../view';

export interface TimelineAreaProps {
  readonly store: Store<ViewState>;
  /** The window when the view has none of its own. */
  readonly home: TimeWindow;
  readonly core: TimeWindow | null;
  readonly bounds: TimeWindow;
  readonly timeIndex: TimeIndex;
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  readonly describe: (e: EventHead) => string;
  /** Search results to mark, when searching. */
  readonly matches: ReadonlySet<string> | null;
  readonly selected: EventHead | null;
  readonly present: boolean;
  readonly onSelect: (id: string | null) => void;
  readonly onCommand: (c: TimelineCommand) => void;
  readonly onReady: () => void;
  /** With an event selected on a desk: the reading layout (the timeline a strip around it) and its switch. */
  readonly reading?: { readonly on: boolean; readonly toggle: () => void } | undefined;
  /** In the reading layout: the strip folded to the toolbar's line, and the switch. */
  readonly strip?: { readonly folded: boolean; readonly toggle: () => void };
  /** A step that met the end of the events, said beside the arrows (see `Toolbar`). */
  readonly edge?: React.ComponentProps<typeof Toolbar>['edge'];
  /** The event a phone's reader last came back from, its box marked as the list marks its row. */
  readonly read?: string | null;
  /** A corpus decides density from its prebuilt levels; `timeIndex` then holds what it has fetched. */
  readonly source?: CorpusSource | null;
  /** What is offered for what is on screen (`shown.offers`). */
  readonly offers: Offers;
}

/**
 * The timeline with its toolbar and key: the one part of the screen that follows the window, so a
 * zoom or a pan re-renders this and nothing else.
 */
export function TimelineArea(p: TimelineAreaProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const window = useStore(p.store, (s) => s.window) ?? p.home;
  const { timeIndex, describe, laneOf, matches, selected, source = null, read = null } = p;
  // A corpus's bars change as its levels arrive.
  const { levels } = useCorpusView(source);
  // Only what the window can show goes to the timeline: events one by one, or density when too many.
  const [itemsFor] = useState(createWindowItems);
  const corpusDense = source !== null && source.plan(window.from, window.to)?.dense !== false;
  const content = useMemo(() => {
    // The open event stays clearly selected while a search dims the boxes it does not match.
    const searched = (e: EventHead): string =>
      matches === null ? '' : matches.has(e.id) ? 'match' : e.id === selected?.id ? '' : 'no-match';
    const extraClass = (e: EventHead): string =>
      e.id === read && selected === null ? `${searched(e)} just-read`.trim() : searched(e);
    if (corpusDense)
      return {
        items: selected === null ? [] : toItems([selected], lang, describe, laneOf, extraClass, display),
        dense: true,
        from: 0,
        to: 0,
      };
    return itemsFor(
      timeIndex,
      window.from,
      window.to,
      {
        lang,
        describe,
        laneOf,
        extraClass,
        selected,
        display,
      },
      [timeIndex, lang, describe, laneOf, matches, selected, display, read],
    );
  }, [
    itemsFor,
    timeIndex,
    window.from,
    window.to,
    lang,
    describe,
    laneOf,
    matches,
    selected,
    corpusDense,
    display,
    read,
  ]);
  // What needs every event at hand (offers.ts): the lanes' own counts, a phone's fit, the events outside.
  const { allEvents } = p.offers;
  const starts = useMemo(
    () => (allEvents ? laneStarts(timeIndex, laneOf) : null),
    [allEvents, timeIndex, laneOf],
  );
  const density = useMemo<DensityModel>(
    () => ({
      // `levels` is named so that the bars are drawn again when a level arrives.
      count:
        starts !== null
          ? countLanes(starts)
          : (step, edges) => (levels >= 0 && source !== null ? source.counts(step, edges) : new Map()),
      formatCount: (n) => formatNumber(n, lang, display),
      describe: (n, from, to) => {
        const days = (to - from) / 86_400_000;
        const precision = days < 28 ? 'day' : days < 365 ? 'month' : 'year';
        const period = formatPeriod(from, to, precision, lang, display);
        return joinParts([period, t('timeline.cluster', { count: n }), t('timeline.clusterHint')], lang);
      },
    }),
    [starts, source, levels, lang, display, t],
  );
  const { store, onCommand, core } = p;
  // A phone's axis is some 300 px: "Show all events" shows as many as it can at a readable scale,
  // and the events left out either side are counted, one tap from the nearest.
  const phone = usePhone();
  // On a phone or a tablet the moves through time (the arrows, the zoom, the main story, every event)
  // fold behind one button: the page opens on where to start and the list, not a toolbox (UX review 13p, S3-2).
  const [moves, setMoves] = useState(false);
  const fit = (): void => {
    const axis = document.querySelector('.timeline-pane .vis-panel.vis-center')?.clientWidth;
    const w = phone && allEvents && axis !== undefined ? readableWindow(timeIndex.events, axis) : null;
    if (w === null) onCommand({ kind: 'fit' });
    else store.set({ window: w });
  };
  const out = useMemo(
    () => (phone && allEvents ? outside(timeIndex.events, window) : null),
    [phone, allEvents, timeIndex, window],
  );
  // At a desk, the events "Show all events" leaves out of the main stretch (a 1962 among 2014–2024).
  const apart = useMemo(
    () => (!phone && allEvents ? leftOut(timeIndex.events, window) : null),
    [phone, allEvents, timeIndex, window],
  );
  const toNearest = (side: 'before' | 'after'): void => {
    const spans = timeIndex.events.map((e) => interval(e.start, e.end)).filter((s) => s !== null);
    const near =
      side === 'before'
        ? spans.filter((s) => s.end <= window.from).sort((a, b) => b.end - a.end)[0]
        : spans.find((s) => s.start >= window.to);
    if (near !== undefined) store.set({ window: frameEvent(window, near, phone) });
  };
  // A window without events (a pan or a zoom into an empty stretch) names the nearest either side.
  const empty = useMemo(
    () => (allEvents && !content.dense ? emptyStretch(timeIndex.events, window) : null),
    [allEvents, content.dense, timeIndex, window],
  );
  const goTo = (e: EventHead): void => {
    const s = interval(e.start, e.end);
    if (s === null) return;
    store.set({ window: frameEvent(window, s, phone) });
    // The hint (and the button) goes with the empty stretch: the keys go on from the timeline.
    document.querySelector<HTMLElement>('.timeline-pane')?.focus({ preventScroll: true });
  };
  // While presenting, the slides draw their own strip.
  if (p.present) return <></>;
  return (
    <>
      {!p.present && (
        <div className="timeline-bar" data-moves={phone ? (moves ? 'open' : 'folded') : undefined}>
          <Toolbar
            onPrev={() => onCommand({ kind: 'step', by: -1 })}
            onNext={() => onCommand({ kind: 'step', by: 1 })}
            onZoomIn={() => onCommand({ kind: 'zoom', factor: 0.5 })}
            onZoomOut={() => onCommand({ kind: 'zoom', factor: 2 })}
            onFit={fit}
            onCore={() => core !== null && store.set({ window: core })}
            reading={p.reading}
            edge={p.edge}
          >
            {p.reading?.on === true && p.strip !== undefined && (
              <button
                type="button"
                className="strip-fold"
                aria-pressed={!p.strip.folded}
                onClick={p.strip.toggle}
              >
                {/* A switch, drawn: it shows or hides the strip, it is not a third layout (UX review 11, S3-3). */}
                <span className="switch" aria-hidden="true" />
                {t('reading.stripFold')}
              </button>
            )}
            {apart !== null && <LeftOut before={apart.before} after={apart.after} onGo={toNearest} />}
            {/* A phone's page is long: the list, the better way through on a small screen, is one tap away. */}
            <button
              type="button"
              className="to-list"
              onClick={() => {
                const list = document.getElementById('event-list');
                list?.scrollIntoView({ block: 'start' });
                list?.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
              }}
            >
              {t('reading.toList')} <span aria-hidden="true">↓</span>
            </button>
            {phone && (
              <button
                type="button"
                className="moves-toggle"
                aria-expanded={moves}
                onClick={() => setMoves(!moves)}
              >
                {t('controls.moves')} <span aria-hidden="true">{moves ? '▴' : '▾'}</span>
              </button>
            )}
          </Toolbar>
          <Legend dense={content.dense} />
        </div>
      )}
      {out !== null && out.before + out.after > 0 && (
        <p className="outside-cue">
          {out.before > 0 && (
            <button type="button" className="outside-before" onClick={() => toNearest('before')}>
              <span aria-hidden="true">{rtlArrow(lang, 'before')}</span>{' '}
              {t('timeline.before', { count: out.before })}
            </button>
          )}
          {out.after > 0 && (
            <button type="button" className="outside-after" onClick={() => toNearest('after')}>
              {t('timeline.after', { count: out.after })}{' '}
              <span aria-hidden="true">{rtlArrow(lang, 'after')}</span>
            </button>
          )}
        </p>
      )}
      <TimelinePane
        items={content.items}
        density={content.dense ? density : null}
        lanes={p.lanes}
        window={window}
        bounds={p.bounds}
        selectedId={selected?.id ?? null}
        onSelect={p.onSelect}
        onWindowChange={(w) => store.set((s) => (sameWindow(s.window, w) ? {} : { window: w }))}
        onZoomTo={(w) => store.set({ window: w })}
        onCommand={onCommand}
        onReady={p.onReady}
        revealSelected={p.present || p.reading?.on === true}
        cueBelow={phone}
        pinAxis={!phone}
        overlay={empty === null ? null : <EmptyStretch near={empty} onGo={goTo} />}
      />
    </>
  );
}

/** Earlier is to the left in English and to the right in Arabic, where time runs right to left. */
const rtlArrow = (lang: string, side: 'before' | 'after'): string =>
  (side === 'before') === (lang === 'ar') ? '→' : '←';
