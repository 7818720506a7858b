import type { Lang, SearchField, SearchResult, EventHead } from '../../domain';
import { dataText, formatEventDate, LANGUAGES, partSeparator, useT } from '../../i18n';
import { Highlighted, snippet } from './Highlighted';

/** The results listed; the timeline marks all of them. */
const SHOWN = 200;

export interface SearchResultsProps {
  readonly query: string;
  readonly results: readonly SearchResult[];
  readonly selectedId: string | null;
  /** Where the open event is among the matches in time order (from 1), when it is one: the keys step through them. */
  readonly at?: number | undefined;
  readonly onSelect: (id: string) => void;
  /** The name of the timeline lane an event is drawn in, when it has one. */
  readonly laneName?: ((event: EventHead) => string | undefined) | undefined;
  /** While a corpus is being searched: how far the scan has gone, and whether it stopped at its limit. */
  readonly progress?:
    | { readonly busy: boolean; readonly done: number; readonly total: number; readonly capped: boolean }
    | undefined;
}

/** Arrow keys move between the result buttons; up from the first returns to the search box. */
function stepResults(e: React.KeyboardEvent<HTMLOListElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.result')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  e.preventDefault();
  const next = at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  else buttons[Math.min(next, buttons.length - 1)]?.focus();
}

/** The events that match the search, with the matching words highlighted in their original text. */
export function SearchResults({
  query,
  results,
  selectedId,
  at,
  onSelect,
  laneName,
  progress,
}: SearchResultsProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const scanning = progress?.busy === true;
  // Arabic data text takes the chosen digits, as everywhere in the view (quotes stay as published);
  // one character for one, so the matched ranges still hold.
  const digits = (text: string, field: SearchField, of: Lang): string =>
    field === 'quote' || of !== 'ar' ? text : dataText(text, lang, display);
  return (
    <section className="search-results event-list" aria-labelledby="results-heading" id="event-list">
      <h2 id="results-heading" aria-live="polite">
        {results.length === 0 && !scanning
          ? t('explore.noResults', { q: query })
          : at !== undefined && !scanning
            ? t('explore.resultAt', { at, count: results.length })
            : t('explore.results', { count: results.length })}
      </h2>
      {progress !== undefined && (scanning || progress.capped) && (
        <p className="search-progress" role="status">
          {scanning
            ? progress.total === 0
              ? t('corpus.searching')
              : t('corpus.fetchingQuotes', { done: progress.done, total: progress.total })
            : t('corpus.searchCapped', { count: results.length })}
          {scanning &&
            (progress.total === 0 ? <progress /> : <progress value={progress.done} max={progress.total} />)}
        </p>
      )}
      {/* ↑/↓ step through the results (↓ from the search box comes to the first); ↑ from the first goes back. */}
      <ol onKeyDown={stepResults}>
        {results.slice(0, SHOWN).map(({ event, hits }) => {
          const titleHit = hits.find((h) => h.field === 'title' && h.lang === lang);
          // Snippets in the interface's language first (a stable sort keeps each language's order).
          const others = hits
            // The row shows its date already: a match on it needs no snippet.
            .filter((h) => h.field !== 'title' && h.field !== 'date')
            .sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang))
            .slice(0, 2);
          const selected = event.id === selectedId;
          const lane = laneName?.(event);
          return (
            <li key={event.id}>
              <button
                type="button"
                className={`list-item result kind-${event.kind}${selected ? ' selected' : ''}`}
                data-event-id={event.id}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(event.id)}
              >
                <span className="result-meta">
                  <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>
                  {lane !== undefined && (
                    <>
                      {partSeparator(lang)}
                      <span className="result-lane">{lane}</span>
                    </>
                  )}
                </span>
                <span className="list-title">
                  {titleHit !== undefined ? (
                    <Highlighted
                      text={digits(titleHit.text, 'title', titleHit.lang)}
                      ranges={titleHit.ranges}
                    />
                  ) : (
                    dataText(event.title[lang], lang, display)
                  )}
                  {others.map((h, i) => {
                    const s = snippet(digits(h.text, h.field, h.lang), h.ranges);
                    const dir = LANGUAGES[h.lang].dir;
                    return (
                      // The label in the interface's direction; the snippet isolated in its own, so bidi
                      // never moves the label into the Arabic run. A snippet in the other direction is a
                      // block of its own beside the label, every line starting at its own side (S2 #7).
                      <span
                        key={i}
                        className={`result-snippet${dir === LANGUAGES[lang].dir ? '' : ' other-dir'}`}
                      >
                        <span className="result-field">{t(`explore.field.${h.field}`)}:</span>{' '}
                        <bdi lang={h.lang} dir={dir}>
                          <Highlighted text={s.text} ranges={s.ranges} />
                        </bdi>
                      </span>
                    );
                  })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {results.length > SHOWN && (
        <p className="more-results">{t('explore.more', { count: results.length - SHOWN })}</p>
      )}
    </section>
  );
}
