import { useState } from 'react';
import {
  outletFields,
  outletFromAddress,
  publishedNoteDraft,
  type ArticleFields,
  type Draft,
} from '../../author';
import { sourceAddress, sourceLabel, type Bilingual } from '../../domain';
import { useT } from '../../i18n';
import type { ArticlePartProps } from './props';
import { BilingualFields, Choice, Field } from './Field';
import { Provenance } from './Provenance';

/**
 * Where an article comes from: outlet, address, publication date and how that date is known; what it
 * credits and what it rests on.
 */
export function ArticleMeta({
  source,
  draft,
  dispatch,
}: ArticlePartProps & { readonly draft?: Draft }): React.JSX.Element {
  const { t, lang } = useT();
  const set = (fields: ArticleFields): void => dispatch({ type: 'set-article', source: source.id, fields });
  // Open for an article nobody has described yet; then as the person leaves it.
  const [open, setOpen] = useState(source.outlet.en === '' && source.outlet.ar === '');
  const note: Bilingual = source.publishedNote ?? { ar: '', en: '' };
  const blank = (b: Bilingual): boolean => b.ar.trim() === '' && b.en.trim() === '';
  // Proposed from the address and the text, for the author to take in one click.
  const fromAddress = blank(source.outlet) ? outletFromAddress(source.url) : null;
  const drafted =
    source.publishedBasis === 'inferred' && source.published !== null && blank(note)
      ? publishedNoteDraft(source.text, source.url, source.published)
      : null;
  return (
    <details className="author-meta" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('author.aboutArticle')}</summary>
      <div className="author-grid">
        <BilingualFields
          labels={{ ar: t('author.outletAr'), en: t('author.outletEn') }}
          value={source.outlet}
          onCommit={(value) => set(outletFields(value))}
        />
        <Choice
          label={t('author.outletBasis')}
          value={source.outletBasis}
          options={(['stated', 'unknown'] as const).map((v) => ({
            value: v,
            label: t(`author.outletBases.${v}`),
          }))}
          onChange={(outletBasis) => set({ outletBasis })}
        />
        {!blank(source.outlet) && (
          // The one name readers will meet, and what it rests on: the text naming the site, its address, or neither.
          <p className="author-proposal-note">
            {t('author.readerName')} <bdi>{sourceLabel(source, lang)}</bdi>{' '}
            {t(
              source.outletBasis === 'stated'
                ? 'author.readerNameWhy.stated'
                : sourceAddress(source) !== null
                  ? 'author.readerNameWhy.address'
                  : 'author.readerNameWhy.unknown',
            )}
          </p>
        )}
        <Field
          label={t('author.url')}
          type="url"
          dir="ltr"
          value={source.url ?? ''}
          onCommit={(url) => set({ url: url.trim() === '' ? null : url.trim() })}
        />
        {fromAddress !== null && (
          <p className="author-proposal">
            <button type="button" onClick={() => set({ outlet: fromAddress.outlet })}>
              {t('author.outletFromAddress', { name: fromAddress.outlet[lang] })}
            </button>
            {fromAddress.country !== null && (
              <span className="author-proposal-note">
                {' '}
                {t('author.countryFromAddress', {
                  ending: fromAddress.host.slice(fromAddress.host.lastIndexOf('.')),
                })}
              </span>
            )}
          </p>
        )}
        <Field
          label={t('author.published')}
          type="date"
          dir="ltr"
          value={source.published ?? ''}
          onCommit={(published) =>
            set(
              published === ''
                ? { published: null, publishedBasis: 'unknown' }
                : {
                    published,
                    ...(source.publishedBasis === 'unknown'
                      ? { publishedBasis: 'stated' as const, publishedNote: null }
                      : {}),
                  },
            )
          }
        />
        <Choice
          label={t('author.publishedBasis')}
          value={source.publishedBasis}
          options={(['stated', 'inferred', 'unknown'] as const).map((v) => ({
            value: v,
            label: t(`author.publishedBases.${v}`),
          }))}
          onChange={(publishedBasis) =>
            set({
              publishedBasis,
              ...(publishedBasis === 'stated' ? { publishedNote: null } : { publishedNote: note }),
              ...(publishedBasis === 'unknown' ? { published: null } : {}),
            })
          }
        />
        {source.publishedBasis !== 'stated' && (
          <>
            <BilingualFields
              labels={{ ar: t('author.publishedNoteAr'), en: t('author.publishedNoteEn') }}
              value={note}
              multiline
              onCommit={(value) => set({ publishedNote: value })}
            />
            {drafted !== null && (
              <p className="author-proposal">
                <button type="button" onClick={() => set({ publishedNote: drafted })}>
                  {t('author.draftPublishedNote')}
                </button>{' '}
                <span className="author-proposal-note" lang={lang} dir="auto">
                  {drafted[lang]}
                </span>
              </p>
            )}
          </>
        )}
      </div>
      <Provenance source={source} dispatch={dispatch} {...(draft === undefined ? {} : { draft })} />
    </details>
  );
}
