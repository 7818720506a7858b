import {
  itemChosen,
  quoteKey,
  reportingSources,
  sourceLabel,
  type BriefingCommand,
  type BriefingItem,
  type DatasetIndex,
  type EventChoices,
  type Lang,
  type TimelineEvent,
} from '../../domain';
import { formatEventDate, formatNumber, useT } from '../../i18n';
import { SourceName } from '../compare/SourceName';
import { Translation } from '../compare/Translation';
import { DataText } from '../DataText';
import { BilingualField } from './BilingualField';

export interface BriefingItemEditorProps {
  readonly index: DatasetIndex;
  readonly item: BriefingItem;
  readonly event: TimelineEvent;
  readonly all: EventChoices;
  readonly position: number;
  readonly count: number;
  readonly onCommand: (c: BriefingCommand) => void;
}

/** Alt+↑/↓ anywhere on the event moves it, except in a text field, where they belong to the text. */
const movesBy = (e: React.KeyboardEvent): number => {
  if (!e.altKey || e.ctrlKey || e.metaKey) return 0;
  const field = (e.target as HTMLElement).closest('textarea, input[type="text"]');
  if (field !== null) return 0;
  return e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
};

/**
 * One event of the briefing: move and remove it, tick the sources, quotes (each its exact words) and
 * claims shown, and write the speaker notes for its slides.
 */
export function BriefingItemEditor({
  index,
  item,
  event,
  all,
  position,
  count,
  onCommand,
}: BriefingItemEditorProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const chosen = itemChosen(item, all);
  const title = event.title[lang];
  const move = (to: number): void => onCommand({ kind: 'move-event', event: event.id, to });
  const reporting = reportingSources(index, event);
  const id = `brief-${event.id}`;
  return (
    <li
      className="brief-item"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        const by = movesBy(e);
        if (by === 0) return;
        e.preventDefault();
        move(position + by);
      }}
    >
      <div className="brief-item-head">
        <span className="brief-item-number">{formatNumber(position + 1, lang, display)}</span>
        <h4 id={`${id}-title`} className="brief-item-title">
          <time dateTime={event.start}>{formatEventDate(event.start, event.end, lang, display)}</time>{' '}
          <DataText text={title} />
        </h4>
        <span className="brief-item-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('briefing.moveUp', { title })}
            title={t('briefing.moveUp', { title })}
            // Not `disabled`: a button that goes disabled under the keyboard drops the focus.
            aria-disabled={position === 0}
            onClick={() => move(position - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('briefing.moveDown', { title })}
            title={t('briefing.moveDown', { title })}
            aria-disabled={position === count - 1}
            onClick={() => move(position + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('briefing.remove', { title })}
            title={t('briefing.remove', { title })}
            onClick={() => onCommand({ kind: 'remove-event', event: event.id })}
          >
            ×
          </button>
        </span>
      </div>
      <details className="brief-choices">
        <summary>{t('briefing.choices')}</summary>
        <fieldset>
          <legend>{t('briefing.sources')}</legend>
          {reporting.map((s) => {
            const on = chosen.sources.has(s.id);
            const quotes = all.quotes.filter((q) => q.source === s.id);
            const account = event.accounts.find((a) => a.source === s.id);
            return (
              <div key={s.id} className="brief-source">
                <label className="brief-check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => onCommand({ kind: 'toggle-source', event: event.id, source: s.id, all })}
                  />{' '}
                  <SourceName source={s} />
                </label>
                {on && (
                  <ul
                    className="brief-quotes"
                    aria-label={`${t('briefing.quotes')}: ${sourceLabel(s, lang)}`}
                  >
                    {quotes.map((ref) => {
                      const q = account?.quotes.find((x) => x.start === ref.start && x.end === ref.end);
                      return q === undefined ? null : (
                        <li key={quoteKey(ref)}>
                          <label className="brief-check">
                            <input
                              type="checkbox"
                              checked={chosen.quotes.has(quoteKey(ref))}
                              onChange={() =>
                                onCommand({ kind: 'toggle-quote', event: event.id, quote: ref, all })
                              }
                            />{' '}
                            <span lang="ar" dir="rtl" className="brief-quote">
                              {q.text}
                            </span>
                          </label>
                          {lang === 'en' && <Translation text={q.en} className="brief-quote-en" />}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            );
          })}
        </fieldset>
        {event.claims.length > 0 && (
          <fieldset>
            <legend>{t('briefing.claims')}</legend>
            {event.claims.map((c) => (
              <label key={c.id} className={`brief-check${c.variantOf !== undefined ? ' brief-variant' : ''}`}>
                <input
                  type="checkbox"
                  checked={chosen.claims.has(c.id)}
                  onChange={() => onCommand({ kind: 'toggle-claim', event: event.id, claim: c.id, all })}
                />{' '}
                {c.variantOf !== undefined && <span className="badge">{t('briefing.variant')}</span>}{' '}
                <DataText text={c.text[lang]} />
              </label>
            ))}
          </fieldset>
        )}
      </details>
      <BilingualField
        legend={t('briefing.eventNotes')}
        labels={{ ar: t('briefing.notesAr'), en: t('briefing.notesEn') }}
        value={item.notes}
        multiline
        onChange={(l: Lang, text: string) =>
          onCommand({ kind: 'set-item-notes', event: event.id, lang: l, text })
        }
      />
    </li>
  );
}
