import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  dataText,
  indexDataset,
  neighbours,
  NO_FILTERS,
  resolveBriefing,
  sideName,
  timeIndexOf,
  type Briefing,
  type Dataset,
  type TimelineEvent,
} from '../domain';
import { formatEventDate, formatList, joinParts, LANGUAGES, useT } from '../i18n';
import { leavePresenting, saveDisplay, useStore, type Store, type ViewState } from '../state';
import { runCommand, stepEdge, steps, type CommandContext, type ViewCommand } from './commands';
import type { CorpusSource } from './corpus-source';
import { useCorpusView } from './corpus-view';
import { useShown } from './shown';
import { PROJECTOR_WIDTH } from './exports';
import { TimelineArea } from './TimelineArea';
import { usePresentation } from './presentation';
import { useBriefingBuilder } from './briefing-builder';
import { briefingPanel, handout, presentView } from './parts';
import { usePrintout } from './printout';
import { useAnnouncement } from './announcement';
import { MIN_TIMELINE, maxTimelineSize, useTimelineSize } from './timeline-size';
import { useOpensAtTop, useReadingLayout, useStripFold } from './reading';
import { useEventView, usePhone, useTablet } from './event-view';
import { replacingEntry } from './url-sync';
import { divergeLinkProps } from './diverge-link';
import { usePageTitle } from './page-title';
import { useKeptPagePlace, useKeptPlace } from './reading-place';
import { focusAfterSelection, focusSearch, useDeskKeys } from './desk-keys';
import { usePageKeys } from './page-keys';
import {
  Accounts,
  currentLink,
  RegionBoundary,
  ShareBar,
  EntityProfile,
  ExploreBar,
  SearchResults,
  Announcer,
  DetailPanel,
  StartHere,
  EventList,
  EventSteps,
  EventViewBar,
  Header,
  Splitter,
  ShortcutsDialog,
  useLaneColours,
  type TimelineCommand,
} from '../view';

const PresentView = presentView.Part;
const Handout = handout.Part;
const BriefingPanel = briefingPanel.Part;

export interface AppProps {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly onReady: () => void;
  /** Opening, replacing and exporting datasets: the header shows it. */
  readonly datasetMenu?: React.ReactNode;
  /** Set when `dataset` is what a static corpus has fetched so far. */
  readonly corpus?: CorpusSource | null;
  /** The event the page's address named that `dataset` does not hold, until the reader has seen it said. */
  readonly missingEvent?: string | null;
  readonly onMissingSeen?: () => void;
}

