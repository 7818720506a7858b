import { useT } from '../../i18n';

/**
 * A quote's English rendering, marked as Riwayat's own and not the source's words. The caller shows it
 * beside the Arabic original, which stays the exact text.
 */
export function Translation({
  text,
  className = 'quote-translation',
}: {
  readonly text: string;
  readonly className?: string;
}): React.JSX.Element {
  const { t } = useT();
  return (
    <p className={className} lang="en" dir="ltr">
      <span className="translation-label" title={t('quote.translationNote')}>
        {t('quote.translation', { lng: 'en' })}:
      </span>{' '}
      {text}
    </p>
  );
}
