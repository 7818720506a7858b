import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { indexDataset, interval, type Dataset, type TimelineEvent } from '../domain';
import { formatEventDate, useT } from '../i18n';
import { useStore, type Store, type TimeWindow, type ViewState } from '../state';
import {
  Accounts,
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
  const { t, lang } = useT();
  const eventId = useStore(store, (s) => s.eventId);
  const sourceId = useStore(store, (s) => s.sourceId);
  const claimId = useStore(store, (s) => s.claimId);
  const storedWindow = useStore(store, (s) => s.window);
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const ordered = useMemo(() => chronological(dataset.events), [dataset]);
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
    (e: TimelineEvent) => `${formatEventDate(e.start, e.end, lang)} · ${t(`basis.${e.basis}`)}`,
    [lang, t],
  );
  const items = useMemo(() => toItems(ordered, lang, describe), [ordered, lang, describe]);
  const lanes = useMemo(() => toLanes(dataset.events, (k) => t(`lanes.${k}`)), [dataset, t]);

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
          return select(stepThrough(ordered, store.get().eventId, c.by));
        case 'first':
          return select(ordered[0]?.id ?? null);
        case 'last':
          return select(ordered[ordered.length - 1]?.id ?? null);
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
    [all, ordered, select, store, window],
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
            date: formatEventDate(selected.start, selected.end, lang),
          }),
    );
  }, [eventId, selected, lang, t]);

  return (
    <div className="app">
      <Header title={dataset.title[lang]} onLanguage={(l) => store.set({ lang: l })} />
      <main className="layout">
        <div className="overview">
          <div className="timeline-column">
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
            <DetailPanel index={index} event={selected} onClose={() => select(null)} />
            <EventList events={ordered} selectedId={eventId} onSelect={select} />
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
      <Announcer message={message} />
    </div>
  );
}
