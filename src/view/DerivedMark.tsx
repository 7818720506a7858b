import { useT } from '../i18n';

/** The mark of a date worked out from the text (`domain/basis.ts` `isInferred`), written here only. */
const APPROX = '≈';

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
        {`\u00a0${APPROX}`}
      </span>
      <span className="visually-hidden"> ({t('list.approx')})</span>
    </>
  );
}

/**
 * The key to the mark, said once under the dates that carry it (the event list, "Start here"): the
 * mark, then what it means.
 */
export function DerivedKey({ className }: { readonly className: string }): React.JSX.Element {
  const { t } = useT();
  return (
    <p className={className}>
      <span aria-hidden="true">{APPROX} </span>
      {t('list.approxKey')}
    </p>
  );
}
