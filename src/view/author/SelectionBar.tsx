import { useId, useState } from 'react';
import {
  creditFromWords,
  eventFromSelection,
  newEventWithQuote,
  type Command,
  type Draft,
} from '../../author';
import { OUT_OF_SCOPE_KINDS, type OutOfScopeKind, type SourceWithText, type Span } from '../../domain';
import { useT } from '../../i18n';
import { useArticleReading } from './analysis';
import { ArabicQuote } from './ArabicQuote';

/** What to do with the selected passage: quote it under an event, start a new event with it, or mark it out of scope. */
export function SelectionBar({
  source,
  draft,
  selection,
  event,
  onEvent,
  onPick,
  onUsed,
  onEntity,
  dispatch,
}: {
  readonly source: SourceWithText;
  readonly draft: Draft;
  readonly selection: Span | null;
  readonly event: string | null;
  readonly onEvent: (id: string) => void;
  /** Makes another event the one being written: one current event, here and in the event panel. */
  readonly onPick: (id: string | null) => void;
  /** The selection has been used (quoted, credited, marked): it is let go, so nothing reuses it. */
  readonly onUsed: () => void;
  /** Opens the form for a new person, organisation or place named by the selected words. */
  readonly onEntity: (words: string) => void;
  readonly dispatch: (c: Command) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  // The dates inside a selection date the event made from it (shared with the text's own reading).
  const reading = useArticleReading(source.text, source.published, draft.entities);
  const [kind, setKind] = useState<OutOfScopeKind>('site-furniture');
  // The event being written is the one quoted under: a new event made from a date or a selection
  // is where the next quote goes, never an event chosen earlier in a list of its own.
  const chosen = event !== null && draft.events.some((e) => e.id === event) ? event : '';
  const none = selection === null;
  return (
    <div className="author-selection" role="toolbar" aria-label={t('author.selectionTools')}>
      <p className="author-selected" aria-live="polite">
        {selection === null ? (
          t('author.noSelection')
        ) : (
          <>
            {t('author.selected', { count: selection.end - selection.start })}{' '}
            <ArabicQuote
              text={
                source.text.slice(selection.start, Math.min(selection.end, selection.start + 80)) +
                (selection.end - selection.start > 80 ? '…' : '')
              }
            />
          </>
        )}
      </p>
      <div className="author-selection-actions">
        <label htmlFor={`${id}-ev`}>{t('author.quoteTo')}</label>
        <select
          id={`${id}-ev`}
          value={chosen}
          onChange={(e) => onPick(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('author.chooseEvent')}</option>
          {draft.events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.start} {e.title[lang] || e.id}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={none || chosen === ''}
          onClick={() => {
            if (selection === null) return;
            dispatch({ type: 'attach-quote', event: chosen, source: source.id, ...selection });
            onUsed();
            onEvent(chosen);
          }}
        >
          {t('author.attachQuote')}
        </button>
        <button
          type="button"
          disabled={none}
          onClick={() => {
            if (selection === null) return;
            const fields = eventFromSelection(selection, reading?.dates ?? [], source);
            const { id: eid, command } = newEventWithQuote(draft, source.id, fields, selection);
            dispatch(command);
            onUsed();
            onEvent(eid);
          }}
        >
          {t('author.newEventFromSelection')}
        </button>
        <button
          type="button"
          disabled={none}
          onClick={() => {
            if (selection === null) return;
            // «المصدر: روسيا اليوم» credits «روسيا اليوم» as where the text comes from.
            const { name, role } = creditFromWords(source.text.slice(selection.start, selection.end));
            dispatch({ type: 'add-credit', source: source.id, role, name, ...selection });
            onUsed();
          }}
        >
          {t('author.creditSelection')}
        </button>
        <button
          type="button"
          disabled={none}
          onClick={() => {
            if (selection !== null) onEntity(source.text.slice(selection.start, selection.end).trim());
          }}
        >
          {t('workbench.entityFromSelection')}
        </button>
        <label htmlFor={`${id}-kind`}>{t('author.outKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as OutOfScopeKind)}>
          {OUT_OF_SCOPE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`author.outKinds.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={none}
          onClick={() => {
            if (selection === null) return;
            dispatch({ type: 'mark-out-of-scope', source: source.id, kind, ...selection });
            onUsed();
          }}
        >
          {t('author.markOut')}
        </button>
      </div>
      {source.outOfScope.length > 0 && (
        <ul className="author-out-list" aria-label={t('author.outParts')}>
          {source.outOfScope.map((o) => (
            <li key={o.start}>
              <span lang="ar" dir="rtl">
                {source.text.slice(o.start, Math.min(o.end, o.start + 40))}…
              </span>{' '}
              ({t(`author.outKinds.${o.kind}`)}){' '}
              <button
                type="button"
                onClick={() => dispatch({ type: 'unmark-out-of-scope', source: source.id, start: o.start })}
              >
                {t('author.unmark')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