/** The screen: header, timeline with its controls, the selected event, and the list. */
export function App({
  dataset: given,
  store,
  onReady,
  datasetMenu,
  corpus = null,
  missingEvent = null,
  onMissingSeen,
}: AppProps): React.JSX.Element {
  const { t, lang, display } = useT();
  // The dataset on screen carries the briefings made on this device once they are presented.
  const briefing = useBriefingBuilder(given);
  const dataset = briefing.dataset;
  const [building, setBuilding] = useState(false);
  const [briefingStatus, setBriefingStatus] = useState('');
  const builderOpener = useRef<HTMLElement | null>(null);
  const corpusView = useCorpusView(corpus);
  const eventId = useStore(store, (s) => s.eventId);
  const sourceId = useStore(store, (s) => s.sourceId);
  const claimId = useStore(store, (s) => s.claimId);
  const query = useStore(store, (s) => s.query);
  const filters = useStore(store, (s) => s.filters);
  const chosenGrouping = useStore(store, (s) => s.lanes);
  const entityId = useStore(store, (s) => s.entityId);
  const present = useStore(store, (s) => s.present);
  const rtl = LANGUAGES[lang].dir === 'rtl';
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  // What the screen shows, a file's events or a corpus's fetched so far, and what it offers (shown.ts).
  const shown = useShown({
    ...{ dataset, corpus, corpusResults: corpusView.search?.results, filters, query, lang },
    grouping: chosenGrouping,
  });
  const { grouping, visible, results, matches, lanes, laneOf, core, all, home, bounds } = shown;

  const selected = eventId === null ? null : (index.events.get(eventId) ?? null);
  // The window's title writes the event's title as the heading does: its digits and months as chosen.
  usePageTitle(t('app.name'), selected === null ? null : dataText(selected.title[lang], lang, display));
  // The desk's first view offers where to start (a corpus's events arrive as the window asks for them).
  const starting = shown.offers.startHere && eventId === null;
  // The filters may hide the selected event: it stays open, and says so.
  const filteredOut = selected !== null && shown.offers.filters && !visible.includes(selected);
  // A corpus's event is drawn from its skeleton at once; its card and accounts wait for its details.
  const pending = eventId !== null && shown.pending(eventId);
  // Said in the side column and over the words alike; only the words' copy is announced (once, not twice).
  const pendingHint = (announce: boolean) => (
    <p className="story-hint" role={announce ? 'status' : undefined}>
      {t(corpusView.loading ? 'corpus.loadingEvent' : 'corpus.eventFailed')}
    </p>
  );
  const describe = useCallback(
    (e: TimelineEvent) =>
      joinParts([formatEventDate(e.start, e.end, lang, display), t(`basis.${e.basis}`)], lang),
    [lang, t, display],
  );
  // A dataset's own kinds of event bring their colours.
  useLaneColours(shown.kinds);
  const timeIndex = useMemo(() => timeIndexOf(visible), [visible]);
  const profile = entityId === null ? undefined : index.entities.get(entityId);

  const phone = usePhone();
  const context = useMemo<CommandContext>(
    () => ({
      visible,
      events: index.events,
      home,
      all,
      bounds,
      matches,
      phone,
    }),
    [visible, index, home, all, bounds, matches, phone],
  );
  // With a search active the keys step through its matches: which of them is open, in time order.
  const stepAt = useMemo(() => {
    const at = selected === null || matches === null ? -1 : steps(context).indexOf(selected);
    return at < 0 ? undefined : at + 1;
  }, [context, selected, matches]);
  // A zoom or pan while the reading strip is folded away shows the strip, so that the move is seen.
  const stripHidden = useRef<(() => void) | null>(null);
  // A step that meets the end of the events is said beside the arrows for a moment (it moves nothing).
  const [edge, setEdge] = useState<{ at: 'first' | 'last'; searching: boolean; n: number } | null>(null);
  const run = useCallback(
    (c: ViewCommand) => {
      if (c.kind === 'zoom' || c.kind === 'pan' || c.kind === 'fit') stripHidden.current?.();
      const at = stepEdge(store.get(), c, context);
      setEdge((was) =>
        at === null ? null : { at, searching: context.matches != null, n: (was?.n ?? 0) + 1 },
      );
      store.set((s) => runCommand(s, c, context));
    },
    [store, context],
  );
  useEffect(() => {
    if (edge === null) return;
    const gone = setTimeout(() => setEdge(null), EDGE_SAID_MS);
    return () => clearTimeout(gone);
  }, [edge]);
  const select = useCallback(
    (id: string | null) =>
      // A corpus's event may not have been fetched yet: the corpus fetches it and brings it into view.
      id !== null && shown.fetches(id)
        ? store.set({ eventId: id, sourceId: null, claimId: null })
        : run({ kind: 'select', id }),
    [run, shown, store],
  );

  const presentation = usePresentation({
    ...{ store, index, visible, core, lang, rtl, lanes, laneOf, onReady },
    ...{ title: dataset.title, briefings: dataset.briefings },
  });
  // An address asking to present what cannot be presented (a corpus: its Present button is hidden)
  // opens the view, as one asking for the workbench over a corpus does (Root.tsx).
  const mayPresent = shown.offers.present;
  useEffect(() => {
    if (present && !mayPresent) store.set(leavePresenting());
  }, [present, mayPresent, store]);
  // On a desk a selected event's words get the screen, unless the user chose the full timeline.
  const layout = useReadingLayout(selected !== null && !present);
  const reading = selected !== null && !present ? { on: layout.reading, toggle: layout.toggle } : undefined;
  const strip = useStripFold();
  stripHidden.current = reading?.on === true && strip.folded ? strip.show : null;
  // On a phone the selected event is a view of its own: the page behind it is inert.
  // A phone's source tabs replace the entry (see `url-sync.ts`): the source read is no entry of its own.
  const tablet = useTablet();
  const eventView = useEventView(eventId, present, select);
  const behind = eventView.covered;
  const briefingOpen = !present && shown.offers.briefings && (
    <button
      type="button"
      className="briefing-open"
      aria-haspopup="dialog"
      onClick={(e) => {
        builderOpener.current = e.currentTarget;
        setBuilding(true);
      }}
    >
      {t('briefing.open')}
    </button>
  );
  // The event view's own language switch keeps the reader at the same section, claim or quote.
  const keepPlace = useKeptPlace(lang, () => {
    const view = document.querySelector('.has-selection .story');
    return view === null ? null : { view, bar: view.querySelector('.story-bar') };
  });
  // The header's switch, in reach down a phone's page, keeps the card or row at the top of the screen.
  const keepPagePlace = useKeptPagePlace(lang, phone && selected === null);
  const startHere =
    starting && selected === null && results === null ? (
      <StartHere events={visible} onSelect={select} phone={phone} />
    ) : null;

  const command = useCallback(
    (c: TimelineCommand) => {
      // "Show all events" on a desk fits the events to the timeline's width, every box whole.
      const width = document.querySelector('.timeline-pane .vis-panel.vis-center')?.clientWidth ?? 0;
      const fit = c.kind === 'fit' && !phone ? shown.fit(width) : null;
      run(fit === null ? c : { kind: 'window', window: fit });
    },
    [run, phone, shown],
  );

  // One keyboard model on the desk (desk-keys.ts): focus follows the selection to its heading.
  const [keysShown, setKeysShown] = useState(false);
  useDeskKeys(!present && !phone && !behind, rtl, (c) => {
    if (c.kind === 'help') setKeysShown(true);
    else if (c.kind === 'search') return focusSearch();
    else if (c.kind === 'zoom' || c.kind === 'pan' || c.kind === 'fit') command(c);
    else if (c.kind !== 'close') run(c);
    else if (eventId !== null) select(null);
    else if (query !== '') store.set({ query: '' });
    else return false;
    return true;
  });
  useOpensAtTop(eventId, claimId);
  usePageKeys(!present && !phone && !behind && eventId !== null);
  const focusedFor = useRef(eventId);
  useEffect(() => {
    const was = focusedFor.current;
    focusedFor.current = eventId;
    if (was !== eventId && !phone && !present) focusAfterSelection(eventId, was);
  }, [eventId, phone, present]);

  // Printing the handout and saving the picture (printout.tsx).
  const printout = usePrintout({ store, dataset, home, timeIndex, lanes, laneOf, eventId, lang });
  const { printing, picturing, pictureNode, inView, printedBriefing, picture, saveImage } = printout;

  // What the announcer says: the selection, and how many events a change of filters leaves.
  const [message, setMessage] = useAnnouncement({ eventId, selected, filters, visible });
  // The timeline's height on a desk: the user's own, remembered on this device.
  const [timelineSize, resizeTimeline] = useTimelineSize();

  // Adds the selected event to the briefing, or opens the briefing it is in.
  const briefingAdd =
    selected === null || !shown.offers.briefings ? undefined : (
      <button
        type="button"
        className="briefing-add"
        onClick={(e) => {
          builderOpener.current = e.currentTarget;
          if (briefing.has(selected.id)) setBuilding(true);
          else setMessage(t('briefing.added', { title: briefing.add(selected.id).title[lang] }));
        }}
      >
        {briefing.has(selected.id) ? t('briefing.inBriefingOpen') : t('briefing.add')}
      </button>
    );
  return (
    <div
      className={`app${present ? ' presenting' : ''}${selected !== null ? ' has-selection' : ''}${reading?.on === true ? ' reading' : ''}${reading?.on === true && strip.folded ? ' strip-folded' : ''}${results !== null ? ' searching' : ''}`}
      style={{ '--timeline-size': `${timelineSize}px` } as React.CSSProperties}
    >
      <Header
        title={dataset.title[lang]}
        onLanguage={(l) => {
          keepPagePlace();
          store.set({ lang: l });
        }}
        inert={behind}
        words={selected !== null && selected.accounts.length > 0 && !pending}
      >
        {!present && !phone && datasetMenu}
        <ShareBar
          presenting={present}
          // A corpus on screen is the part fetched so far: slides and a handout of it would pass for the whole.
          onPresent={shown.offers.present ? presentation.enter : undefined}
          onExit={presentation.leave}
          onPrint={shown.offers.print ? printout.print : undefined}
          onSaveImage={saveImage}
          // A phone's menu holds what a reader uses there: Share, the dataset; the desk's tools under "More".
          fold={phone && !present}
          more={phone && briefingOpen}
        />
        {!present && phone && datasetMenu}
        {!phone && briefingOpen}
      </Header>
      <main className="layout">
        {!present && (
          <RegionBoundary region="explore">
            <div className="explore-wrap" inert={behind}>
              <ExploreBar
                dataset={dataset}
                query={query}
                filters={filters}
                lanes={grouping}
                shown={visible.length}
                onQuery={(q) => store.set({ query: q })}
                onSubmit={() => {
                  // A phone's Enter (its keyboard's Go) closes the keyboard and leaves the results in view:
                  // how many events match is news too, which opening the first would hide.
                  if (phone) {
                    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
                    return;
                  }
                  const first = results?.[0];
                  if (first !== undefined) select(first.event.id);
                }}
                onFilters={(f) => store.set({ filters: f })}
                onLanes={(l) => store.set({ lanes: l })}
                onDisplay={(d) => {
                  saveDisplay(d);
                  store.set({ display: d });
                }}
                onProfile={(id) => store.set({ entityId: id })}
                filtersOffered={shown.offers.filters}
              />
              {/* A link to an event this dataset does not hold (a stale or mistyped share): said, not
                  passed over, above the first view offered as if none were asked for. */}
              {missingEvent !== null && selected === null && (
                <p className="story-notice link-missing" role="alert">
                  {t('reading.missingEvent')} <bdi dir="auto">{missingEvent}</bdi>{' '}
                  <button type="button" className="link-button" onClick={onMissingSeen}>
                    {t('reading.missingEventOk')}
                  </button>
                </p>
              )}
            </div>
          </RegionBoundary>
        )}
        {/* A phone opens on headlines: where to start comes before the (compact) timeline. */}
        {phone && startHere !== null && !present && (
          <RegionBoundary region="side">{startHere}</RegionBoundary>
        )}
        <div className="timeline-region" id="timeline-region" inert={behind}>
          <RegionBoundary region="timeline">
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
              read={eventView.read}
              present={present}
              onSelect={select}
              onCommand={command}
              onReady={onReady}
              source={corpus}
              reading={reading}
              strip={strip}
              edge={edge}
            />
          </RegionBoundary>
        </div>
        {presentation.view !== null ? (
          <RegionBoundary region="presentation">
            <PresentView {...presentation.view} />
          </RegionBoundary>
        ) : (
          <>
            <Splitter
              size={timelineSize}
              min={MIN_TIMELINE}
              max={maxTimelineSize()}
              onResize={resizeTimeline}
              controls="timeline-region"
            />
            <div className="story">
              {selected !== null && (
                <EventViewBar
                  onBack={eventView.back}
                  onLanguage={(l) => {
                    keepPlace();
                    store.set({ lang: l });
                  }}
                />
              )}
              {/* The card first: a phone's event view opens with the headline, date and gist. */}
              {/* With nothing selected the desk offers where to start in the card's room; search results
                  take the whole column on a desk, the event's words staying open beside them. */}
              <aside
                className={`story-side${results !== null && (selected === null || !phone) ? ' results-only' : selected !== null ? '' : starting ? ' starting' : ''}`}
              >
                <RegionBoundary region="side" resetKey={eventId}>
                  {!phone && startHere}
                  {pending ? (
                    pendingHint(false)
                  ) : (
                    <DetailPanel
                      index={index}
                      event={selected}
                      onClose={() => select(null)}
                      onProfile={(id) => store.set({ entityId: id })}
                      // A phone's or a tablet's reader: after the reading, not before it (review 12p, S3-12).
                      actions={behind ? undefined : briefingAdd}
                    />
                  )}
                  {results !== null ? (
                    <SearchResults
                      query={query}
                      results={results}
                      selectedId={eventId}
                      at={stepAt}
                      onSelect={select}
                      laneName={(e) => lanes.find((l) => l.id === laneOf(e))?.label}
                      progress={corpusView.search ?? undefined}
                    />
                  ) : (
                    <EventList
                      events={visible}
                      selectedId={eventId}
                      onSelect={select}
                      total={shown.total}
                      readId={eventView.read}
                    />
                  )}
                </RegionBoundary>
              </aside>
              <section className="story-main" aria-label={t('layout.story')}>
                <RegionBoundary region="accounts" resetKey={eventId}>
                  {selected === null ? (
                    <p className="story-hint">{t(phone ? 'layout.storyHintPhone' : 'layout.storyHint')}</p>
                  ) : (
                    <>
                      {filteredOut && (
                        <p className="story-notice" role="status">
                          {t('reading.filteredOut')}{' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => store.set({ filters: NO_FILTERS })}
                          >
                            {t('reading.clearFilters')}
                          </button>
                        </p>
                      )}
                      {pending ? (
                        pendingHint(true)
                      ) : (
                        <Accounts
                          index={index}
                          event={selected}
                          selectedSource={sourceId}
                          selectedClaim={claimId}
                          onSelectSource={(id) => store.set({ sourceId: id })}
                          onSelectClaim={(id) => store.set({ claimId: id })}
                          onReadSource={(id) => replacingEntry(() => store.set({ sourceId: id }))}
                          oneAtATime={behind}
                          claimsFolded={behind}
                          divergeOpen={behind && tablet}
                          {...divergeLinkProps()}
                        />
                      )}
                      {behind && briefingAdd !== undefined && <p className="briefing-after">{briefingAdd}</p>}
                    </>
                  )}
                </RegionBoundary>
              </section>
              {behind && selected !== null && (
                // While a search is active the steps go through its matches, as the desk's ←/→ do.
                <EventSteps
                  {...neighbours(visible, selected.id, matches)}
                  onStep={select}
                  at={
                    stepAt === undefined
                      ? undefined
                      : t('explore.resultAt', { at: stepAt, count: steps(context).length })
                  }
                />
              )}
            </div>
          </>
        )}
      </main>
      {profile !== undefined && (
        <EntityProfile
          entity={profile}
          sideLabel={sideName(dataset, profile.side, lang)}
          events={shown.ordered.filter((e) => e.actors.includes(profile.id))}
          onSelectEvent={select}
          onFilter={() => store.set({ filters: { actors: [profile.id], sources: [], kinds: [], dates: [] } })}
          onClose={() => store.set({ entityId: null })}
        />
      )}
      {printing && (
        <RegionBoundary region="handout">
          <Handout
            index={index}
            events={inView}
            title={dataset.title[lang]}
            link={currentLink()}
            picture={picture(1100)}
            selectedId={eventId}
            briefing={printedBriefing === undefined ? null : resolveBriefing(index, printedBriefing)}
          />
        </RegionBoundary>
      )}
      {picturing && (
        <div className="picture-stage" aria-hidden="true">
          <div ref={pictureNode} className="picture-export" style={{ inlineSize: PROJECTOR_WIDTH }}>
            {picture(PROJECTOR_WIDTH - 64, dataset.title[lang])}
          </div>
        </div>
      )}
      {building && !present && (
        <RegionBoundary region="briefing">
          <BriefingPanel
            index={index}
            offered={briefing.offered}
            current={briefing.current}
            selected={selected}
            gaps={briefing.gaps}
            saved={briefing.saved}
            status={briefingStatus}
            onCommand={briefing.dispatch}
            onOpen={briefing.open}
            onNew={briefing.create}
            onDelete={briefing.remove}
            onPresent={() => {
              const id = briefing.publish();
              if (id === null) return;
              setBuilding(false);
              store.set({ briefingId: id, eventId: null, sourceId: null, claimId: null });
              presentation.enter();
            }}
            onDownload={() =>
              void briefing.downloadDataset().then((r) => {
                const names = (list: readonly Briefing[]): string =>
                  formatList(
                    list.map((b) => `«${b.title[lang].trim() || b.id}»`),
                    lang,
                    display,
                  );
                setBriefingStatus(
                  !r.ok
                    ? t('briefing.refused', { problem: r.problem })
                    : [
                        r.included.length > 0 ? t('briefing.downloaded', { titles: names(r.included) }) : '',
                        r.left.length > 0 ? t('briefing.leftOut', { titles: names(r.left) }) : '',
                      ].join(' '),
                );
              })
            }
            onClose={() => {
              setBuilding(false);
              builderOpener.current?.focus();
            }}
          />
        </RegionBoundary>
      )}
      {keysShown && <ShortcutsDialog onClose={() => setKeysShown(false)} />}
      <Announcer message={message} />
    </div>
  );
}

/** How long "Last event" stays beside the arrows after a step that went nowhere. */
const EDGE_SAID_MS = 3000;
