import { useMemo } from 'react';
import { candidateNames, type Command, type Draft, type EventFields } from '../../author';
import { DATE_BASES, kindName, kindsOf, PRECISIONS, type Entity, type TimelineEvent } from '../../domain';
import { useT } from '../../i18n';
import { addEntity } from './Entities';
import { Choice, Field } from './Field';

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
  const { t, lang } = useT();
  const set = (fields: EventFields): void => dispatch({ type: 'update-event', event: event.id, fields });
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
  return (
    <div className="author-grid author-event-form">
      <Field
        label={t('author.titleAr')}
        lang="ar"
        dir="rtl"
        value={event.title.ar}
        onCommit={(ar) => set({ title: { ...event.title, ar } })}
      />
      <Field
        label={t('author.titleEn')}
        lang="en"
        dir="ltr"
        value={event.title.en}
        onCommit={(en) => set({ title: { ...event.title, en } })}
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
      <Field
        label={t('author.basisNoteAr')}
        lang="ar"
        dir="rtl"
        multiline
        value={event.basisNote.ar}
        onCommit={(ar) => set({ basisNote: { ...event.basisNote, ar } })}
      />
      <Field
        label={t('author.basisNoteEn')}
        lang="en"
        dir="ltr"
        multiline
        value={event.basisNote.en}
        onCommit={(en) => set({ basisNote: { ...event.basisNote, en } })}
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
                        kind: 'person',
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
      <Field
        label={t('author.summaryAr')}
        lang="ar"
        dir="rtl"
        multiline
        value={event.summary.ar}
        onCommit={(ar) => set({ summary: { ...event.summary, ar } })}
      />
      <Field
        label={t('author.summaryEn')}
        lang="en"
        dir="ltr"
        multiline
        value={event.summary.en}
        onCommit={(en) => set({ summary: { ...event.summary, en } })}
      />
    </div>
  );
}
