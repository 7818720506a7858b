import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyFilters,
  EVENT_KINDS,
  indexDataset,
  interval,
  searchEvents,
  sideOf,
  type Dataset,
  type EventKind,
  type Side,
  type TimelineEvent,
} from '../domain';
import { formatEventDate, useT } from '../i18n';
import { saveDisplay, useStore, type Store, type TimeWindow, type ViewState } from '../state';
import {
  Accounts,
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
  Legend,
  panWindow,
  stepThrough,
  TimelinePane,
  toItems,
  toLanes,
  Toolbar,
  windowAround,
  zoomWindow,
  type TimelineCommand,
} from '../view';

const YEAR = 365.25 * 86_400_000;

export interface AppProps {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly onReady: () => void;
}

/** The screen: header, timeline with its controls, the selected event, and the list. */
export function App({ dataset, store, onReady }: AppProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const eventId = useStore(store, (s) => s.eventId);
  const sourceId = useStore(store, (s) => s.sourceId);
  const claimId = useStore(store, (s) => s.claimId);
  const query = useStore(store, (s) => s.query);
  const filters = useStore(store, (s) => s.filters);
  const grouping = useStore(store, (s) => s.lanes);
  const entityId = useStore(store, (s) => s.entityId);
  const storedWindow = useStore(store, (s) => s.window);
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
  const fallback: TimeWindow = { from: Date.UTC(2022, 0, 1), to: Date.UTC(2025, 0, 1) };
  const window = storedWindow ?? core ?? fallback;
  const bounds = useMemo<TimeWindow>(() => {
    const w = all ?? fallback;
    return { from: w.from - 10 * YEAR, to: w.to + 10 * YEAR };
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
  const items = useMemo(
    () =>
      toItems(visible, lang, describe, laneOf, (e) =>
        matches === null ? '' : matches.has(e.id) ? 'match' : 'no-match',
      ),
    [visible, lang, describe, laneOf, matches],
  );
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
        ...(span !== null ? { window: bringIntoView(s.window ?? window, span.start, span.end) } : {}),
      }));
    },
    [index, store, window],
  );

  const command = useCallback(
    (c: TimelineCommand) => {
      const w = store.get().window ?? window;
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
      }
    },
    [all, visible, select, store, window],
  );

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
    <div className="app">
      <Header title={dataset.title[lang]} onLanguage={(l) => store.set({ lang: l })} />
      <main className="layout">
        <div className="overview">
          <div className="timeline-column">
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
            <div className="timeline-bar">
              <Toolbar
                onPrev={() => command({ kind: 'step', by: -1 })}
                onNext={() => command({ kind: 'step', by: 1 })}
                onZoomIn={() => command({ kind: 'zoom', factor: 0.5 })}
                onZoomOut={() => command({ kind: 'zoom', factor: 2 })}
                onFit={() => command({ kind: 'fit' })}
                onCore={() => core !== null && store.set({ window: core })}
              />
              <Legend />
            </div>
            <TimelinePane
              items={items}
              lanes={lanes}
              window={window}
              bounds={bounds}
              selectedId={eventId}
              onSelect={select}
              onWindowChange={(w) => store.set({ window: w })}
              onCommand={command}
              onReady={onReady}
            />
          </div>
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
        </div>
        {selected !== null && (
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
      <Announcer message={message} />
    </div>
  );
}
