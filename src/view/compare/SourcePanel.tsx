import { SourceName } from './SourceName';
import {
  creditsBesideChain,
  readableAddress,
  sourceChain,
  sourceAddress,
  sourceLabel,
  sourceTitle,
  type Account,
  type OutletIdentity,
  type SharedOrigin,
  type Source,
  type TimelineEvent,
} from '../../domain';
import { dataText, formatPartialDate, useT, listComma } from '../../i18n';
import { DataText } from '../DataText';
import { QuoteView } from './Quote';
import { DerivedMark } from '../DerivedMark';
import { SourceChain } from './SourceChain';
import { SourceLine } from './SourceLine';
import { SourceStatus, useStatusOnce } from './mention';

export interface SourcePanelProps {
  readonly source: Source;
  readonly account: Account;
  readonly event: TimelineEvent;
  readonly selected: boolean;
  /** Another source is singled out: this one shows its name and facts, its words folded away. */
  readonly folded?: boolean;
  /** The origins whose wording this source shares with another source of the event ("Reuters"). */
  readonly origins?: readonly SharedOrigin[];
  /** Outside knowledge of the agencies and outlets sources rest on (the dataset's `outlets`). */
  readonly outlets?: readonly OutletIdentity[];
  /** Its first quote before its identity line, in the DOM as on the screen (a phone reads one source). */
  readonly wordsFirst?: boolean;
  /**
   * A short desk screen: the identity line is the one line of "How this is known" (cut with an
   * ellipsis while folded, whole when opened), so that the first quote is whole on the first screen.
   */
  readonly identFolded?: boolean;
  /** Its words for this event rest on no report it credits (`unknownOriginSources`): its line says so. */
  readonly unsaidHere?: boolean;
  readonly onSelect: () => void;
  readonly onShowInArticle: (quoteIndex: number, opener: HTMLElement | null) => void;
}

/** A page's host for its link's words; an address the browser cannot read is shown whole, as text. */
function hostOf(href: string): string {
  try {
    return new URL(href).host || href;
  } catch {
    return href;
  }
}

