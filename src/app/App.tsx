import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  applyFilters,
  eventsIn,
  EVENT_KINDS,
  indexDataset,
  interval,
  searchEvents,
  sideOf,
  timeIndexOf,
  type Dataset,
  type EventKind,
  type Side,
  type TimelineEvent,
} from '../domain';
import { formatEventDate, LANGUAGES, useT } from '../i18n';
import { saveDisplay, useStore, type Store, type TimeWindow, type ViewState } from '../state';
import { download, PROJECTOR_WIDTH, renderPng } from './exports';
import { TimelineArea } from './TimelineArea';
import {
  Accounts,
  centerOn,
  Handout,
  PresentView,
  presentCommandFor,
  ShareBar,
  TimelinePicture,
  EntityProfile,
  ExploreBar,
  SearchResults,
  SIDE_ORDER,
  Announcer,
  bringIntoView,
  chronological,
  coreWindow,
  DetailPanel,
  EventList,
  Header,
  panWindow,
  stepThrough,
  toLanes,
  windowAround,
  zoomWindow,
  type TimelineCommand,
} from '../view';

const YEAR = 365.25 * 86_400_000;
const FALLBACK: TimeWindow = { from: Date.UTC(2022, 0, 1), to: Date.UTC(2025, 0, 1) };

export interface AppProps {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly onReady: () => void;
  /** Opening, replacing and exporting datasets: the header shows it. */
  readonly datasetMenu?: React.ReactNode;
}

