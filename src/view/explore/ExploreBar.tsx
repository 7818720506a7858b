import { SourceName } from '../compare/SourceName';
import { useId, useMemo, useState } from 'react';
import {
  facetCounts,
  isFiltering,
  kindName,
  kindsOf,
  NO_FILTERS,
  type Dataset,
  type DateDisplay,
  type Filters,
} from '../../domain';
import { formatNumber, useT } from '../../i18n';
import { useMenu } from '../menu';
import { PHONE_UPRIGHT, useMedia } from '../media';
import type { LaneGrouping } from '../../state';

export interface ExploreBarProps {
  readonly dataset: Dataset;
  readonly query: string;
  readonly filters: Filters;
  readonly lanes: LaneGrouping;
  readonly shown: number;
  readonly onQuery: (q: string) => void;
  /** Enter in the search box: a desk opens the first result, a phone closes its keyboard. */
  readonly onSubmit?: () => void;
  readonly onFilters: (f: Filters) => void;
  readonly onLanes: (l: LaneGrouping) => void;
  readonly onDisplay: (d: DateDisplay) => void;
  readonly onProfile: (entityId: string) => void;
  /**
   * Whether filters and lanes by side are offered (not for the part of a corpus fetched so far: they
   * need every event, and a corpus's density is counted per kind). Offered unless said otherwise.
   */
  readonly filtersOffered?: boolean;
}

/** "About": drawn, so it shows whatever fonts the system has. */
const InfoIcon = (): React.JSX.Element => (
  <svg className="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="1em" height="1em">
    <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <rect x="7.25" y="6.8" width="1.5" height="5.2" rx="0.5" fill="currentColor" />
    <circle cx="8" cy="4.6" r="1" fill="currentColor" />
  </svg>
);

const toggle = <T,>(list: readonly T[], v: T): T[] =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

