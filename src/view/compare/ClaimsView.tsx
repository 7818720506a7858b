import { useState } from 'react';
import type { ClaimRow, DatasetIndex, Source } from '../../domain';
import { useT } from '../../i18n';
import { WordDiffView } from './WordDiffView';

export interface ClaimsViewProps {
  readonly index: DatasetIndex;
  readonly rows: readonly ClaimRow[];
  readonly sources: readonly Source[];
  readonly selectedClaim: string | null;
  readonly onSelectClaim: (id: string | null) => void;
}

const wording = (row: ClaimRow, source: string): string =>
  row.cells
    .find((c) => c.source.id === source)
    ?.quotes.map((q) => q.text)
    .join(' … ') ?? '';

/** One row per claim, one column per source; differences and single-source claims stand out. */
export function ClaimsView({
  index,
  rows,
  sources,
  selectedClaim,
  onSelectClaim,
}: ClaimsViewProps): React.JSX.Element {
  const { t, lang } = useT();
  const [pair, setPair] = useState<Record<string, string>>({});
  const selectedRow = rows.find((r) => r.claim.id === selectedClaim && r.wordedDifferently);
  const carrying = selectedRow?.cells.filter((c) => c.quotes.length > 0) ?? [];
  const first = carrying[0];
  const secondId =
    selectedRow === undefined ? undefined : (pair[selectedRow.claim.id] ?? carrying[1]?.source.id);
  const second = carrying.find((c) => c.source.id === secondId);
  return (
    <section className="claims" aria-labelledby="claims-heading">
      <h3 id="claims-heading">{t('claims.heading')}</h3>
      <div className="claims-scroll">
        <table className="claims-table">
          <caption>{t('claims.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claims.claim')}</th>
              {sources.map((s) => (
                <th scope="col" key={s.id}>
                  <bdi>{s.outlet[lang]}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const by = r.claim.by === undefined ? undefined : index.entities.get(r.claim.by)?.name[lang];
              const selected = r.claim.id === selectedClaim;
              return (
                <tr
                  key={r.claim.id}
                  className={`${selected ? 'selected ' : ''}${r.singleSource ? 'single' : ''}${r.singleOrigin ? 'single-origin' : ''}`}
                  data-claim={r.claim.id}
                >
                  <th scope="row">
                    <span className="claim-text">{r.claim.text[lang]}</span>
                    {by !== undefined && <span className="claim-by">{t('claims.by', { name: by })}</span>}
                    {r.carriedBy > 1 && (
                      <span className="claim-support">
                        {t('claims.support', {
                          outlets: t('claims.outlets', { count: r.carriedBy }),
                          origins: t('claims.origins', { count: r.origins }),
                        })}
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
                        onClick={() => onSelectClaim(selected ? null : r.claim.id)}
                      >
                        {selected ? t('claims.hideCompare') : t('claims.compare')}
                      </button>
                    )}
                  </th>
                  {r.cells.map((c) =>
                    c.quotes.length > 0 ? (
                      <td key={c.source.id} className="carried">
                        {c.quotes.map((q) => (
                          <p key={q.start} lang="ar" dir="rtl" className="cell-quote">
                            {q.text}
                          </p>
                        ))}
                      </td>
                    ) : (
                      <td key={c.source.id} className="not-carried">
                        {t('claims.notCarried')}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selectedRow !== undefined && first !== undefined && second !== undefined && (
        <div id="claim-compare" className="claim-compare" data-claim={selectedRow.claim.id}>
          <h4>
            {t('diff.heading')}: {selectedRow.claim.text[lang]}
          </h4>
          {carrying.length > 2 && (
            <label className="diff-pick">
              {t('diff.pick')}{' '}
              <select
                value={second.source.id}
                onChange={(e) => setPair((p) => ({ ...p, [selectedRow.claim.id]: e.target.value }))}
              >
                {carrying.slice(1).map((c) => (
                  <option key={c.source.id} value={c.source.id}>
                    {c.source.outlet[lang]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <WordDiffView
            a={{ name: first.source.outlet[lang], text: wording(selectedRow, first.source.id) }}
            b={{ name: second.source.outlet[lang], text: wording(selectedRow, second.source.id) }}
          />
        </div>
      )}
    </section>
  );
}
