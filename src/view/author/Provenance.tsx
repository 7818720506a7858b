import { originKey, type Draft } from '../../author';
import {
  CREDIT_ROLES,
  PROVENANCE_EXTENTS,
  type Bilingual,
  type Credit,
  type ProvenanceExtent,
} from '../../domain';
import { useT } from '../../i18n';
import type { ArticlePartProps } from './props';
import { ArabicQuote } from './ArabicQuote';
import { BilingualFields, Choice, Field } from './Field';

const BLANK: Bilingual = { ar: '', en: '' };

/**
 * What an article credits (agencies and outlets it names, anchored at their words; made from a selection)
 * and the reports it rests on: one credited at its words, or one inferred from shared wording.
 */
export function Provenance({
  source,
  draft,
  dispatch,
}: ArticlePartProps & { readonly draft?: Draft }): React.JSX.Element {
  const { t } = useT();
  const id = source.id;
  const restsOn = source.restsOn ?? [];
  const restOn = (c: Credit): void =>
    dispatch({
      type: 'add-rests-on',
      source: id,
      origin: originKey(c.name.en) || `origin-${restsOn.length + 1}`,
      name: c.name,
      basis: 'credited',
      extent: 'whole',
      note: BLANK,
      anchor: { start: c.start, end: c.end },
    });
  return (
    <div className="author-provenance">
      <h3>{t('author.credits', { count: source.credits.length })}</h3>
      {source.credits.length === 0 && <p>{t('author.noCredits')}</p>}
      <ul aria-label={t('author.creditList')}>
        {source.credits.map((c) => (
          <li key={c.start} className="author-credit">
            <ArabicQuote text={c.text} />
            <BilingualFields
              value={c.name}
              labels={{ ar: t('author.nameAr'), en: t('author.nameEn') }}
              onCommit={(name) => dispatch({ type: 'set-credit', source: id, start: c.start, name })}
            />
            <Choice
              label={t('author.creditRole')}
              value={c.role}
              options={CREDIT_ROLES.map((r) => ({ value: r, label: t(`author.creditRoles.${r}`) }))}
              onChange={(role) => dispatch({ type: 'set-credit', source: id, start: c.start, role })}
            />
            <button type="button" onClick={() => restOn(c)}>
              {t('author.restsOnCredit')}
            </button>
            <button
              type="button"
              onClick={() => dispatch({ type: 'remove-credit', source: id, start: c.start })}
            >
              {t('author.removeCredit')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('author.restsOn', { count: restsOn.length })}</h3>
      <ul aria-label={t('author.restsOnList')}>
        {restsOn.map((p, i) => (
          <li key={`${p.origin}-${i}`} className="author-rests-on">
            <p>
              {t(`author.provenanceBases.${p.basis}`)}
              {p.anchor !== undefined && (
                <>
                  {' '}
                  <ArabicQuote text={p.anchor.text} />
                </>
              )}
            </p>
            <Field
              label={t('author.origin')}
              dir="ltr"
              value={p.origin}
              onCommit={(origin) => dispatch({ type: 'set-rests-on', source: id, index: i, origin })}
            />
            <BilingualFields
              value={p.name}
              labels={{ ar: t('author.nameAr'), en: t('author.nameEn') }}
              onCommit={(name) => dispatch({ type: 'set-rests-on', source: id, index: i, name })}
            />
            <Choice<ProvenanceExtent>
              label={t('author.extent')}
              value={p.extent ?? 'whole'}
              options={PROVENANCE_EXTENTS.map((x) => ({ value: x, label: t(`author.extents.${x}`) }))}
              onChange={(extent) => dispatch({ type: 'set-rests-on', source: id, index: i, extent })}
            />
            <BilingualFields
              value={p.note}
              labels={{ ar: t('author.noteAr'), en: t('author.noteEn') }}
              onCommit={(note) => dispatch({ type: 'set-rests-on', source: id, index: i, note })}
            />
            {p.extent === 'part' && draft !== undefined && (
              <RestingPassages source={source} draft={draft} origin={p.origin} dispatch={dispatch} />
            )}
            <button type="button" onClick={() => dispatch({ type: 'remove-rests-on', source: id, index: i })}>
              {t('author.removeRestsOn')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          dispatch({
            type: 'add-rests-on',
            source: id,
            origin: `origin-${restsOn.length + 1}`,
            name: BLANK,
            basis: 'inferred',
            extent: 'part',
            note: BLANK,
          })
        }
      >
        {t('author.addInferred')}
      </button>
    </div>
  );
}

/**
 * The article's quotes, each with a tick for "rests on this report": the passages a report of "some
 * passages" explains, so that the shared copy they hold is accounted for without claiming the whole
 * text (#24 D4).
 */
function RestingPassages({
  source,
  draft,
  origin,
  dispatch,
}: ArticlePartProps & { readonly draft: Draft; readonly origin: string }): React.JSX.Element {
  const { t } = useT();
  const quotes = draft.events.flatMap((e) =>
    e.accounts
      .filter((a) => a.source === source.id)
      .flatMap((a) => a.quotes.map((q) => ({ event: e.id, q }))),
  );
  return (
    <fieldset className="author-resting">
      <legend>{t('author.restingPassages', { count: quotes.length })}</legend>
      {quotes.length === 0 && <p>{t('author.restingNone')}</p>}
      {quotes.map(({ event, q }) => (
        <label key={`${event}-${q.start}`}>
          <input
            type="checkbox"
            checked={q.restsOn?.some((x) => x.origin === origin) === true}
            onChange={(e) =>
              dispatch({
                type: 'set-quote-rests-on',
                quote: { event, source: source.id, start: q.start, end: q.end },
                origin,
                on: e.currentTarget.checked,
              })
            }
          />{' '}
          <span className="author-passage" lang="ar" dir="rtl">
            {q.text}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
