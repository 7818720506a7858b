import { memo, useMemo, useRef } from 'react';
import { dataText, sideName, timeIndexOf, type Dataset, type EventHead, type TimelineEvent } from '../domain';
import { formatEventDate, joinParts, LANGUAGES, useT } from '../i18n';
import { useStore, type Store, type ViewState } from '../state';
import { useBriefingBuilder, type BriefingBuilder } from './briefing-builder';
import { useBriefingTools } from './briefing-tools';
import { useCorpusView } from './corpus-view';
import { useShown } from './shown';
import { TimelineArea } from './TimelineArea';
import { usePresentation } from './presentation';
import { presentView } from './parts';
import { usePrintout } from './printout';
import { useAnnouncement } from './announcement';
import { MIN_TIMELINE, maxTimelineSize, useTimelineSize } from './timeline-size';
import { useReadingLayout, useStripFold } from './reading';
import { useEventView, usePhone, useTablet } from './event-view';
import { usePageTitle } from './page-title';
import { useKeptPagePlace, useKeptPlace } from './reading-place';
import { corpusOf, fileOf, type OnScreen } from './on-screen';
import { screenClass } from './screen-class';
import { steps } from './commands';
import { useScreenCommands, useScreenKeys } from './screen-commands';
import { StoryColumns } from './StoryColumns';
import { ExploreArea } from './ExploreArea';
import {
  RegionBoundary,
  ShareBar,
  EntityProfile,
  Announcer,
  StartHere,
  Header,
  Splitter,
  ShortcutsDialog,
  useLaneColours,
} from '../view';

const PresentView = presentView.Part;

export interface AppProps {
  /** A file's dataset, or a static corpus with what it has fetched so far. */
  readonly shown: OnScreen;
  readonly store: Store<ViewState>;
  readonly onReady: () => void;
  /** Opening, replacing and exporting datasets: the header shows it. */
  readonly datasetMenu?: React.ReactNode;
  /** The event the page's address named that the dataset does not hold, until the reader has seen it said. */
  readonly missingEvent?: string | null;
  readonly onMissingSeen?: () => void;
}

/**
 * The screen: header, timeline with its controls, the selected event, and the list. A file brings the
 * briefings made on this device (the builder lives with the file: a corpus has none).
 */
export function App(props: AppProps): React.JSX.Element {
  const file = fileOf(props.shown);
  return file === null ? <Screen {...props} briefing={null} /> : <FileScreen {...props} file={file} />;
}

/** A file's screen: the dataset on screen carries the briefings made on this device once they are presented. */
function FileScreen({ file, ...props }: AppProps & { readonly file: Dataset }): React.JSX.Element {
  const briefing = useBriefingBuilder(file);
  const shown = useMemo<OnScreen>(() => ({ kind: 'file', dataset: briefing.dataset }), [briefing.dataset]);
  return <Screen {...props} shown={shown} briefing={briefing} />;
}

const NONE: readonly TimelineEvent[] = [];

