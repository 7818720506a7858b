/**
 * The selected event's columns under the timeline: the side column (where to start, the event's card,
 * the list or a search's results) and the main one (the accounts, or what to do), and on a phone or a
 * tablet the event view's bar and its steps to the events either side.
 */
import {
  NO_FILTERS,
  neighbours,
  type EventHead,
  type Lang,
  type SearchResult,
  type TimelineEvent,
} from '../domain';
import { useT } from '../i18n';
import type { Store, ViewState } from '../state';
import {
  Accounts,
  DetailPanel,
  EventList,
  EventSteps,
  EventViewBar,
  RegionBoundary,
  SearchResults,
  type LaneModel,
} from '../view';
import { divergeLinkProps } from './diverge-link';
import { sideClass } from './screen-class';
import type { Shown } from './shown';
import { replacingEntry } from './url-sync';

export interface StoryColumnsProps {
  readonly store: Store<ViewState>;
  readonly shown: Shown;
  /** The selected event as drawn, and in full (null while a corpus fetches its details). */
  readonly selected: EventHead | null;
  readonly event: TimelineEvent | null;
  /** A corpus's event drawn from its head whose card and accounts wait for its details. */
  readonly pending: boolean;
  /** The corpus is fetching the selected event's details (else they could not be read). */
  readonly loading: boolean;
  /** The store's selection (an event a corpus is still fetching is selected before it is drawn). */
  readonly eventId: string | null;
  readonly sourceId: string | null;
  readonly claimId: string | null;
  readonly query: string;
  readonly results: readonly SearchResult[] | null;
  /** A corpus's search under way: how many of its results have their quotes fetched. */
  readonly searchProgress: React.ComponentProps<typeof SearchResults>['progress'];
  /** With a search active, which of its matches is open (from 1), and how many there are. */
  readonly stepAt: number | undefined;
  readonly steps: number;
  readonly phone: boolean;
  readonly tablet: boolean;
  /** The event's view covers the page (a phone or a tablet): one account at a time, the claims folded. */
  readonly behind: boolean;
  /** "Start here" for a desk's side column, when offered. */
  readonly startHere: React.ReactNode;
  readonly starting: boolean;
  /** The selected event hidden by the filters: it stays open, and says so. */
  readonly filteredOut: boolean;
  /** "Add to a briefing", when offered. */
  readonly briefingAdd: React.ReactNode;
  /** The event a phone's reader last came back from. */
  readonly read: string | null;
  readonly onBack: () => void;
  /** The event view's own language switch (it keeps the reader's place). */
  readonly onLanguage: (lang: Lang) => void;
  readonly onSelect: (id: string | null) => void;
  readonly lanes: readonly LaneModel[];
}

export function StoryColumns(p: StoryColumnsProps): React.JSX.Element {
  const { t } = useT();
  const { store, shown, selected, event, pending, results, behind, phone } = p;
  const { eventId } = p;
  // Said in the side column and over the words alike; only the words' copy is announced (once, not twice).
  const pendingHint = (announce: boolean) => (
    <p className="story-hint" role={announce ? 'status' : undefined}>
      {t(p.loading ? 'corpus.loadingEvent' : 'corpus.eventFailed')}
    </p>
  );
  return (
    <div className="story">
      {selected !== null && <EventViewBar onBack={p.onBack} onLanguage={p.onLanguage} />}
      {/* The card first: a phone's event view opens with the headline, date and gist. */}
      {/* With nothing selected the desk offers where to start in the card's room; search results
          take the whole column on a desk, the event's words staying open beside them. */}
      <aside
        className={sideClass({
          searching: results !== null,
          selected: selected !== null,
          phone,
          starting: p.starting,
        })}
      >
        <RegionBoundary region="side" resetKey={eventId}>
          {!phone && p.startHere}
          {pending ? (
            pendingHint(false)
          ) : (
            <DetailPanel
              index={shown.index}
              event={event}
              onClose={() => p.onSelect(null)}
              onProfile={(id) => store.set({ entityId: id })}
              // A phone's or a tablet's reader: after the reading, not before it (review 12p, S3-12).
              actions={behind ? undefined : p.briefingAdd}
            />
          )}
          {results !== null ? (
            <SearchResults
              query={p.query}
              results={results}
              selectedId={eventId}
              at={p.stepAt}
              onSelect={p.onSelect}
              laneName={(e) => p.lanes.find((l) => l.id === shown.laneOf(e))?.label}
              progress={p.searchProgress}
            />
          ) : (
            <EventList
              events={shown.visible}
              selectedId={eventId}
              onSelect={p.onSelect}
              total={shown.total}
              readId={p.read}
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
              {p.filteredOut && (
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
              {pending || event === null ? (
                pendingHint(true)
              ) : (
                <Accounts
                  index={shown.index}
                  event={event}
                  selectedSource={p.sourceId}
                  selectedClaim={p.claimId}
                  onSelectSource={(id) => store.set({ sourceId: id })}
                  onSelectClaim={(id) => store.set({ claimId: id })}
                  onReadSource={(id) => replacingEntry(() => store.set({ sourceId: id }))}
                  oneAtATime={behind}
                  claimsFolded={behind}
                  divergeOpen={behind && p.tablet}
                  {...divergeLinkProps()}
                />
              )}
              {behind && p.briefingAdd !== null && <p className="briefing-after">{p.briefingAdd}</p>}
            </>
          )}
        </RegionBoundary>
      </section>
      {behind && selected !== null && (
        // While a search is active the steps go through its matches, as the desk's ←/→ do.
        <EventSteps
          {...neighbours(shown.visible, selected.id, shown.matches)}
          onStep={p.onSelect}
          at={p.stepAt === undefined ? undefined : t('explore.resultAt', { at: p.stepAt, count: p.steps })}
        />
      )}
    </div>
  );
}
