import { Fragment, useEffect, useRef, useState } from 'react';
import { sourceLabel, type ClaimRow, type DatasetIndex, type Source } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';
import { SourceName } from './SourceName';
import { Translation } from './Translation';
import { WordDiffView } from './WordDiffView';
import { holdWhileSettling } from '../hold-place';
import { scrollingParent } from './sticky-room';
import { supportText } from './support-text';

export interface ClaimsViewProps {
  readonly index: DatasetIndex;
  readonly rows: readonly ClaimRow[];
  readonly sources: readonly Source[];
  readonly selectedClaim: string | null;
  /** The source singled out in the panels: its column is marked. */
  readonly singled?: string | undefined;
  readonly onSelectClaim: (id: string | null) => void;
}

const quotesOf = (row: ClaimRow, source: string) =>
  row.cells.find((c) => c.source.id === source)?.quotes ?? [];
const wording = (row: ClaimRow, source: string): string =>
  quotesOf(row, source)
    .map((q) => q.text)
    .join(' … ');

/**
 * One row per claim, one column per source; differences and single-source claims stand out. In English
 * each quote's marked rendering sits under the Arabic words. "Compare wording" opens the comparison in
 * a row right under its claim and moves focus to it. On a narrow screen the rows become cards (CSS).
 */
export function ClaimsView({
  index,
  rows,
  sources,
  selectedClaim,
  singled,
  onSelectClaim,
}: ClaimsViewProps): React.JSX.Element {
  const { t, lang } = useT();
  // Per claim, the two sources compared: any carrying source with any other (the first two by default).
  const [pairs, setPairs] = useState<Record<string, readonly [string, string]>>({});
  const selectedRow = rows.find((r) => r.claim.id === selectedClaim && r.wordedDifferently);
  const carrying = selectedRow?.cells.filter((c) => c.quotes.length > 0) ?? [];
  const chosen = selectedRow === undefined ? undefined : pairs[selectedRow.claim.id];
  const first = carrying.find((c) => c.source.id === chosen?.[0]) ?? carrying[0];
  const second =
    carrying.find((c) => c.source.id === chosen?.[1] && c !== first) ?? carrying.find((c) => c !== first);
  const pick = (side: 0 | 1, id: string): void => {
    if (selectedRow === undefined || first === undefined || second === undefined) return;
    const [a, b] = [first.source.id, second.source.id];
    // Choosing the source already on the other side swaps the two.
    const next: readonly [string, string] = side === 0 ? [id, id === b ? a : b] : [id === a ? b : a, id];
    setPairs((p) => ({ ...p, [selectedRow.claim.id]: next }));
  };
  // Focus follows a click on "Compare wording"; and a link that names a claim opens on its comparison,
  // at the top of the pane under the table's headers, focused (UX review 13, S3-N3).
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const [focusCompare, setFocusCompare] = useState(false);
  useEffect(() => {
    const h = compareHeading.current;
    if (!focusCompare || h === null) return;
    setFocusCompare(false);
    h.focus({ preventScroll: true });
    h.closest('.claim-compare')?.scrollIntoView?.({ block: 'nearest' });
  }, [focusCompare, selectedClaim]);
  const saysParent = (r: ClaimRow, source: string): boolean => {
    const parent = rows.find((x) => x.claim.id === r.variantOf?.id);
    return parent !== undefined && quotesOf(parent, source).length > 0;
  };
  // The source headers stay at the top of the scrolling pane, and each claim under them while its row
  // scrolls past: the claim's offset is the headers' height. (The room the pane keeps at its top for
  // them, and for the sources' titles, is `useStickyRoom`'s, in `Accounts`.)
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const el = table.current;
    const head = el?.tHead;
    if (el == null || head == null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      el.style.setProperty('--claims-head', `${head.getBoundingClientRect().height}px`);
    });
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  // A link that names a claim opens on its comparison (see `compareHeading` above): placed by measure
  // under the table's headers, and again whenever what is above it changes size while the page
  // settles (its fonts, the parts above), until the reader moves.
  const linked = useRef(selectedRow !== undefined);
  useEffect(() => {
    const h = compareHeading.current;
    if (!linked.current || h === null) return;
    const pane = scrollingParent(h);
    if (pane === null) {
      h.scrollIntoView?.({ block: 'start' });
      h.focus({ preventScroll: true });
      return;
    }
    const place = (): void => {
      const head = table.current?.tHead?.getBoundingClientRect().height ?? 0;
      pane.scrollTop += h.getBoundingClientRect().top - pane.getBoundingClientRect().top - head - 8;
    };
    const release = holdWhileSettling(place, pane.children, 2500);
    const frame = requestAnimationFrame(() => {
      linked.current = false;
      place();
      h.focus({ preventScroll: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      release();
    };
  }, []);
  // Closing a comparison goes back to the claim's row, where its "Compare wording" is.
  const hideComparison = (): void => {
    if (selectedRow === undefined) return;
    onSelectClaim(null);
    const row = [...(table.current?.querySelectorAll<HTMLElement>('tr[data-claim]') ?? [])]
      .find((tr) => tr.dataset['claim'] === selectedRow.claim.id)
      ?.querySelector<HTMLElement>('.claim-text');
    row?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'nearest' });
  };
  const comparison = (): React.ReactNode =>
    selectedRow === undefined || first === undefined || second === undefined ? null : (
      <div id="claim-compare" className="claim-compare" data-claim={selectedRow.claim.id}>
        <div className="compare-head">
          <h4 ref={compareHeading} tabIndex={-1}>
            {t('diff.heading')}: <DataText text={selectedRow.claim.text[lang]} />
          </h4>
          {/* Closing is at hand where the comparison is read, not only in the claim's row above it. */}
          <button
            type="button"
            className="link-button"
            aria-controls="claim-compare"
            onClick={hideComparison}
          >
            {t('claims.hideCompare')}
          </button>
        </div>
        {carrying.length > 2 && (
          <p className="diff-pick">
            {([0, 1] as const).map((side) => (
              <label key={side}>
                {t(side === 0 ? 'diff.pickA' : 'diff.pickB')}{' '}
                <select
                  aria-label={t(side === 0 ? 'diff.pickAName' : 'diff.pickBName')}
                  value={(side === 0 ? first : second).source.id}
                  onChange={(e) => pick(side, e.target.value)}
                >
                  {carrying.map((c) => (
                    <option key={c.source.id} value={c.source.id}>
                      {sourceLabel(c.source, lang)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </p>
        )}
        <WordDiffView
          a={{
            name: sourceLabel(first.source, lang),
            text: wording(selectedRow, first.source.id),
            en: quotesOf(selectedRow, first.source.id).map((q) => q.en),
          }}
          b={{
            name: sourceLabel(second.source, lang),
            text: wording(selectedRow, second.source.id),
            en: quotesOf(selectedRow, second.source.id).map((q) => q.en),
          }}
        />
      </div>
    );
  return (
    <section
      className="claims"
      id="claims-region"
      aria-labelledby="claims-heading"
      // Escape in a comparison closes the comparison, not the whole event (UX review 12, S2-2): the
      // desk's keys leave a key already handled.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || selectedRow === undefined) return;
        e.preventDefault();
        hideComparison();
      }}
    >
      <h3 id="claims-heading" tabIndex={-1}>
        {t('claims.heading')}
      </h3>
      <div className="claims-scroll">
        <table className="claims-table" ref={table}>
          <caption>{t('claims.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claims.claim')}</th>
              {sources.map((s) => (
                <th scope="col" key={s.id} className={s.id === singled ? 'singled' : undefined}>
                  <SourceName source={s} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const by = r.claim.by === undefined ? undefined : index.entities.get(r.claim.by)?.name[lang];
              const selected = r.claim.id === selectedClaim;
              const comparing =
                selectedRow !== undefined && r === selectedRow && first !== undefined && second !== undefined;
              return (
                <Fragment key={r.claim.id}>
                  <tr
                    className={`${selected ? 'selected ' : ''}${r.singleSource ? 'single' : ''}${r.singleOrigin ? ' single-origin' : ''}${r.variantOf !== null ? ' variant' : ''}`}
                    data-claim={r.claim.id}
                  >
                    <th scope="row">
                      <div className="claim-head">
                        {r.variantOf !== null && (
                          // A variant follows its parent's row: the same claim in other words.
                          <span className="claim-variant">
                            {t('claims.variantOf')} <DataText text={r.variantOf.text[lang]} />
                          </span>
                        )}
                        <span className="claim-text" tabIndex={-1}>
                          <DataText text={r.claim.text[lang]} />
                        </span>
                        {by !== undefined && <span className="claim-by">{t('claims.by', { name: by })}</span>}
                        {r.carriedBy > 1 && (
                          <span className="claim-support" title={t('claims.originsTitle')}>
                            {supportText(t, r)}
                          </span>
                        )}
                        <span className="claim-flags">
                          {r.singleSource && <span className="badge badge-single">{t('claims.single')}</span>}
                          {r.singleOrigin && (
                            <span className="badge badge-single-origin" title={t('claims.singleOriginTitle')}>
                              {t('claims.singleOrigin')}
                            </span>
                          )}
                          {r.wordedDifferently && (
                            <span className="badge badge-differ">{t('claims.differ')}</span>
                          )}
                        </span>
                        {r.wordedDifferently && (
                          <button
                            type="button"
                            className="link-button"
                            aria-expanded={selected}
                            aria-controls="claim-compare"
                            onClick={() => {
                              setFocusCompare(!selected);
                              onSelectClaim(selected ? null : r.claim.id);
                            }}
                          >
                            {selected ? t('claims.hideCompare') : t('claims.compare')}
                          </button>
                        )}
                      </div>
                    </th>
                    {r.cells.map((c) =>
                      c.quotes.length > 0 ? (
                        <td
                          key={c.source.id}
                          className={`carried${c.source.id === singled ? ' singled' : ''}`}
                        >
                          <span className="cell-source">
                            <SourceName source={c.source} />
                          </span>
                          {c.quotes.map((q) => (
                            <div key={q.start} className="cell-pair">
                              <p lang="ar" dir="rtl" className="cell-quote">
                                {q.text}
                              </p>
                              {lang === 'en' && <Translation text={q.en} className="cell-translation" />}
                            </div>
                          ))}
                        </td>
                      ) : (
                        <td
                          key={c.source.id}
                          className={`not-carried${c.source.id === singled ? ' singled' : ''}`}
                        >
                          <span className="cell-source">
                            <SourceName source={c.source} />
                          </span>
                          {/* A variant's "not carried" would mislead where the source says it in the parent's words. */}
                          {r.variantOf !== null && saysParent(r, c.source.id)
                            ? t('claims.otherWords')
                            : t('claims.notCarried')}
                        </td>
                      ),
                    )}
                  </tr>
                  {comparing && (
                    <tr className="compare-row">
                      <td colSpan={sources.length + 1}>{comparison()}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
