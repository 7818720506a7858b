import { useState } from 'react';
import { divergence, divergenceCount, partingClaims, type ClaimRow, type Source } from '../../domain';
import { formatList, useT } from '../../i18n';
import { DataText } from '../DataText';
import { divergeCountsText, supportText } from './support-text';
import { FoldToggle } from './FoldToggle';

/** Claims shown before "Show all": enough to see how the accounts part, little enough to reach the words. */
const FIRST = 4;

/**
 * Whether the accounts part ways on a claim of its own: some sources do not carry it, or all do in
 * different words (a variant counts with its parent, as `divergenceCount` counts).
 */
export function diverges(row: ClaimRow): boolean {
  return divergence(row) !== null;
}

export interface DivergeSummaryProps {
  readonly rows: readonly ClaimRow[];
  readonly sources: readonly Source[];
  /** Brings a claim's row of the full table into view; without it (on paper) a claim is plain text. */
  readonly onClaim?: (claimId: string) => void;
  /** Every claim at once, without "Show all" (the printed handout). */
  readonly whole?: boolean;
  /** Without its heading: a phone's cue above it is the heading (`DivergeFold`). */
  readonly headless?: boolean;
  /** At a desk: folded to its heading's one line, and the way to open it (the user's choice). */
  readonly fold?: { readonly folded: boolean; readonly onToggle: () => void } | undefined;
}

/**
 * Where the accounts diverge, one line a claim: the claim, how many outlets and independent origins
 * carry it, and which (only one, or which do not). Before the sources' words; the table has them all.
 */
export function DivergeSummary({
  rows,
  sources,
  onClaim,
  whole = false,
  headless = false,
  fold,
}: DivergeSummaryProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const [all, setAll] = useState(false);
  if (sources.length < 2 || rows.length === 0) return null;
  // What some sources leave out comes before what all of them carry in other words (as on paper and slides).
  const parting = partingClaims(rows);
  const folded = fold?.folded === true && parting.length > 0;
  const shown = all || whole ? parting : parting.slice(0, FIRST);
  const names = (list: readonly Source[]): string =>
    formatList(
      list.map((s) => s.outlet[lang]),
      lang,
      display,
    );
  return (
    <section
      className="diverge"
      aria-labelledby={whole || headless ? undefined : 'diverge-heading'}
      data-folded={folded || undefined}
    >
      {/* The counts sit in the heading's own line: the reading layout has no room for another. */}
      {headless ? (
        parting.length > 0 && (
          <p className="diverge-counts">{divergeCountsText(t, divergenceCount(rows), lang)}</p>
        )
      ) : (
        <div className="diverge-head">
          <h3 id={whole ? undefined : 'diverge-heading'}>
            {t('reading.divergeHeading')}
            {parting.length > 0 && (
              <span className="diverge-counts">: {divergeCountsText(t, divergenceCount(rows), lang)}</span>
            )}
          </h3>
          {fold !== undefined && parting.length > 0 && (
            <FoldToggle
              folded={fold.folded}
              what={t('reading.divergeHeading')}
              controls="diverge-list"
              onToggle={fold.onToggle}
            />
          )}
        </div>
      )}
      {folded ? null : parting.length === 0 ? (
        <p className="diverge-none">{t('reading.divergeNone')}</p>
      ) : (
        <ol className="diverge-list" id={whole ? undefined : 'diverge-list'} data-all={all || whole}>
          {shown.map((r) => {
            const carrying = r.cells.filter((c) => c.quotes.length > 0).map((c) => c.source);
            const missing = r.cells.filter((c) => c.quotes.length === 0).map((c) => c.source);
            return (
              <li key={r.claim.id} data-claim={r.claim.id}>
                {onClaim === undefined ? (
                  <span className="diverge-claim">
                    <DataText text={r.claim.text[lang]} />
                  </span>
                ) : (
                  <button
                    type="button"
                    className="diverge-claim link-button"
                    onClick={() => onClaim(r.claim.id)}
                  >
                    <DataText text={r.claim.text[lang]} />
                  </button>
                )}
                <span className="diverge-support">
                  {r.carriedBy === 1 ? (
                    <span className="badge badge-single">{t('claims.single')}</span>
                  ) : (
                    supportText(t, r)
                  )}
                  {r.wordedDifferently && <span className="badge badge-differ">{t('claims.differ')}</span>}
                  {r.singleOrigin && (
                    <span className="badge badge-single-origin" title={t('claims.singleOriginTitle')}>
                      {t('claims.singleOrigin')}
                    </span>
                  )}
                </span>
                <span className="diverge-which">
                  <bdi>
                    {r.carriedBy === 1 && carrying[0] !== undefined
                      ? t('reading.onlyIn', { name: names([carrying[0]]) })
                      : missing.length > 0
                        ? t('reading.notIn', { names: names(missing) })
                        : t('reading.inAll')}
                  </bdi>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {parting.length > FIRST && !whole && !folded && (
        <button type="button" className="link-button diverge-more" onClick={() => setAll(!all)}>
          {all ? t('reading.fewerClaims') : t('reading.moreClaims', { count: parting.length })}
        </button>
      )}
    </section>
  );
}
