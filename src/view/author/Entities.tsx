import { useEffect, useId, useMemo, useState } from 'react';
import {
  addNamesCommand,
  candidateNames,
  newEntityId,
  sideFor,
  type Command,
  type Draft,
  type EntityFields,
} from '../../author';
import {
  sideName,
  sidesOf,
  type Bilingual,
  type Entity,
  type EntityKind,
  type SourceWithText,
} from '../../domain';
import { useT } from '../../i18n';
import { ConfirmButton } from './ConfirmButton';
import { EntityForm, type EntityDraft } from './EntityForm';

/** An entity's name in the interface's language, else in the other one. */
export const entityName = (e: Entity, lang: 'ar' | 'en'): string =>
  e.name[lang] || e.name[lang === 'ar' ? 'en' : 'ar'] || e.id;

/** The command that adds an entity from a form, with the id it will have. */
export function addEntity(draft: Draft, fields: EntityFields): { id: string; command: Command } {
  const name: Bilingual = fields.name ?? { ar: '', en: '' };
  const id = newEntityId(draft, name, fields.kind ?? 'person');
  return { id, command: { type: 'add-entity', id, fields } };
}

/** A blank form for a name found in the text: the name is one of its spellings, listed first. */
export const draftFor = (
  ar: string,
  aliases: readonly string[],
  side: EntityDraft['side'],
  kind: EntityKind = 'person',
): EntityDraft => ({
  kind,
  side,
  name: { ar, en: '' },
  aliases: ar === '' ? aliases : [ar, ...aliases.filter((a) => a !== ar)],
});

/**
 * The story's own people, organisations, countries and places: each can be edited, merged into
 * another (its spellings and references follow) or removed; new ones come from the form, from a
 * selection in the article (`request`) or from the names found in the article.
 */
export function Entities({
  draft,
  source,
  request,
  onRequestDone,
  open = null,
  onOpened,
  dispatch,
  onRemove,
}: {
  readonly draft: Draft;
  readonly source: SourceWithText | null;
  /** A form asked for from elsewhere (a selection): shown open. */
  readonly request: EntityDraft | null;
  readonly onRequestDone: () => void;
  /** An entity to open for editing (a problem chosen in the list), then let go with `onOpened`. */
  readonly open?: string | null;
  readonly onOpened?: () => void;
  readonly dispatch: (c: Command) => void;
  readonly onRemove: (c: Command, what: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<EntityDraft | null>(null);
  const [merging, setMerging] = useState<Record<string, string>>({});
  const form = request ?? adding;
  useEffect(() => {
    if (open === null) return;
    setEditing(open);
    onOpened?.();
  }, [open, onOpened]);
  const found = useMemo(
    () => (source === null ? [] : candidateNames(source.text, draft.entities, source.outOfScope).slice(0, 8)),
    [source, draft.entities],
  );
  const close = (): void => {
    setAdding(null);
    onRequestDone();
  };
  return (
    <section className="author-entities" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('workbench.entities', { count: draft.entities.length })}</h2>
      {draft.entities.length === 0 && <p>{t('workbench.noEntities')}</p>}
      <ul>
        {draft.entities.map((e) => (
          <li key={e.id}>
            {editing === e.id ? (
              <EntityForm
                initial={e}
                sides={sidesOf(draft)}
                onCancel={() => setEditing(null)}
                onSave={(fields) => {
                  dispatch({ type: 'set-entity', entity: e.id, fields });
                  setEditing(null);
                }}
              />
            ) : (
              <>
                <bdi className="author-entity-name">{entityName(e, lang)}</bdi>{' '}
                <span className="author-entity-kind">
                  {t(`profile.kind.${e.kind}`)} · {sideName(draft, e.side, lang)}
                </span>
                <div className="author-entity-actions">
                  <button
                    type="button"
                    aria-label={t('workbench.editNamed', { name: entityName(e, lang) })}
                    onClick={() => setEditing(e.id)}
                  >
                    {t('workbench.edit')}
                  </button>
                  {draft.entities.length > 1 && (
                    <>
                      <label htmlFor={`${id}-${e.id}-m`} className="visually-hidden">
                        {t('workbench.mergeLabel', { name: entityName(e, lang) })}
                      </label>
                      <select
                        id={`${id}-${e.id}-m`}
                        value={merging[e.id] ?? ''}
                        onChange={(x) => setMerging({ ...merging, [e.id]: x.target.value })}
                      >
                        <option value="">{t('workbench.mergeLabel', { name: entityName(e, lang) })}…</option>
                        {draft.entities
                          .filter((o) => o.id !== e.id)
                          .map((o) => (
                            <option key={o.id} value={o.id}>
                              {entityName(o, lang)}
                            </option>
                          ))}
                      </select>
                      <button
                        type="button"
                        aria-label={t('workbench.mergeNamed', { name: entityName(e, lang) })}
                        disabled={(merging[e.id] ?? '') === ''}
                        onClick={() =>
                          onRemove(
                            { type: 'merge-entities', from: e.id, into: merging[e.id] ?? '' },
                            t('workbench.whatEntity', { name: entityName(e, lang) }),
                          )
                        }
                      >
                        {t('workbench.merge')}
                      </button>
                    </>
                  )}
                  <ConfirmButton
                    label={t('workbench.remove')}
                    name={t('workbench.removeNamed', { name: entityName(e, lang) })}
                    ask={t('workbench.removeEntityAsk', { name: entityName(e, lang) })}
                    onConfirm={() =>
                      onRemove(
                        { type: 'remove-entity', entity: e.id },
                        t('workbench.whatEntity', { name: entityName(e, lang) }),
                      )
                    }
                  />
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {form !== null ? (
        <EntityForm
          key={JSON.stringify(form)}
          initial={form}
          sides={sidesOf(draft)}
          onCancel={close}
          onSave={(fields) => {
            dispatch(addEntity(draft, fields).command);
            close();
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(draftFor('', [], sideFor(draft, 'other')))}>
          {t('workbench.newEntity')}
        </button>
      )}
      {found.length > 0 && (
        <>
          <h3>{t('workbench.candidates')}</h3>
          <ul className="author-names">
            {found.map((c) => (
              <li key={c.name}>
                <bdi lang="ar">{c.name}</bdi> ({t('workbench.mentions', { count: c.count })}){' '}
                <button
                  type="button"
                  aria-label={`${t('workbench.add')} ${c.name}`}
                  onClick={() => setAdding(draftFor(c.name, c.aliases, sideFor(draft, c.side), c.kind))}
                >
                  {t('workbench.add')}
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button
              type="button"
              onClick={() => {
                const command = addNamesCommand(draft, found);
                if (command !== null) dispatch(command);
              }}
            >
              {t('workbench.addAllNames', { count: found.length })}
            </button>{' '}
            <span className="author-proposal-note">{t('workbench.addAllNamesHint')}</span>
          </p>
        </>
      )}
    </section>
  );
}