/** Search, filters with counts, lane grouping and the date display settings. */
export function ExploreBar(p: ExploreBarProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const searchId = useId();
  // A phone held upright, where the search box shares its row with "View options": its hint in fewer words.
  const narrow = useMedia(PHONE_UPRIGHT);
  const f = p.filters;
  const active = f.actors.length + f.sources.length + f.kinds.length + f.dates.length;
  // The counts walk every event four times: only worth it while the menu is open.
  const [open, setOpen] = useState(false);
  // On a phone the filters, lanes and date display fold behind "View options" (open while filters
  // are on), so that the first screen goes to where to start (UX review 6, S3 #10).
  const optionsId = useId();
  const [options, setOptions] = useState(active > 0);
  const filtersMenu = useMenu();
  const settingsMenu = useMenu();
  const { kinds, dates, sources, actors } = useMemo(() => {
    const count = (facet: keyof Filters) =>
      open ? facetCounts(p.dataset.events, f, facet) : new Map<string, number>();
    return {
      kinds: count('kinds'),
      dates: count('dates'),
      sources: count('sources'),
      actors: count('actors'),
    };
  }, [p.dataset.events, f, open]);
  const n = (x: number | undefined): string => formatNumber(x ?? 0, lang, display);
  const option = (
    facet: keyof Filters,
    value: string,
    label: React.ReactNode,
    counts: Map<string, number>,
  ) => {
    const checked = (f[facet] as readonly string[]).includes(value);
    return (
      <label
        key={value}
        className={`facet-option${(counts.get(value) ?? 0) === 0 && !checked ? ' empty' : ''}`}
      >
        <input
          type="checkbox"
          checked={checked}
          onChange={() => p.onFilters({ ...f, [facet]: toggle(f[facet] as readonly string[], value) })}
        />{' '}
        {label} <span className="facet-count">({n(counts.get(value))})</span>
      </label>
    );
  };
  const usedActors = p.dataset.entities.filter((e) => (actors.get(e.id) ?? 0) > 0 || f.actors.includes(e.id));
  return (
    <div className="explore-bar">
      <div className="search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('explore.searchLabel')}
        </label>
        <input
          id={searchId}
          type="search"
          dir="auto"
          aria-keyshortcuts="/"
          value={p.query}
          placeholder={t(narrow ? 'explore.searchPlaceholderShort' : 'explore.searchPlaceholder')}
          onChange={(e) => p.onQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter submits the search (never while an input method is composing a word).
            if (e.key === 'Enter' && !e.nativeEvent.isComposing && p.onSubmit !== undefined) {
              e.preventDefault();
              p.onSubmit();
            }
            // ↓ goes down into the results (the list then steps with ↑/↓).
            if (e.key === 'ArrowDown' && p.query !== '') {
              const first = document.querySelector<HTMLElement>('.search-results button.result');
              if (first !== null) {
                e.preventDefault();
                first.focus();
              }
            }
            if (e.key === 'Escape' && p.query !== '') {
              e.preventDefault();
              p.onQuery('');
            }
          }}
        />
      </div>
      <button
        type="button"
        className="view-options"
        aria-expanded={options}
        aria-controls={optionsId}
        onClick={() => setOptions((o) => !o)}
      >
        {active > 0 ? t('explore.viewOptionsActive', { count: active }) : t('explore.viewOptions')}
      </button>
      <div id={optionsId} className={`explore-options${options ? ' open' : ''}`}>
        {p.filtersOffered !== false && (
          <details
            ref={filtersMenu.ref}
            className="menu filters-menu"
            onToggle={(e) => setOpen(e.currentTarget.open)}
          >
            <summary>{active > 0 ? t('filters.active', { count: active }) : t('filters.button')}</summary>
            {open && (
              <div className="menu-body filters-body">
                <p className="filters-showing">
                  {t('filters.showing', { shown: p.shown, total: p.dataset.events.length })}
                </p>
                {isFiltering(f) && (
                  <button type="button" className="clear-filters" onClick={() => p.onFilters(NO_FILTERS)}>
                    {t('filters.clear')}
                  </button>
                )}
                <fieldset>
                  <legend>{t('filters.kinds')}</legend>
                  {kindsOf(p.dataset)
                    .filter((k) => (kinds.get(k.id) ?? 0) > 0 || f.kinds.includes(k.id))
                    .map((k) => option('kinds', k.id, <bdi>{kindName(p.dataset, k.id, lang)}</bdi>, kinds))}
                </fieldset>
                <fieldset>
                  <legend>{t('filters.dates')}</legend>
                  {option('dates', 'stated', t('filters.stated'), dates)}
                  {option('dates', 'inferred', t('filters.inferred'), dates)}
                </fieldset>
                <fieldset>
                  <legend>{t('filters.sources')}</legend>
                  {p.dataset.sources.map((s) => option('sources', s.id, <SourceName source={s} />, sources))}
                </fieldset>
                <fieldset className="actors">
                  <legend>{t('filters.actors')}</legend>
                  {usedActors.map((e) => (
                    <span key={e.id} className="actor-option">
                      {option('actors', e.id, <bdi>{e.name[lang]}</bdi>, actors)}
                      <button
                        type="button"
                        className="link-button profile-link"
                        onClick={() => p.onProfile(e.id)}
                        aria-label={t('filters.profile', { name: e.name[lang] })}
                      >
                        <InfoIcon />
                      </button>
                    </span>
                  ))}
                </fieldset>
              </div>
            )}
          </details>
        )}
        {p.filtersOffered !== false && (
          <label className="lanes-select">
            <span>{t('grouping.label')}</span>{' '}
            <select value={p.lanes} onChange={(e) => p.onLanes(e.target.value === 'side' ? 'side' : 'kind')}>
              <option value="kind">{t('grouping.kind')}</option>
              <option value="side">{t('grouping.side')}</option>
            </select>
          </label>
        )}
        <details ref={settingsMenu.ref} className="menu settings-menu">
          <summary>{t('settings.button')}</summary>
          <div className="menu-body">
            <fieldset>
              <legend>{t('settings.months')}</legend>
              {(['levantine', 'egyptian', 'both'] as const).map((m) => (
                <label key={m} className="facet-option">
                  <input
                    type="radio"
                    name="months"
                    checked={display.months === m}
                    onChange={() => p.onDisplay({ ...display, months: m })}
                  />{' '}
                  {t(`settings.${m}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('settings.digits')}</legend>
              {(['arab', 'latn'] as const).map((d) => (
                <label key={d} className="facet-option">
                  <input
                    type="radio"
                    name="digits"
                    checked={display.digits === d}
                    onChange={() => p.onDisplay({ ...display, digits: d })}
                  />{' '}
                  {t(`settings.${d}`)}
                </label>
              ))}
            </fieldset>
          </div>
        </details>
      </div>
    </div>
  );
}
