import { useT } from '../i18n';

/**
 * The mark after a date worked out from the text rather than printed in it: "≈" on screen, with its
 * meaning as a tooltip, and the meaning in words for assistive technology.
 */
export function DerivedMark(): React.JSX.Element {
  const { t } = useT();
  return (
    <>
      {/* Bound to the date's last word by a no-break space: never "≈" alone on a line (S3-12). */}
      <span className="approx" aria-hidden="true" title={t('list.approx')}>
        {'\u00a0'}≈
      </span>
      <span className="visually-hidden"> ({t('list.approx')})</span>
    </>
  );
}