/** The screen: header, timeline with its controls, the selected event, and the list. */
export function App({ dataset, store, onReady, datasetMenu }: AppProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const eventId = useStore(store, (s) => s.eventId);
  const sourceId = useStore(store, (s) => s.sourceId);
  const claimId = useStore(store, (s) => s.claimId);
  const query = useStore(store, (s) => s.query);
  const filters = useStore(store, (s) => s.filters);
  const grouping = useStore(store, (s) => s.lanes);
  const entityId = useStore(store, (s) => s.entityId);
  const present = useStore(store, (s) => s.present);
  const rtl = LANGUAGES[lang].dir === 'rtl';
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const ordered = useMemo(() => chronological(dataset.events), [dataset]);
  // Filters decide what is drawn and listed (and what the keys step through); the search marks.
  const visible = useMemo(() => applyFilters(ordered, filters), [ordered, filters]);
  const results = useMemo(
    () => (query.trim() === '' ? null : searchEvents({ ...dataset, events: visible }, query)),
    [dataset, visible, query],
  );
  const matches = useMemo(
    () => (results === null ? null : new Set(results.map((r) => r.event.id as string))),
    [results],
  );
  const core = useMemo(() => coreWindow(dataset.events), [dataset]);
  const all = useMemo(() => windowAround(dataset.events), [dataset]);
  // The window when the view has none of its own (App itself never follows the window: see TimelineArea).
  const home = core ?? FALLBACK;
  const bounds = useMemo<TimeWindow>(() => {
    const w = all ?? FALLBACK;
    return { from: w.from - 10 * YEAR, to: w.to + 10 * YEAR };
  }, [all]);

  const selected = eventId === null ? null : (index.events.get(eventId) ?? null);
  const describe = useCallback(
    (e: TimelineEvent) => `${formatEventDate(e.start, e.end, lang, display)} · ${t(`basis.${e.basis}`)}`,
    [lang, t, display],
  );
  const laneOf = useMemo(() => {
    const sides = new Map(dataset.entities.map((e) => [e.id as string, e.side]));
    return grouping === 'side'
      ? (e: TimelineEvent) => sideOf(e, (id) => sides.get(id))
      : (e: TimelineEvent) => e.kind;
  }, [dataset, grouping]);
  const timeIndex = useMemo(() => timeIndexOf(visible), [visible]);
  const lanes = useMemo(
    () =>
      grouping === 'side'
        ? toLanes(visible, (k) => t(`sides.${k as Side}`), laneOf, SIDE_ORDER)
        : toLanes(visible, (k) => t(`lanes.${k as EventKind}`), laneOf, EVENT_KINDS),
    [visible, grouping, laneOf, t],
  );
  const profile = entityId === null ? undefined : index.entities.get(entityId);

  const select = useCallback(
    (id: string | null) => {
      const ev = id === null ? undefined : index.events.get(id);
      const span = ev === undefined ? null : interval(ev.start, ev.end);
      store.set((s) => ({
        eventId: ev === undefined ? null : ev.id,
        ...(s.eventId !== (ev?.id ?? null) ? { sourceId: null, claimId: null } : {}),
        ...(span !== null ? { window: bringIntoView(s.window ?? home, span.start, span.end) } : {}),
      }));
    },
    [index, store, home],
  );

  const stepSource = useCallback(
    (by: number) => {
      const ev = selected;
      if (ev === null) return;
      const ids = ev.accounts.map((a) => a.source as string);
      const at = ids.indexOf(store.get().sourceId ?? '');
      const next = at === -1 ? (by > 0 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, at + by));
      store.set({ sourceId: ids[next] ?? null });
    },
    [selected, store],
  );

  const enteredFullscreen = useRef(false);
  const enterPresentation = useCallback(() => {
    const ev = selected;
    const span = ev === null ? null : interval(ev.start, ev.end);
    store.set((s) => ({
      present: true,
      ...(span !== null ? { window: centerOn(s.window ?? home, span.start, span.end) } : {}),
    }));
    const root = document.documentElement;
    if (document.fullscreenElement == null && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().then(
        () => (enteredFullscreen.current = true),
        () => undefined, // Not allowed here (no user gesture, or a browser that refuses): present in the window.
      );
    }
  }, [store, selected, home]);
  const leavePresentation = useCallback(() => {
    store.set({ present: false });
    if (document.fullscreenElement != null && enteredFullscreen.current)
      void document.exitFullscreen().catch(() => undefined);
    enteredFullscreen.current = false;
  }, [store]);
  useEffect(() => {
    // Escape in full screen leaves full screen before any page sees the key: leave the mode with it.
    const onChange = (): void => {
      if (document.fullscreenElement == null && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        store.set({ present: false });
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  const command = useCallback(
    (c: TimelineCommand) => {
      const w = store.get().window ?? home;
      switch (c.kind) {
        case 'step':
          return select(stepThrough(visible, store.get().eventId, c.by));
        case 'first':
          return select(visible[0]?.id ?? null);
        case 'last':
          return select(visible[visible.length - 1]?.id ?? null);
        case 'pan':
          return store.set({ window: panWindow(w, c.by) });
        case 'zoom':
          return store.set({ window: zoomWindow(w, c.factor) });
        case 'fit':
          return all !== null && store.set({ window: all });
        case 'clear':
          return select(null);
        case 'source':
          return stepSource(c.by);
        case 'exit':
          return leavePresentation();
      }
    },
    [all, visible, select, store, home, stepSource, leavePresentation],
  );

  // In presentation mode the clicker keys work anywhere on the page, and each step centres the event.
  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      // Typing stays typing; Space on a focused button still presses it.
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable]') != null) return;
      if (e.key === ' ' && target?.closest('button, summary, a') != null) return;
      const c = presentCommandFor(e, rtl);
      if (c === null) return;
      e.preventDefault();
      if (c.kind === 'step' || c.kind === 'first' || c.kind === 'last') {
        const id =
          c.kind === 'first'
            ? visible[0]?.id
            : c.kind === 'last'
              ? visible[visible.length - 1]?.id
              : stepThrough(visible, store.get().eventId, c.by);
        const ev = id == null ? undefined : index.events.get(id);
        const span = ev === undefined ? null : interval(ev.start, ev.end);
        if (ev === undefined || span === null) return;
        store.set((s) => ({
          eventId: ev.id,
          sourceId: null,
          claimId: null,
          window: centerOn(s.window ?? home, span.start, span.end),
        }));
        return;
      }
      command(c);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [present, rtl, visible, index, store, home, command]);

  // The handout is rendered only for printing (the print dialog, or print emulation).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = matchMedia('print');
    const onMedia = (): void => setPrinting(media.matches);
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    media.addEventListener('change', onMedia);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', onMedia);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  // "Save image" renders a picture composed for it, off screen, while `picturing` is set.
  const [picturing, setPicturing] = useState(false);
  const pictureNode = useRef<HTMLDivElement>(null);
  // Computed only while printing or saving: the handout and the picture show the events in view.
  const shownWindow = printing || picturing ? (store.get().window ?? home) : null;
  const inView =
    shownWindow === null
      ? []
      : eventsIn(timeIndex, shownWindow.from, shownWindow.to).map(
          (i) => timeIndex.events[i] as TimelineEvent,
        );
  const picture = (width: number, title?: string): React.ReactNode =>
    shownWindow === null ? null : (
      <TimelinePicture
        events={inView}
        lanes={lanes}
        laneOf={laneOf}
        from={shownWindow.from}
        to={shownWindow.to}
        width={width}
        selectedId={eventId}
        title={title}
      />
    );

  const saveImage = useCallback(async () => {
    flushSync(() => setPicturing(true));
    try {
      const node = pictureNode.current;
      if (node === null) return;
      download(await renderPng(node), `riwayat-${lang}-${new Date().toISOString().slice(0, 10)}.png`);
    } finally {
      setPicturing(false);
    }
  }, [lang]);

  // The announcement follows the selection.
  const [message, setMessage] = useState('');
  const announced = useRef<string | null>(eventId);
  useEffect(() => {
    if (announced.current === eventId) return;
    announced.current = eventId;
    setMessage(
      selected === null
        ? t('announce.cleared')
        : t('announce.selected', {
            title: selected.title[lang],
            date: formatEventDate(selected.start, selected.end, lang, display),
          }),
    );
  }, [eventId, selected, lang, t, display]);

  return (
    <div className={`app${present ? ' presenting' : ''}`}>
      <Header title={dataset.title[lang]} onLanguage={(l) => store.set({ lang: l })}>
        {!present && datasetMenu}
        <ShareBar
          presenting={present}
          onPresent={enterPresentation}
          onExit={leavePresentation}
          onPrint={() => {
            flushSync(() => setPrinting(true));
            print();
          }}
          onSaveImage={saveImage}
        />
      </Header>
      <main className="layout">
        <div className="overview">
          <div className="timeline-column">
            {!present && (
              <ExploreBar
                dataset={dataset}
                query={query}
                filters={filters}
                lanes={grouping}
                shown={visible.length}
                onQuery={(q) => store.set({ query: q })}
                onFilters={(f) => store.set({ filters: f })}
                onLanes={(l) => store.set({ lanes: l })}
                onDisplay={(d) => {
                  saveDisplay(globalThis.localStorage ?? null, d);
                  store.set({ display: d });
                }}
                onProfile={(id) => store.set({ entityId: id })}
              />
            )}
            <TimelineArea
              store={store}
              home={home}
              core={core}
              bounds={bounds}
              timeIndex={timeIndex}
              lanes={lanes}
              laneOf={laneOf}
              describe={describe}
              matches={matches}
              selected={selected}
              present={present}
              onSelect={select}
              onCommand={command}
              onReady={onReady}
            />
          </div>
          {present ? (
            <PresentView
              index={index}
              event={selected}
              position={selected === null ? 0 : visible.indexOf(selected) + 1}
              total={visible.length}
              sourceId={sourceId}
            />
          ) : (
            <aside className="detail-column">
              <DetailPanel
                index={index}
                event={selected}
                onClose={() => select(null)}
                onProfile={(id) => store.set({ entityId: id })}
              />
              {results !== null ? (
                <SearchResults query={query} results={results} selectedId={eventId} onSelect={select} />
              ) : (
                <EventList events={visible} selectedId={eventId} onSelect={select} />
              )}
            </aside>
          )}
        </div>
        {!present && selected !== null && (
          <Accounts
            index={index}
            event={selected}
            selectedSource={sourceId}
            selectedClaim={claimId}
            onSelectSource={(id) => store.set({ sourceId: id })}
            onSelectClaim={(id) => store.set({ claimId: id })}
          />
        )}
      </main>
      {profile !== undefined && (
        <EntityProfile
          entity={profile}
          events={ordered.filter((e) => e.actors.includes(profile.id))}
          onSelectEvent={select}
          onFilter={() => store.set({ filters: { actors: [profile.id], sources: [], kinds: [], dates: [] } })}
          onClose={() => store.set({ entityId: null })}
        />
      )}
      {printing && (
        <Handout
          index={index}
          events={inView}
          title={dataset.title[lang]}
          link={location.href}
          picture={picture(1100)}
          selectedId={eventId}
        />
      )}
      {picturing && (
        <div className="picture-stage" aria-hidden="true">
          <div ref={pictureNode} className="picture-export" style={{ inlineSize: PROJECTOR_WIDTH }}>
            {picture(PROJECTOR_WIDTH - 64, dataset.title[lang])}
          </div>
        </div>
      )}
      <Announcer message={message} />
    </div>
  );
}