/** The pages an outlet's identity is known from, by their host: only web addresses become links. */
function OutletRefs({ refs }: { readonly refs: readonly string[] }): React.JSX.Element {
  const links = refs.filter((r) => /^https?:\/\//i.test(r));
  return (
    <>
      {links.map((href, i) => (
        <span key={href}>
          {i > 0 && ' '}
          <a className="outlet-ref" href={href} target="_blank" rel="noopener noreferrer" dir="ltr">
            {hostOf(href)}
          </a>
        </span>
      ))}
    </>
  );
}

/** One source's telling of the selected event: who it is, where its report comes from, its words. */
export function SourcePanel({
  source,
  account,
  event,
  selected,
  folded = false,
  origins = [],
  outlets = [],
  wordsFirst = false,
  identFolded = false,
  unsaidHere = false,
  onSelect,
  onShowInArticle,
}: SourcePanelProps): React.JSX.Element {
  const { t, lang, display } = useT();
  const statusOnce = useStatusOnce();
  const headingId = `source-${source.id}`;
  const comma = listComma(lang);
  // Claim labels are the dataset's words, not the article's: they take the digit setting (S3-5).
  const claimText = new Map<string, string>(
    event.claims.map((c) => [c.id, dataText(c.text[lang], lang, display)]),
  );
  // The headline as the data holds it (its offsets in the article are checked when the data is built).
  const headline = source.headline?.text;
  // Only a web address is a link: anything else in the data stays out of an href.
  const link = sourceAddress(source);
  const title = sourceTitle(source);
  // No site named and no address recorded: why the site is unknown is said behind "How this is known".
  const siteWhy = link === null && !title.siteKnown;
  // What it rests on, and who they are: the identity line under the name; the notes behind it fold.
  const chain = sourceChain(source, outlets);
  const otherCredits = creditsBesideChain(source, chain);
  // The line stars the first report's outlet when the dataset describes it from outside the articles.
  const outside = chain[0]?.identity !== undefined;
  const dateNote = source.publishedBasis !== 'stated' || source.publishedNote !== undefined;
  // A paragraph under the name; a line of phrasing content inside the fold's summary.
  const Ident = identFolded ? 'span' : 'p';
  const ident = (
    <Ident className="source-ident">
      {source.published !== null && (
        // Labelled: the date the article came out, never to be taken for the event's date.
        <span className="source-tag source-published">
          <span className="source-published-label">{t('source.publishedTag')} </span>
          <time dateTime={source.published}>
            {formatPartialDate(source.published, lang, display)}
            {/* A date worked out from the text, not printed on it: marked as in the list. */}
            {source.publishedBasis !== 'stated' && <DerivedMark />}
          </time>
        </span>
      )}
      <SourceLine chain={chain} elsewhere={unsaidHere} />
      {origins.map((o) => (
        <span key={o.origin} className="source-tag source-origin" data-origin={o.origin}>
          <bdi>{t('source.originTag', { name: o.name[lang] })}</bdi>
        </span>
      ))}
      {/* Where the copy came from, in the card: its address as a link (opened only on the
          reader's click); with no site named and no address recorded, why is said behind
          "How this is known", keeping this line to one. */}
      {link !== null && (
        <span className="source-tag source-address">
          {t('source.address')}{' '}
          <a href={link} target="_blank" rel="noopener noreferrer" dir="ltr">
            {readableAddress(link)}
          </a>
        </span>
      )}
    </Ident>
  );
  const about =
    siteWhy || dateNote || otherCredits.length > 0 || chain.length > 0 || source.note !== undefined;
  // Folded into "How this is known" only where there is such a fold: else the line stays under the name.
  const identInFold = identFolded && about;
  const later = (
    <>
      {headline !== undefined && (
        <p className="source-headline" title={t('source.headline')}>
          <span className="visually-hidden">{t('source.headline')}: </span>
          {/* The article's words exactly, digits and all, as its quotes are shown. */}
          <span lang={source.language} dir="rtl">
            {headline}
          </span>
        </p>
      )}
      {/* Folded: the chips of every report, and how each fact is known, would push the source's
          words out of view. The key to the line's star stays on the fold's own line. On a short desk
          screen the identity line itself is that fold's line. */}
      {about && (
        <details className="source-about">
          <summary
            className={identInFold ? 'ident-fold' : undefined}
            title={identInFold ? t('source.provWhy') : undefined}
          >
            {identInFold ? (
              <>
                <span className="visually-hidden">{t('source.provWhy')}: </span>
                {ident}
              </>
            ) : (
              <span>{t('source.provWhy')}</span>
            )}
            {/* Folded into the identity line, the key is the chain's own, inside. */}
            {outside && !identInFold && (
              <span className="chain-key" aria-hidden="true">
                {t('source.outsideKey')}
              </span>
            )}
          </summary>
          {siteWhy && <p className="source-site-why">{t('source.siteUnknownWhy')}</p>}
          {chain.length > 0 && <SourceChain chain={chain} />}
          <dl className="source-facts">
            {dateNote && (
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
                  >
                    {t(`source.${source.publishedBasis}`)}
                  </span>
                </dd>
                {source.publishedNote !== undefined && (
                  <dd className="source-note">
                    <DataText text={source.publishedNote[lang]} />
                  </dd>
                )}
              </div>
            )}
            {otherCredits.length > 0 && (
              <div>
                <dt>{t('source.credits')}</dt>
                <dd>
                  {otherCredits.map((c, i) => (
                    <span key={i} className="credit">
                      {i > 0 && comma}
                      <bdi>{c.name[lang]}</bdi> <span className="credit-role">({t(`source.${c.role}`)})</span>
                      {c.note !== undefined && (
                        <>
                          {': '}
                          <DataText text={c.note[lang]} />
                        </>
                      )}
                    </span>
                  ))}
                </dd>
              </div>
            )}
            {chain.length > 0 && (
              <div>
                <dt>{t('source.restsOn')}</dt>
                {chain.map((c) => {
                  const p = source.restsOn?.find((q) => q.origin === c.origin);
                  return (
                    <dd key={c.origin} className="rests-on" data-origin={c.origin}>
                      <bdi>{c.name[lang]}</bdi>
                      {': '}
                      {p !== undefined && <DataText text={p.note[lang]} />}
                      {c.identity !== undefined && (
                        <span className="outlet-note">
                          {' '}
                          <DataText text={c.identity.note[lang]} /> <OutletRefs refs={c.identity.refs} />
                        </span>
                      )}
                    </dd>
                  );
                })}
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
      )}
    </>
  );
  const quotes = folded
    ? []
    : account.quotes.map((q, i) => (
        <QuoteView
          key={`${q.start}-${q.end}`}
          quote={q}
          name={t('quote.name', {
            source: sourceLabel(source, lang),
            n: i + 1,
            count: account.quotes.length,
          })}
          claimLabel={(id) => claimText.get(id) ?? id}
          onShowInArticle={() =>
            onShowInArticle(i, document.activeElement instanceof HTMLElement ? document.activeElement : null)
          }
        />
      ));
  const name = statusOnce ? (
    // Under tabs the heading is heard, not shown, and singling a source out means nothing where one
    // shows at a time: no button, so no Tab stop that cannot be seen (UX review 11p, S3-6).
    <h3 id={headingId}>
      <SourceName source={source} />
    </h3>
  ) : (
    <h3 id={headingId}>
      <button
        type="button"
        className="source-name"
        aria-pressed={selected}
        title={t(selected ? 'source.unfocus' : 'source.focus')}
        onClick={onSelect}
      >
        <SourceName source={source} />
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
            dataset's description of it), then one line: that the article names no site, when it was
            published, what it is based on, the origin its wording shares with other sources here, a
            link where there is one.
            The title sticks to the top of the pane while the source's words scroll under it. */}
        <div className="source-title">
          {name}
          {/* One source at a time: its standing, said here once, under the tab that names it. */}
          {statusOnce && <SourceStatus source={source} />}
          {!wordsFirst && !identInFold && ident}
        </div>
        {!wordsFirst && later}
      </header>
      <p className={folded ? 'source-folded' : 'visually-hidden'}>
        {t(folded ? 'source.folded' : 'source.quotes', { count: account.quotes.length })}
      </p>
      {wordsFirst ? (
        <>
          {quotes}
          {/* Its identity after its words, in the order the screen shows them: nothing about the
              source comes between its quotes (UX review 12p, S3-9). */}
          <div className="source-head source-head-after">
            {ident}
            {later}
          </div>
        </>
      ) : (
        quotes
      )}
    </article>
  );
}