const Screen = memo(function Screen({
  shown: onScreen,
  briefing,
  store,
  onReady,
  datasetMenu,
  missingEvent = null,
  onMissingSeen,
}: AppProps & { readonly briefing: BriefingBuilder | null }): React.JSX.Element {
  const { t, lang, display } = useT();
  const eventId = useStore(store, (s) => s.eventId);
  const sourceId = useStore(store, (s) => s.sourceId);
  const claimId = useStore(store, (s) => s.claimId);
  const query = useStore(store, (s) => s.query);
  const filters = useStore(store, (s) => s.filters);
  const chosenGrouping = useStore(store, (s) => s.lanes);
  const entityId = useStore(store, (s) => s.entityId);
  const present = useStore(store, (s) => s.present);
  const rtl = LANGUAGES[lang].dir === 'rtl';
  // A corpus's state (its search, the selected event's fetch) is its source's, outside React.
  const corpusView = useCorpusView(corpusOf(onScreen));
  // What the screen shows, a file's events or a corpus's fetched so far, and what it offers (shown.ts).
  const shown = useShown({
    ...{ onScreen, corpusResults: corpusView.search?.results, filters, query, lang },
    grouping: chosenGrouping,
  });
  const { visible, results, matches, lanes, laneOf, core, home, bounds, index } = shown;

  // The event as drawn, and in full: a corpus's is drawn from its head at once, its card and accounts wait.
  const selected = eventId === null ? null : shown.head(eventId);
  const event = eventId === null ? null : shown.details(eventId);
  const pending = selected !== null && event === null;
  // The window's title writes the event's title as the heading does: its digits and months as chosen.
  usePageTitle(t('app.name'), selected === null ? null : dataText(selected.title[lang], lang, display));
  // The desk's first view offers where to start (a corpus's events arrive as the window asks for them).
  const starting = shown.offers.startHere && eventId === null;
  // The filters may hide the selected event: it stays open, and says so.
  const filteredOut = selected !== null && shown.offers.filters && !visible.includes(selected);
  const describe = useMemo(
    () => (e: EventHead) =>
      joinParts([formatEventDate(e.start, e.end, lang, display), t(`basis.${e.basis}`)], lang),
    [lang, t, display],
  );
  // A dataset's own kinds of event bring their colours.
  useLaneColours(shown.vocabulary.kinds);
  const timeIndex = useMemo(() => timeIndexOf(visible), [visible]);
  const profile = entityId === null ? undefined : index.entities.get(entityId);

  const phone = usePhone();
  // A zoom or pan while the reading strip is folded away shows the strip, so that the move is seen.
  const unfoldStrip = useRef<(() => void) | null>(null);
  const commands = useScreenCommands({ store, shown, selected, eventId, query, phone, present, unfoldStrip });
  const { select, command, stepAt, edge } = commands;

  const presentation = usePresentation({
    ...{ store, index, visible: shown.file?.visible ?? NONE, core, lang, rtl, lanes, laneOf, onReady },
    ...{ title: shown.title, briefings: shown.file?.dataset.briefings },
  });
  // An address asking to present a corpus opens the view instead (`withinOffers`, applied by Root.tsx).
  // On a desk a selected event's words get the screen, unless the user chose the full timeline.
  const layout = useReadingLayout(selected !== null && !present);
  const reading = selected !== null && !present ? { on: layout.reading, toggle: layout.toggle } : undefined;
  const strip = useStripFold();
  unfoldStrip.current = reading?.on === true && strip.folded ? strip.show : null;
  // On a phone the selected event is a view of its own: the page behind it is inert.
  // A phone's source tabs replace the entry (see `url-sync.ts`): the source read is no entry of its own.
  const tablet = useTablet();
  const eventView = useEventView(eventId, present, select);
  const behind = eventView.covered;
  // The event view's own language switch keeps the reader at the same section, claim or quote.
  const keepPlace = useKeptPlace(lang, () => {
    const view = document.querySelector('.has-selection .story');
    return view === null ? null : { view, bar: view.querySelector('.story-bar') };
  });
  // The header's switch, in reach down a phone's page, keeps the card or row at the top of the screen.
  const keepPagePlace = useKeptPagePlace(lang, phone && selected === null);
  const startHere =
    starting && selected === null && results === null && shown.file !== null ? (
      <StartHere events={shown.file.visible} onSelect={select} phone={phone} />
    ) : null;

  // One keyboard model on the desk; focus follows the selection to its heading (screen-commands.ts).
  const [keysShown, closeKeys] = useScreenKeys({
    ...{ store, eventId, claimId, query, phone, present, rtl, behind, commands },
  });

  // Printing the handout (a file's) and saving the picture (printout.tsx).
  const printout = usePrintout({
    ...{ store, file: shown.file, vocabulary: shown.vocabulary, home, timeIndex, lanes, laneOf },
    ...{ eventId, lang, title: shown.title[lang] },
  });

  // What the announcer says: the selection, and how many events a change of filters leaves.
  const [message, setMessage] = useAnnouncement({ eventId, selected, filters, visible });
  // The timeline's height on a desk: the user's own, remembered on this device.
  const [timelineSize, resizeTimeline] = useTimelineSize();

  // The briefing builder's button, "Add to a briefing" and its dialog, for a file (briefing-tools.tsx).
  const tools = useBriefingTools({
    ...{ briefing, store, index, selected, present, say: setMessage },
    onPresent: presentation.enter,
  });
  return (
    <div
      className={screenClass({
        present,
        selected: selected !== null,
        reading: reading?.on === true,
        stripFolded: strip.folded,
        searching: results !== null,
      })}
      style={{ '--timeline-size': `${timelineSize}px` } as React.CSSProperties}
    >
      <Header
        title={shown.title[lang]}
        onLanguage={(l) => {
          keepPagePlace();
          store.set({ lang: l });
        }}
        inert={behind}
        words={event !== null && event.accounts.length > 0}
      >
        {!present && !phone && datasetMenu}
        <ShareBar
          presenting={present}
          // A corpus on screen is the part fetched so far: slides and a handout of it would pass for the whole.
          onPresent={shown.offers.present ? presentation.enter : undefined}
          onExit={presentation.leave}
          onPrint={shown.offers.print ? printout.print : undefined}
          onSaveImage={printout.saveImage}
          // A phone's menu holds what a reader uses there: Share, the dataset; the desk's tools under "More".
          fold={phone && !present}
          more={phone && tools.open}
        />
        {!present && phone && datasetMenu}
        {!phone && tools.open}
      </Header>
      <main className="layout">
        {!present && (
          <ExploreArea
            {...{ store, shown, query, filters, phone, behind }}
            missingEvent={selected === null ? missingEvent : null}
            onSelect={select}
            onMissingSeen={onMissingSeen}
          />
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
              source={shown.corpus}
              offers={shown.offers}
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
            <StoryColumns
              {...{ store, shown, selected, event, pending, eventId, sourceId, claimId, query, results }}
              {...{ stepAt, phone, tablet, behind, startHere, starting, filteredOut, lanes }}
              loading={corpusView.loading}
              searchProgress={corpusView.search ?? undefined}
              steps={stepAt === undefined ? 0 : steps(commands.context).length}
              briefingAdd={tools.add}
              read={eventView.read}
              onBack={eventView.back}
              onLanguage={(l) => {
                keepPlace();
                store.set({ lang: l });
              }}
              onSelect={select}
            />
          </>
        )}
      </main>
      {profile !== undefined && (
        <EntityProfile
          entity={profile}
          sideLabel={sideName(shown.vocabulary, profile.side, lang)}
          events={shown.ordered.filter((e) => e.actors.includes(profile.id))}
          onSelectEvent={select}
          onFilter={() => store.set({ filters: { actors: [profile.id], sources: [], kinds: [], dates: [] } })}
          onClose={() => store.set({ entityId: null })}
        />
      )}
      {printout.parts}
      {tools.panel !== null && <RegionBoundary region="briefing">{tools.panel}</RegionBoundary>}
      {keysShown && <ShortcutsDialog onClose={closeKeys} />}
      <Announcer message={message} />
    </div>
  );
});
