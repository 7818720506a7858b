import { useMemo, useState } from 'react';
import {
  distinctDateReasons,
  eventFromSelection,
  followEvent,
  listSuggestions,
  newEventWithQuote,
  rejectedFor,
  type Command,
} from '../../author';
import { draftName, type EventSuggestion, type Span, type SuggestedQuote } from '../../domain';
import { formatList, formatNumber, formatPartialDate, useT } from '../../i18n';
import { articleSuggestions, useArticleReading, useArticleSuggestions } from './analysis';
import { ArabicQuote } from './ArabicQuote';
import type { ArticleToolProps } from './props';

const LIMIT = 5;

type Reason = EventSuggestion['reasons'][number];
type WordingReason = Extract<Reason, { kind: 'wording' }>;

/** The reasons, one line per kind: each date once, the actors named, the closest wording. */
const dateReasons = distinctDateReasons;
const actorsOf = (s: EventSuggestion): string[] => [
  ...new Set(s.reasons.flatMap((r) => (r.kind === 'actor' ? [r.entity] : []))),
];
const bestWording = (s: EventSuggestion): WordingReason | null =>
  s.reasons
    .filter((r): r is WordingReason => r.kind === 'wording')
    .reduce<WordingReason | null>(
      (best, r) => (best === null || r.similarity > best.similarity ? r : best),
      null,
    );

/** A passage's tick, keyed by its article, event and place. */
const tickKey = (source: string, event: string, q: SuggestedQuote): string =>
  `${source}\u0000${event}\u0000${q.start}`;

/** The passages to quote: those ticked (by default the confident ones). */
function ticked(
  ticks: ReadonlyMap<string, boolean>,
  source: string,
  event: string,
  quotes: readonly SuggestedQuote[],
): SuggestedQuote[] {
  return quotes.filter((q) => ticks.get(tickKey(source, event, q)) ?? q.confident);
}

/** Whether a passage overlaps one of `spans` (a quote already taken from its article). */
const overlaps = (q: Span, spans: readonly Span[]): boolean =>
  spans.some((x) => x.start < q.end && q.start < x.end);

/** Passages in the order the article tells them (the engine gives them best first). */
const inArticleOrder = <T extends Span>(quotes: readonly T[]): T[] =>
  [...quotes].sort((a, b) => a.start - b.start);

/** Every quote taken from the article `source`, under any event. */
const quotedFrom = (draft: ArticleToolProps['draft'], source: string): Span[] =>
  draft.events.flatMap((e) => e.accounts.filter((a) => a.source === source).flatMap((a) => a.quotes));

const attach = (event: string, source: string, quotes: readonly SuggestedQuote[]): Command[] =>
  quotes.map((q) => ({ type: 'attach-quote' as const, event, source, start: q.start, end: q.end }));

/** One passage with its tick box; the box's name is the passage itself. */
function Passage({
  quote,
  checked,
  onChange,
}: {
  readonly quote: SuggestedQuote;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span className="author-passage" lang="ar" dir="rtl">
          {quote.text}
        </span>
      </label>
    </li>
  );
}

/**
 * The existing events an article most likely reports (`suggestEvents`: shared dates, actors by any
 * spelling, wording like their quotes), each with its reasons and the passages that would be its
 * quotes, each with a tick box (ticked at first when the passage clearly belongs to the event), in
 * the article's order. A passage already quoted, under any event, is not offered again, and an event
 * with nothing left to offer is not suggested. Accept quotes the ticked passages and takes the
 * suggestion off the list; then the same event's passages in the draft's other articles are offered,
 * ticked the same way. Reject puts it away (in the draft: it stays rejected after a reload, and Undo
 * brings it back), with "Undo" beside it, and the rejected ones can all be shown again.
 */
