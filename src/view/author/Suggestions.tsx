import { useMemo, useState } from 'react';
import type { EventSuggestion } from '../../domain';
import { formatList, formatNumber, formatPartialDate, useT } from '../../i18n';
import { useArticleSuggestions } from './analysis';
import { ArabicQuote } from './ArabicQuote';
import type { ArticleToolProps } from './props';

const LIMIT = 5;

type Reason = EventSuggestion['reasons'][number];
type DateReason = Extract<Reason, { kind: 'date' }>;
type WordingReason = Extract<Reason, { kind: 'wording' }>;

/** The reasons, one line per kind: each date once, the actors named, the closest wording. */
const dateReasons = (s: EventSuggestion): DateReason[] =>
  s.reasons
    .filter((r): r is DateReason => r.kind === 'date')
    .filter((r, i, all) => all.findIndex((x) => x.expression.start === r.expression.start) === i);
const actorsOf = (s: EventSuggestion): string[] => [
  ...new Set(s.reasons.flatMap((r) => (r.kind === 'actor' ? [r.entity as string] : []))),
];
const bestWording = (s: EventSuggestion): WordingReason | null =>
  s.reasons
    .filter((r): r is WordingReason => r.kind === 'wording')
    .reduce<WordingReason | null>(
      (best, r) => (best === null || r.similarity > best.similarity ? r : best),
      null,
    );

/**
 * The existing events an article most likely reports (`suggestEvents`: shared dates, actors by any
 * spelling, wording like their quotes), each with its reasons and the sentences that would be its
 * quotes. Accept attaches those quotes to the event; reject puts the suggestion away.
 */
export function Suggestions({
  source,
  draft,
  onEvent,
  dispatch,
}: ArticleToolProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const fresh = !draft.events.some((e) => e.accounts.some((a) => a.source === source.id));
  // Worked out only while the list is open (it opens by itself for an article not yet quoted).
  const [open, setOpen] = useState(fresh);
  // A long article's suggestions come from a worker a moment later (null until then).
  const found = useArticleSuggestions(draft, source, LIMIT, open);
  const suggestions = useMemo<EventSuggestion[]>(() => found ?? [], [found]);
  const titles = new Map(draft.events.map((e) => [e.id as string, e]));
  const names = new Map(draft.entities.map((e) => [e.id as string, e.name[lang]]));
  const shown = suggestions.filter((s) => !rejected.has(s.event));
  const pct = (x: number): string =>
    `${formatNumber(Math.round(x * 100), lang, display)}${lang === 'ar' ? '٪' : '%'}`;
  return (
    <details
      className="author-suggestions"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {open ? t('author.suggestions', { count: shown.length }) : t('author.suggestionsClosed')}
      </summary>
      {open && found === null && <p>{t('region.loading')}</p>}
      {open && found !== null && shown.length === 0 && <p>{t('author.noSuggestions')}</p>}
      <ol>
        {shown.map((s) => {
          const ev = titles.get(s.event);
          const account = ev?.accounts.find((a) => a.source === source.id);
          const pending = s.quotes.filter(
            (q) => !account?.quotes.some((x) => x.start < q.end && q.start < x.end),
          );
          return (
            <li key={s.event}>
              <h4>
                <bdi>{ev?.title[lang] || s.event}</bdi> <span className="author-score">({pct(s.score)})</span>
              </h4>
              <ul className="author-reasons">
                {dateReasons(s).map((r) => (
                  <li key={r.expression.start}>
                    {t('author.reason.date')} <ArabicQuote text={r.expression.text} /> →{' '}
                    {r.value
                      .split('/')
                      .map((v) => formatPartialDate(v, lang, display))
                      .join(' – ')}
                  </li>
                ))}
                {actorsOf(s).length > 0 && (
                  <li>
                    {t('author.reason.actor')}{' '}
                    {formatList(
                      actorsOf(s).map((a) => names.get(a) ?? a),
                      lang,
                    )}
                  </li>
                )}
                {bestWording(s) !== null && (
                  <li>
                    {t('author.reason.wording', { source: bestWording(s)?.source ?? '' })} (
                    {pct(bestWording(s)?.similarity ?? 0)})
                  </li>
                )}
              </ul>
              <p>{t('author.candidateQuotes', { count: s.quotes.length })}</p>
              <ul className="author-candidates">
                {s.quotes.map((q) => (
                  <li key={q.start}>
                    <ArabicQuote text={q.text} />
                  </li>
                ))}
              </ul>
              <button
                type="button"
                disabled={pending.length === 0}
                onClick={() => {
                  dispatch({
                    type: 'batch',
                    commands: pending.map((q) => ({
                      type: 'attach-quote' as const,
                      event: s.event,
                      source: source.id,
                      start: q.start,
                      end: q.end,
                    })),
                  });
                  onEvent(s.event);
                }}
              >
                {pending.length === 0 ? t('author.accepted') : t('author.accept')}
              </button>{' '}
              <button type="button" onClick={() => setRejected((r) => new Set([...r, s.event]))}>
                {t('author.reject')}
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
