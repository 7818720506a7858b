import { useId, useMemo } from 'react';
import {
  candidateNames,
  contextCorrection,
  draftedFields,
  draftEventText,
  updateEventCommand,
  type Command,
  type Draft,
  type EventFields,
} from '../../author';
import {
  DATE_BASES,
  draftName,
  kindName,
  kindsOf,
  PRECISIONS,
  type Entity,
  type TimelineEvent,
} from '../../domain';
import { formatEventDate, useT } from '../../i18n';
import { articleDates } from './analysis';
import { addEntity } from './Entities';
import { BilingualFields, Choice, Field } from './Field';

/** An event's own fields: date and how it is known, kind, actors, bilingual title and summary. */
export function EventForm({
  draft,
  event,
  entities,
  mentioned,
  dispatch,
}: {
  readonly draft: Draft;
  readonly event: TimelineEvent;
  readonly entities: readonly Entity[];
  /** Entities the event's articles mention: offered first as actors. */
  readonly mentioned: ReadonlySet<string>;
  readonly dispatch: (c: Command) => void;
}): React.JSX.Element {
  const { t, lang, display } = useT();
  // A new event's id follows its date and title, in the same undo step (#24 D8).
  const set = (fields: EventFields): void => dispatch(updateEventCommand(draft, event.id, fields));
  const offered = entities.filter((e) => mentioned.has(e.id) || event.actors.includes(e.id));
  // People the event's quotes name after a title whom the draft does not know yet.
  const unknown = useMemo(() => {
    const byName = new Map(
      event.accounts
        .flatMap((a) => a.quotes.flatMap((q) => candidateNames(q.text, entities)))
        .map((c) => [c.name, c]),
    );
    return [...byName.values()];
  }, [event.accounts, entities]);
  // A date no words of its quotes give (a misdated outlet corrected): the honest basis offered (#24 D10).
  const honest = useMemo(
    () =>
      contextCorrection(event, draft.sources, (id) => {
        const s = draft.sources.find((x) => x.id === id);
        return s === undefined ? [] : articleDates(s.text, s.published);
      }),
    [event, draft.sources],
  );
  // The title and summary drafted from a quote, for the empty fields only (one undo step).
  const drafted = useMemo(() => draftEventText(event, draft.sources), [event, draft.sources]);
  const filled = drafted === null ? null : draftedFields(event, drafted);
  const draftNote = useId();
  const from = drafted === null ? undefined : draft.sources.find((s) => s.id === drafted.source);
  return (
    <div className="author-grid author-event-form">
      {drafted !== null && filled !== null && (
        <div className="author-offer">
          <button type="button" aria-describedby={draftNote} onClick={() => set(filled)}>
            {t('workbench.draftText')}
          </button>
          <p id={draftNote}>
            {t('workbench.draftFromQuote')}{' '}
            <bdi>{from === undefined ? drafted.source : draftName(from, lang)}</bdi>{' '}
            {drafted.why === 'shared'
              ? t('workbench.draftShared', { count: drafted.sharedBy, total: drafted.sources })
              : t(drafted.why === 'earliest' ? 'workbench.draftEarliest' : 'workbench.draftFirst')}
            . {t('workbench.draftOnlyEmpty')}
            {!drafted.rendered && ` ${t('workbench.draftNoEnglish')}`}
          </p>
        </div>
      )}
      <BilingualFields
        labels={{ ar: t('author.titleAr'), en: t('author.titleEn') }}
        value={event.title}
        onCommit={(value) => set({ title: value })}
      />
      <Field
        label={t('author.start')}
        dir="ltr"
        value={event.start}
        placeholder="YYYY-MM-DD"
        onCommit={(start) => set({ start })}
      />
      <Field
        label={t('author.end')}
        dir="ltr"
        value={event.end ?? ''}
        placeholder="YYYY-MM-DD"
        onCommit={(end) => set({ end: end === '' ? null : end })}
      />
      <Choice
        label={t('author.precision')}
        value={event.precision}
        options={PRECISIONS.map((p) => ({ value: p, label: t(`author.precisions.${p}`) }))}
        onChange={(precision) => set({ precision })}
      />
      <Choice
        label={t('author.basis')}
        value={event.basis}
        options={DATE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
        onChange={(basis) => set({ basis })}
      />
      {honest !== null && (
        <div className="author-offer" role="status">
          <p>
            {t('workbench.misdated', {
              date: formatEventDate(event.start, event.end, lang, display),
              basis: t(`basis.${event.basis}`),
              honest: t('basis.context'),
            })}
          </p>
          <button type="button" onClick={() => set(honest)}>
            {t('workbench.useContext', { honest: t('basis.context') })}
          </button>
        </div>
      )}
      <BilingualFields
        labels={{ ar: t('author.basisNoteAr'), en: t('author.basisNoteEn') }}
        value={event.basisNote}
        multiline
        onCommit={(value) => set({ basisNote: value })}
      />
      <Choice
        label={t('author.kind')}
        value={event.kind}
        options={kindsOf(draft).map((k) => ({ value: k.id, label: kindName(draft, k.id, lang) }))}
        onChange={(kind) => set({ kind })}
      />
      <fieldset className="author-actors">
        <legend>{t('author.actors')}</legend>
        {offered.length === 0 && unknown.length === 0 && <p>{t('author.noActors')}</p>}
        {offered.map((e) => (
          <label key={e.id}>
            <input
              type="checkbox"
              checked={event.actors.includes(e.id)}
              onChange={(x) =>
                set({
                  actors: x.target.checked ? [...event.actors, e.id] : event.actors.filter((a) => a !== e.id),
                })
              }
            />{' '}
            <bdi>{e.name[lang] || e.name[lang === 'ar' ? 'en' : 'ar']}</bdi>
          </label>
        ))}
        {unknown.length > 0 && (
          <>
            <p className="author-candidates-h">{t('workbench.candidatesInQuotes')}</p>
            <ul className="author-names">
              {unknown.map((c) => (
                <li key={c.name}>
                  <bdi lang="ar">{c.name}</bdi>{' '}
                  <button
                    type="button"
                    aria-label={`${t('workbench.addAsActor')}: ${c.name}`}
                    onClick={() => {
                      const { id, command } = addEntity(draft, {
                        kind: c.kind,
                        side: c.side,
                        name: { ar: c.name, en: '' },
                        aliases: c.aliases,
                      });
                      dispatch({
                        type: 'batch',
                        commands: [
                          command,
                          {
                            type: 'update-event',
                            event: event.id,
                            fields: { actors: [...event.actors, id] },
                          },
                        ],
                      });
                    }}
                  >
                    {t('workbench.addAsActor')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <BilingualFields
        labels={{ ar: t('author.summaryAr'), en: t('author.summaryEn') }}
        value={event.summary}
        multiline
        onCommit={(value) => set({ summary: value })}
      />
    </div>
  );
}
