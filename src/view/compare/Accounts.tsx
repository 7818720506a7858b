import { useMemo, useRef, useState } from 'react';
import {
  claimMatrix,
  coverageOf,
  divergenceCount,
  reportingSources,
  sharedOrigins,
  unknownOriginSources,
  type DatasetIndex,
  type TimelineEvent,
} from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';
import { ArticleReader } from './ArticleReader';
import { ClaimsView } from './ClaimsView';
import { DivergeSummary } from './DivergeSummary';
import { SharedCopyNote } from './SharedCopyNote';
import { SourcePanel } from './SourcePanel';
import { divergeCountsText } from './support-text';

/** Sources named as not reporting an event; a large corpus's others are counted. */
const SILENT_NAMED = 30;

export interface AccountsProps {
  readonly index: DatasetIndex;
  readonly event: TimelineEvent;
  readonly selectedSource: string | null;
  readonly selectedClaim: string | null;
  readonly onSelectSource: (id: string | null) => void;
  readonly onSelectClaim: (id: string | null) => void;
}

/** Every source's telling of the selected event, side by side, and the claim-by-source view. */
export function Accounts({
  index,
  event,
  selectedSource,
  selectedClaim,
  onSelectSource,
  onSelectClaim,
}: AccountsProps): React.JSX.Element {
  const { t, lang } = useT();
  const reporting = useMemo(() => reportingSources(index, event), [index, event]);
  const silent = index.dataset.sources.filter((s) => !reporting.includes(s));
  const rows = useMemo(() => claimMatrix(event, reporting), [event, reporting]);
  const shared = useMemo(() => sharedOrigins(event, reporting), [event, reporting]);
  const counts = divergenceCount(rows);
  const coverage = useMemo(() => coverageOf(event, reporting), [event, reporting]);
  const [reading, setReading] = useState<{ source: string; quote: number } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // A source singled out (its name pressed): its words take the panels' width, the others fold.
  const singled = reporting.find((s) => s.id === selectedSource);

  // The passages of an article quoted for other events, for the reader's marks: this event's own
  // passages are the panels' business, and marking them too would mark nearly every line.
  const quotedIn = (sourceId: string) =>
    index.dataset.events
      .filter((e) => e.id !== event.id)
      .flatMap((e) => e.accounts.filter((a) => a.source === sourceId).flatMap((a) => a.quotes));

  const jump = (id: string): void => {
    const to = document.getElementById(id);
    to?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    to?.focus({ preventScroll: true });
  };

  const readerSource = reading === null ? undefined : index.sources.get(reading.source);
  const readerQuote =
    reading === null
      ? undefined
      : event.accounts.find((a) => a.source === reading.source)?.quotes[reading.quote];

  return (
    <section className="accounts" aria-labelledby="accounts-heading">
      <div className="accounts-head">
        <h2 id="accounts-heading">
          {t('accounts.heading')}:{' '}
          <span className="accounts-event">
            <DataText text={event.title[lang]} />
          </span>
        </h2>
        {rows.length > 0 && (
          // The claims sit under the sources' words: one step away, with how many diverge.
          <nav className="accounts-jump" aria-label={t('layout.jump')}>
            <button type="button" className="link-button" onClick={() => jump('source-panels')}>
              {t('layout.toWords')}
            </button>
            <button type="button" className="link-button" onClick={() => jump('claims-heading')}>
              {counts.diverging === 0
                ? t('layout.toClaimsNone')
                : t('layout.toClaims', { total: counts.claims, parts: divergeCountsText(t, counts) })}
            </button>
          </nav>
        )}
      </div>
      {coverage.sources > 0 && (
        // The event's coverage at a glance: how many tell it, and how many origins that comes to.
        <p className="coverage-line">
          {[
            t('coverage.sources', { count: coverage.sources }),
            t('coverage.independent', { count: coverage.independent }),
            ...(coverage.unknown > 0 ? [t('coverage.unknown', { count: coverage.unknown })] : []),
            ...(coverage.repeats > 0 ? [t('coverage.repeats', { count: coverage.repeats })] : []),
          ].join(' · ')}
        </p>
      )}
      <SharedCopyNote
        shared={shared}
        unknown={unknownOriginSources(event, reporting)}
        claimsFollow={rows.length > 0}
      />
      <DivergeSummary
        rows={rows}
        sources={reporting}
        onClaim={(id) => {
          const row = document.querySelector(`.claims-table tr[data-claim="${CSS.escape(id)}"]`);
          row?.scrollIntoView({ block: 'start', behavior: 'smooth' });
          row?.querySelector<HTMLElement>('.claim-text')?.focus({ preventScroll: true });
        }}
      />
      {reporting.length === 0 ? (
        <p>{t('accounts.none')}</p>
      ) : (
        <div className="source-panels" id="source-panels" tabIndex={-1}>
          {singled !== undefined && (
            // What singling a source out did, and the way back, where the panels are.
            <p className="singled-note" role="status">
              {t('source.singled', { name: singled.outlet[lang] })}{' '}
              <button type="button" className="link-button" onClick={() => onSelectSource(null)}>
                {t('source.showAll')}
              </button>
            </p>
          )}
          {/* A source singled out comes first, its words across the width; the folded others follow. */}
          {(singled === undefined ? reporting : [singled, ...reporting.filter((s) => s !== singled)]).map(
            (s) => {
              const account = event.accounts.find((a) => a.source === s.id);
              return account === undefined ? null : (
                <SourcePanel
                  key={s.id}
                  source={s}
                  account={account}
                  event={event}
                  selected={s.id === selectedSource}
                  folded={singled !== undefined && s !== singled}
                  onSelect={() => onSelectSource(s.id === selectedSource ? null : s.id)}
                  onShowInArticle={(quote, from) => {
                    opener.current = from;
                    setReading({ source: s.id, quote });
                  }}
                />
              );
            },
          )}
        </div>
      )}
      <p className="silent-sources">
        {silent.length === 0 ? (
          t('accounts.allReported')
        ) : (
          <>
            {t('accounts.notReported')}{' '}
            {silent.slice(0, SILENT_NAMED).map((s, i) => (
              <span key={s.id}>
                {i > 0 && (lang === 'ar' ? '، ' : ', ')}
                <bdi data-source={s.id}>
                  <DataText text={s.outlet[lang]} />
                </bdi>
              </span>
            ))}
            {silent.length > SILENT_NAMED &&
              ` ${t('corpus.moreSources', { count: silent.length - SILENT_NAMED })}`}
          </>
        )}
      </p>
      {rows.length > 0 && (
        <ClaimsView
          index={index}
          rows={rows}
          sources={reporting}
          singled={singled?.id}
          selectedClaim={selectedClaim}
          onSelectClaim={onSelectClaim}
        />
      )}
      {readerSource !== undefined && readerQuote !== undefined && (
        <ArticleReader
          source={readerSource}
          current={readerQuote}
          quoted={quotedIn(readerSource.id)}
          translation={readerQuote.en}
          onClose={() => {
            setReading(null);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}
