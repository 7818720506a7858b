import type { Account, SharedOrigin, Source, TimelineEvent } from '../../domain';
import { dataText, formatPartialDate, useT } from '../../i18n';
import { DataText } from '../DataText';
import { QuoteView } from './Quote';
import { DerivedMark } from '../DerivedMark';

export interface SourcePanelProps {
  readonly source: Source;
  readonly account: Account;
  readonly event: TimelineEvent;
  readonly selected: boolean;
  /** Another source is singled out: this one shows its name and facts, its words folded away. */
  readonly folded?: boolean;
  /** The origins whose wording this source shares with another source of the event ("Reuters"). */
  readonly origins?: readonly SharedOrigin[];
  readonly onSelect: () => void;
  readonly onShowInArticle: (quoteIndex: number, opener: HTMLElement | null) => void;
}

/** One source's telling of the selected event: who it is, where its report comes from, its words. */
export function SourcePanel({
  source,
  account,
  event,
  selected,
  folded = false,
  origins = [],
  onSelect,
  onShowInArticle,
}: SourcePanelProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const headingId = `source-${source.id}`;
  const comma = lang === 'ar' ? '، ' : ', ';
  // Claim labels are the dataset's words, not the article's: they take the digit setting (S3-5).
  const claimText = new Map<string, string>(
    event.claims.map((c) => [c.id, dataText(c.text[lang], lang, display)]),
  );
  const named = source.outletBasis === 'stated';
  // The headline as the data holds it (its offsets in the article are checked when the data is built).
  const headline = source.headline?.text;
  // Only a web address is a link: anything else in the data stays out of an href.
  const link = source.url !== null && /^https?:\/\//i.test(source.url) ? source.url : null;
  const name = (
    <h3 id={headingId}>
      <button
        type="button"
        className="source-name"
        aria-pressed={selected}
        title={t(selected ? 'source.unfocus' : 'source.focus')}
        onClick={onSelect}
      >
        <bdi>
          <DataText text={source.outlet[lang]} />
        </bdi>
      </button>
    </h3>
  );
  return (
    <article
      className={`source-panel${selected ? ' selected' : ''}${folded ? ' folded' : ''}`}
      aria-labelledby={headingId}
      data-source={source.id}
    >
      <header className="source-head">
        {/* Told apart at a glance: the name first (the outlet's, or where the article names none the
            dataset's description of it), then smaller tags: that the article names no site, when it was
            published, the origin its wording shares with other sources here, a link where there is one.
            The title sticks to the top of the pane while the source's words scroll under it. */}
        <div className="source-title">
          {name}
          <p className="source-ident">
            {!named && <span className="source-tag source-site">{t('source.siteUnnamed')}</span>}
            {source.published !== null && (
              <time className="source-tag" dateTime={source.published}>
                {formatPartialDate(source.published, lang, display)}
                {/* A date worked out from the text, not printed on it: marked as in the list. */}
                {source.publishedBasis !== 'stated' && <DerivedMark />}
              </time>
            )}
            {origins.map((o) => (
              <span key={o.origin} className="source-tag source-origin" data-origin={o.origin}>
                <bdi>{t('source.originTag', { name: o.name[lang] })}</bdi>
              </span>
            ))}
            {link !== null && (
              <a className="source-tag" href={link} target="_blank" rel="noopener noreferrer">
                {t('source.original')}
              </a>
            )}
          </p>
        </div>
        {headline !== undefined && (
          <p className="source-headline" title={t('source.headline')}>
            <span className="visually-hidden">{t('source.headline')}: </span>
            {/* The article's words exactly, digits and all, as its quotes are shown. */}
            <span lang={source.language} dir="rtl">
              {headline}
            </span>
          </p>
        )}
        {/* Folded: the source's facts and provenance would push its words out of view. */}
        <details className="source-about">
          <summary>{t('source.about')}</summary>
          <dl className="source-facts">
            <div>
              <dt>{t('source.published')}</dt>
              <dd>
                {source.published === null ? (
                  t('source.unknown')
                ) : (
                  <time dateTime={source.published}>
                    {formatPartialDate(source.published, lang, display)}
                  </time>
                )}{' '}
                <span
                  className={`badge ${source.publishedBasis === 'stated' ? 'badge-stated' : 'badge-derived'}`}
                  title={source.publishedNote?.[lang]}
                >
                  {t(`source.${source.publishedBasis}`)}
                </span>
              </dd>
              {source.publishedNote !== undefined && (
                // Folded: a long note would push the source's words out of view.
                <dd className="source-note">
                  <details>
                    <summary>{t('detail.howKnown')}</summary>
                    <DataText text={source.publishedNote[lang]} />
                  </details>
                </dd>
              )}
            </div>
            {source.credits.length > 0 && (
              <div>
                <dt>{t('source.credits')}</dt>
                <dd>
                  {source.credits.map((c, i) => (
                    <span key={i} className="credit">
                      {i > 0 && (lang === 'ar' ? '، ' : ', ')}
                      <bdi>{c.name[lang]}</bdi>{' '}
                      <span className="credit-role" title={c.note?.[lang]}>
                        ({t(`source.${c.role}`)})
                      </span>
                    </span>
                  ))}
                </dd>
              </div>
            )}
            {(source.restsOn ?? []).length > 0 && (
              <div>
                <dt>{t('source.restsOn')}</dt>
                {(source.restsOn ?? []).map((p) => (
                  <dd key={p.origin} className="rests-on" data-origin={p.origin}>
                    <bdi>{p.name[lang]}</bdi>{' '}
                    <span className="credit-role">
                      ({t(p.basis === 'credited' ? 'source.provCredited' : 'source.provInferred')}
                      {p.extent === 'part' && (
                        <>
                          {comma}
                          {t('source.provPart')}
                        </>
                      )}
                      {p.via !== undefined && (
                        <>
                          {comma}
                          {t('source.provVia', {
                            name: source.restsOn?.find((q) => q.origin === p.via)?.name[lang] ?? p.via,
                          })}
                        </>
                      )}
                      )
                    </span>
                    <details className="rests-on-note">
                      <summary>{t('source.provWhy')}</summary>
                      <DataText text={p.note[lang]} />
                    </details>
                  </dd>
                ))}
              </div>
            )}
          </dl>
          {source.note !== undefined && (
            <p className="source-note">
              <span className="visually-hidden">{t('source.note')}: </span>
              <DataText text={source.note[lang]} />
            </p>
          )}
        </details>
      </header>
      <p className={folded ? 'source-folded' : 'visually-hidden'}>
        {t(folded ? 'source.folded' : 'source.quotes', { count: account.quotes.length })}
      </p>
      {!folded &&
        account.quotes.map((q, i) => (
          <QuoteView
            key={`${q.start}-${q.end}`}
            quote={q}
            name={t('quote.name', { source: source.outlet[lang], n: i + 1, count: account.quotes.length })}
            claimLabel={(id) => claimText.get(id) ?? id}
            onShowInArticle={() =>
              onShowInArticle(
                i,
                document.activeElement instanceof HTMLElement ? document.activeElement : null,
              )
            }
          />
        ))}
    </article>
  );
}
