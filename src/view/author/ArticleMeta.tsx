import { useState } from 'react';
import type { ArticleFields, Draft } from '../../author';
import type { Bilingual } from '../../domain';
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
  const { t } = useT();
  const set = (fields: ArticleFields): void => dispatch({ type: 'set-article', source: source.id, fields });
  // Open for an article nobody has described yet; then as the person leaves it.
  const [open, setOpen] = useState(source.outlet.en === '' && source.outlet.ar === '');
  const note: Bilingual = source.publishedNote ?? { ar: '', en: '' };
  return (
    <details className="author-meta" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('author.aboutArticle')}</summary>
      <div className="author-grid">
        <BilingualFields
          labels={{ ar: t('author.outletAr'), en: t('author.outletEn') }}
          value={source.outlet}
          onCommit={(value) => set({ outlet: value })}
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
        <Field
          label={t('author.url')}
          type="url"
          dir="ltr"
          value={source.url ?? ''}
          onCommit={(url) => set({ url: url.trim() === '' ? null : url.trim() })}
        />
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
          </>
        )}
      </div>
      <Provenance source={source} dispatch={dispatch} {...(draft === undefined ? {} : { draft })} />
    </details>
  );
}
