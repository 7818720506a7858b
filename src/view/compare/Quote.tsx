import type { Quote } from '../../domain';
import { useT } from '../../i18n';
import { DataText } from '../DataText';

export interface QuoteViewProps {
  readonly quote: Quote;
  readonly onShowInArticle: () => void;
  readonly claimLabel?: (claimId: string) => string;
  /** Which quote this is, for assistive technology ("Alhurra, quote 2 of 4"). */
  readonly name?: string;
}

/**
 * One quote: the source's exact Arabic words (always `lang="ar" dir="rtl"`), and its English rendering
 * marked as a translation: beside it in the English interface, one click away in the Arabic one.
 */
export function QuoteView({ quote, onShowInArticle, claimLabel, name }: QuoteViewProps): React.JSX.Element {
  const { t, lang } = useT();
  const show = t('quote.showInArticle');
  return (
    // Named for the quote it holds, not by its caption of claims and buttons.
    <figure className="quote" data-start={quote.start} data-end={quote.end} aria-label={name}>
      <blockquote lang="ar" dir="rtl" className="quote-text">
        {quote.text}
      </blockquote>
      {lang === 'en' ? (
        <p className="quote-translation" lang="en" dir="ltr">
          <span className="translation-label" title={t('quote.translationNote')}>
            {t('quote.translation')}:
          </span>{' '}
          {quote.en}
        </p>
      ) : (
        <details className="quote-translation-toggle">
          <summary>{t('quote.showTranslation')}</summary>
          <p className="quote-translation" lang="en" dir="ltr">
            <span className="translation-label">{t('quote.translation', { lng: 'en' })}:</span> {quote.en}
          </p>
          <p className="translation-note">{t('quote.translationNote')}</p>
        </details>
      )}
      <figcaption className="quote-actions">
        {claimLabel !== undefined && quote.claims.length > 0 && (
          <span className="quote-claims">
            {t('quote.supports')}{' '}
            {quote.claims.map((c) => (
              <span key={c} className="claim-chip">
                {/* A claim's words are the data's: an Arabic phrase inside English ones keeps its language. */}
                <DataText text={claimLabel(c)} />
              </span>
            ))}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          aria-label={name === undefined ? undefined : `${show}: ${name}`}
          onClick={onShowInArticle}
        >
          {show}
        </button>
      </figcaption>
    </figure>
  );
}