export function Suggestions({
  source,
  draft,
  onEvent,
  dispatch,
}: ArticleToolProps): React.JSX.Element | null {
  const { t, lang, display } = useT();
  const rejected = rejectedFor(draft, source.id);
  // The suggestion just rejected, with its way back (cleared by the next choice in this list).
  const [justRejected, setJustRejected] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [ticks, setTicks] = useState<ReadonlyMap<string, boolean>>(new Map());
  // The event last accepted here: its passages in the other articles are offered.
  const [across, setAcross] = useState<string | null>(null);
  // Both keep to their event when its id follows its date or title (or an undo of it), as the event
  // being written does: set during render, React's pattern for state derived from a change.
  const [shownEvents, setShownEvents] = useState(draft.events);
  if (shownEvents !== draft.events) {
    setShownEvents(draft.events);
    const follow = (id: string | null): string | null => followEvent(shownEvents, draft.events, id);
    if (follow(across) !== across) setAcross(follow(across));
    if (follow(justRejected) !== justRejected) setJustRejected(follow(justRejected));
  }
  const fresh = !draft.events.some((e) => e.accounts.some((a) => a.source === source.id));
  // Worked out only while the list is open (it opens by itself for an article not yet quoted).
  const [open, setOpen] = useState(fresh);
  // A long article's suggestions come from a worker a moment later (null until then).
  const found = useArticleSuggestions(draft, source, LIMIT, open);
  const suggestions = useMemo<readonly EventSuggestion[]>(() => found?.events ?? [], [found]);
  // The dates inside a passage date the new event made from it.
  const reading = useArticleReading(source.text, source.published, draft.entities);
  const quotedHere = quotedFrom(draft, source.id);
  const others = useMemo(() => {
    if (across === null) return [];
    return draft.sources.flatMap((other) => {
      if (other.id === source.id) return [];
      const quoted = draft.events.find((e) => e.id === across)?.accounts.some((a) => a.source === other.id);
      if (quoted === true) return [];
      const found = articleSuggestions(draft, other, draft.events.length).find((s) => s.event === across);
      const taken = quotedFrom(draft, other.id);
      const quotes = inArticleOrder((found?.quotes ?? []).filter((q) => !overlaps(q, taken)));
      return quotes.length === 0 ? [] : [{ source: other, quotes }];
    });
  }, [across, draft, source.id]);
  const titles = new Map(draft.events.map((e) => [e.id as string, e]));
  const names = new Map(draft.entities.map((e) => [e.id as string, e.name[lang]]));
  // The passages still to offer: none already quoted from this article, under this event or another.
  const pendingOf = (s: EventSuggestion): SuggestedQuote[] =>
    inArticleOrder(s.quotes.filter((q) => !overlaps(q, quotedHere)));
  const quotesHere = (event: string): boolean =>
    titles.get(event)?.accounts.some((a) => a.source === source.id && a.quotes.length > 0) === true;
  // An accepted suggestion leaves the list (and comes back if its quotes are undone), and so does one
  // whose every passage is already quoted, and one with none to offer for an event this article
  // already tells (an event just made from it).
  const listed = suggestions.filter(
    (s) =>
      !rejected.has(s.event) &&
      !(accepted.has(s.event) && quotesHere(s.event)) &&
      (s.quotes.length === 0 ? !quotesHere(s.event) : pendingOf(s).length > 0),
  );
  // Those with no passage to offer wait behind "N other events may fit"; a reason found in a passage
  // quoted under another event is not given.
  const { offering: shown, mayFit } = listSuggestions(
    listed,
    (s) => pendingOf(s).length,
    (s) =>
      draft.events
        .filter((e) => e.id !== s.event)
        .flatMap((e) => e.accounts.filter((a) => a.source === source.id).flatMap((a) => a.quotes)),
  );
  // Passages worded like no event, not yet quoted here and not offered under a suggestion above: each
  // may start a new event.
  const offered = [...shown, ...mayFit].flatMap(pendingOf);
  const unfiled = inArticleOrder(
    (found?.fresh ?? []).filter((q) => !overlaps(q, quotedHere) && !overlaps(q, offered)),
  );
  const outlet = (id: string): string => {
    const s = draft.sources.find((x) => x.id === id);
    return s === undefined ? id : draftName(s, lang);
  };
  const pct = (x: number): string =>
    `${formatNumber(Math.round(x * 100), lang, display)}${lang === 'ar' ? '٪' : '%'}`;
  const setTick = (key: string, value: boolean): void => setTicks((m) => new Map([...m, [key, value]]));
  /** A list of passages to tick, each ticked as chosen or, never chosen, as the engine is sure of it. */
  const passages = (quotes: readonly SuggestedQuote[], source: string, event: string): React.JSX.Element => (
    <ul className="author-candidates">
      {quotes.map((q) => {
        const key = tickKey(source, event, q);
        return (
          <Passage
            key={q.start}
            quote={q}
            checked={ticks.get(key) ?? q.confident}
            onChange={(v) => setTick(key, v)}
          />
        );
      })}
    </ul>
  );
  const acrossTitle = across === null ? '' : titles.get(across)?.title[lang] || across;
  const acrossTicked = others.flatMap((o) =>
    across === null ? [] : attach(across, o.source.id, ticked(ticks, o.source.id, across, o.quotes)),
  );
  const item = (s: EventSuggestion): React.JSX.Element => {
    const ev = titles.get(s.event);
    const pending = pendingOf(s);
    const chosen = ticked(ticks, source.id, s.event, pending);
    return (
      <li key={s.event}>
        <h4>
          <bdi>{ev?.title[lang] || s.event}</bdi>
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
              {t('author.reason.wording', { source: outlet(bestWording(s)?.source ?? '') })}{' '}
              {t('author.reason.alike', { share: pct(bestWording(s)?.similarity ?? 0) })}
            </li>
          )}
        </ul>
        {pending.length === 0 ? (
          <p>{t('author.noPassages')}</p>
        ) : (
          <>
            <p>{t('author.candidateQuotes', { count: pending.length })}</p>
            {passages(pending, source.id, s.event)}
            <button
              type="button"
              disabled={chosen.length === 0}
              onClick={() => {
                dispatch({ type: 'batch', commands: attach(s.event, source.id, chosen) });
                setAccepted((r) => new Set([...r, s.event]));
                setJustRejected(null);
                setAcross(s.event);
                onEvent(s.event);
              }}
            >
              {t('author.accept', { count: chosen.length })}
            </button>{' '}
          </>
        )}
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'reject-suggestion', event: s.event, source: source.id, rejected: true });
            setJustRejected(s.event);
          }}
        >
          {t('author.reject')}
        </button>
      </li>
    );
  };
  return (
    <details
      className="author-suggestions"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {open ? t('author.suggestions', { count: shown.length }) : t('author.suggestionsClosed')}
      </summary>
      {across !== null && (
        <section className="author-across" aria-label={t('author.across', { event: acrossTitle })}>
          <h4>{t('author.acrossHeading')}</h4>
          <p>
            <bdi>{acrossTitle}</bdi>
          </p>
          {others.length === 0 && <p>{t('author.acrossNone')}</p>}
          {others.map((o) => (
            <div key={o.source.id}>
              <p className="author-across-source">
                <bdi>{draftName(o.source, lang)}</bdi>
              </p>
              {passages(o.quotes, o.source.id, across)}
            </div>
          ))}
          {others.length > 0 && (
            <button
              type="button"
              disabled={acrossTicked.length === 0}
              onClick={() => {
                dispatch({ type: 'batch', commands: acrossTicked });
                setAcross(null);
              }}
            >
              {t('author.acceptAcross', { count: acrossTicked.length })}
            </button>
          )}{' '}
          <button type="button" onClick={() => setAcross(null)}>
            {t('author.acrossDone')}
          </button>
        </section>
      )}
      {justRejected !== null && rejected.has(justRejected) && (
        <p className="author-removed" role="status">
          {t('author.rejected')} <bdi>{titles.get(justRejected)?.title[lang] || justRejected}</bdi>{' '}
          <button
            type="button"
            onClick={() => {
              dispatch({
                type: 'reject-suggestion',
                event: justRejected,
                source: source.id,
                rejected: false,
              });
              setJustRejected(null);
            }}
          >
            {t('workbench.undo')}
          </button>
        </p>
      )}
      {open && found === null && <p>{t('region.loading')}</p>}
      {open && found !== null && shown.length === 0 && <p>{t('author.noSuggestions')}</p>}
      {shown.length > 0 && <p className="author-hint">{t('author.tickHint')}</p>}
      <ol>{shown.map(item)}</ol>
      {mayFit.length > 0 && (
        <details className="author-may-fit">
          <summary>{t('author.mayFit', { count: mayFit.length })}</summary>
          <ol>{mayFit.map(item)}</ol>
        </details>
      )}
      {unfiled.length > 0 && (
        <section className="author-fresh" aria-label={t('author.freshHeading', { count: unfiled.length })}>
          <h4>{t('author.freshHeading', { count: unfiled.length })}</h4>
          <p className="author-hint">{t('author.freshHint')}</p>
          <ul className="author-candidates">
            {unfiled.map((q) => (
              <li key={q.start}>
                <span className="author-passage" lang="ar" dir="rtl">
                  {q.text}
                </span>{' '}
                <button
                  type="button"
                  onClick={() => {
                    const fields = eventFromSelection(q, reading?.dates ?? [], source);
                    const made = newEventWithQuote(draft, source.id, fields, q);
                    dispatch(made.command);
                    setJustRejected(null);
                    onEvent(made.id);
                  }}
                >
                  {t('author.newEventFromPassage')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {open && rejected.size > 0 && (
        <button
          type="button"
          onClick={() => {
            dispatch({
              type: 'batch',
              commands: [...rejected].map((event) => ({
                type: 'reject-suggestion' as const,
                event,
                source: source.id,
                rejected: false,
              })),
            });
            setJustRejected(null);
          }}
        >
          {t('author.showRejected', { count: rejected.size })}
        </button>
      )}
    </details>
  );
}
