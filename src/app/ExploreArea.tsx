/**
 * Search, filters, lanes and the date display above the timeline, and under them the note that a
 * link named an event the dataset does not hold.
 */
import type { Filters } from '../domain';
import { useT } from '../i18n';
import { saveDisplay, type Store, type ViewState } from '../state';
import { ExploreBar, RegionBoundary } from '../view';
import type { Shown } from './shown';

export interface ExploreAreaProps {
  readonly store: Store<ViewState>;
  readonly shown: Shown;
  readonly query: string;
  readonly filters: Filters;
  readonly phone: boolean;
  /** The event's view covers the page: this is inert behind it. */
  readonly behind: boolean;
  /** The event a link named that is not on screen, until the reader has seen it said (null: none). */
  readonly missingEvent: string | null;
  readonly onMissingSeen: (() => void) | undefined;
  readonly onSelect: (id: string) => void;
}

export function ExploreArea(p: ExploreAreaProps): React.JSX.Element {
  const { t } = useT();
  const { store, shown, phone } = p;
  return (
    <RegionBoundary region="explore">
      <div className="explore-wrap" inert={p.behind}>
        <ExploreBar
          dataset={shown.index.dataset}
          query={p.query}
          filters={p.filters}
          lanes={shown.grouping}
          shown={shown.visible.length}
          onQuery={(q) => store.set({ query: q })}
          onSubmit={() => {
            // A phone's Enter (its keyboard's Go) closes the keyboard and leaves the results in view:
            // how many events match is news too, which opening the first would hide.
            if (phone) {
              if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
              return;
            }
            const first = shown.results?.[0];
            if (first !== undefined) p.onSelect(first.event.id);
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
        {p.missingEvent !== null && (
          <p className="story-notice link-missing" role="alert">
            {t('reading.missingEvent')} <bdi dir="auto">{p.missingEvent}</bdi>{' '}
            <button type="button" className="link-button" onClick={p.onMissingSeen}>
              {t('reading.missingEventOk')}
            </button>
          </p>
        )}
      </div>
    </RegionBoundary>
  );
}
