import { originsEither, supportLine, type ClaimRow, type Lang, type SupportWords } from '../../domain';
import { partSeparator, type useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/**
 * How many independent origins, in the interface's words: "2 independent origins", or a range where
 * some origins are unknown ("1 or 2 independent origins", "1 to 3 independent origins").
 */
export function originsText(t: T, low: number, high: number): string {
  return low === high
    ? t('claims.origins', { count: high })
    : t(originsEither(low, high) ? 'claims.originsEither' : 'claims.originsRange', { low, count: high });
}

/** The interface's words for a claim's support (`SupportWords`), in i18next's plural forms. */
export function screenSupportWords(t: T): SupportWords {
  return {
    support: (outlets, origins) =>
      t('claims.support', {
        outlets: t('claims.outlets', { count: outlets }),
        origins: t('claims.origins', { count: origins }),
      }),
    supportUnknown: (outlets, low, high, unknown) =>
      t('claims.supportUnknown', {
        outlets: t('claims.outlets', { count: outlets }),
        origins: originsText(t, low, high),
        unknown: t('claims.unknownOrigins', { count: unknown }),
      }),
  };
}

/**
 * How many outlets carry a claim and how many origins they come down to, in the interface's words
 * (the rule is `supportLine`'s). An origin the text does not reveal is never counted as independent:
 * the count becomes a range ("3 outlets, 1 or 2 independent origins (one does not say its source)").
 */
export function supportText(t: T, row: ClaimRow): string {
  return supportLine(row, screenSupportWords(t));
}

/**
 * How the accounts part ways, in counts: "3 claims only some sources carry · 9 claims told in
 * different words" (a count of none is left out). The same words head the summary and name the jump.
 */
export function divergeCountsText(t: T, counts: { missing: number; worded: number }, lang: Lang): string {
  return [
    ...(counts.missing > 0 ? [t('reading.divergeMissing', { count: counts.missing })] : []),
    ...(counts.worded > 0 ? [t('reading.divergeWorded', { count: counts.worded })] : []),
  ].join(partSeparator(lang));
}
