import { newClaimId, type Command } from '../../author';
import type { Entity, TimelineEvent } from '../../domain';
import { useT } from '../../i18n';
import { BilingualFields } from './Field';

/** The event's claims: add, word in both languages, attribute (`by`), reorder, merge. */
export function Claims({
  event,
  entities,
  dispatch,
  onRemove,
}: {
  readonly event: TimelineEvent;
  readonly entities: readonly Entity[];
  readonly dispatch: (c: Command) => void;
  readonly onRemove: (c: Command, what: string) => void;
}): React.JSX.Element {
  const { t, lang } = useT();
  const ev = event.id;
  return (
    <section className="author-claims" aria-labelledby={`claims-${ev}`}>
      <h3 id={`claims-${ev}`}>{t('author.claims', { count: event.claims.length })}</h3>
      <ol>
        {event.claims.map((c, i) => (
          <li key={c.id}>
            <BilingualFields
              labels={{ ar: t('author.claimAr'), en: t('author.claimEn') }}
              value={c.text}
              onCommit={(value) => dispatch({ type: 'set-claim', event: ev, claim: c.id, text: value })}
            />
            <label htmlFor={`by-${ev}-${c.id}`}>{t('author.by')}</label>{' '}
            <select
              id={`by-${ev}-${c.id}`}
              value={c.by ?? ''}
              onChange={(e) =>
                dispatch({
                  type: 'set-claim',
                  event: ev,
                  claim: c.id,
                  by: e.target.value === '' ? null : e.target.value,
                })
              }
            >
              <option value="">{t('author.byNobody')}</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name[lang] || e.name[lang === 'ar' ? 'en' : 'ar']}
                </option>
              ))}
            </select>
            <div className="author-claim-actions">
              <button
                type="button"
                disabled={i === 0}
                aria-label={t('author.moveUp', { claim: c.text[lang] || c.id })}
                onClick={() => dispatch({ type: 'move-claim', event: ev, claim: c.id, to: i - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === event.claims.length - 1}
                aria-label={t('author.moveDown', { claim: c.text[lang] || c.id })}
                onClick={() => dispatch({ type: 'move-claim', event: ev, claim: c.id, to: i + 1 })}
              >
                ↓
              </button>
              {event.claims.length > 1 && (
                <>
                  <label htmlFor={`merge-${ev}-${c.id}`}>{t('author.mergeInto')}</label>
                  <select
                    id={`merge-${ev}-${c.id}`}
                    value=""
                    onChange={(e) => {
                      if (e.target.value !== '')
                        dispatch({ type: 'merge-claims', event: ev, from: c.id, into: e.target.value });
                    }}
                  >
                    <option value="">—</option>
                    {event.claims
                      .filter((o) => o.id !== c.id)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.text[lang] || o.id}
                        </option>
                      ))}
                  </select>
                </>
              )}
              <button
                type="button"
                onClick={() =>
                  onRemove({ type: 'remove-claim', event: ev, claim: c.id }, t('workbench.whatClaim'))
                }
              >
                {t('workbench.removeClaim')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          dispatch({ type: 'add-claim', event: ev, id: newClaimId(event), text: { ar: '', en: '' } })
        }
      >
        {t('author.addClaim')}
      </button>
    </section>
  );
}
