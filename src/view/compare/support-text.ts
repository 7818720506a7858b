import type { ClaimRow, Lang } from '../../domain';
import { partSeparator, type useT } from '../../i18n';

type T = ReturnType<typeof useT>['t'];

/**
 * How many outlets carry a claim and how many origins they come down to. An origin the text does
 * not reveal is never counted as independent: the count becomes a range ("3 outlets, 1 or 2
 * independent origins (one does not say its source)").
 */
export function supportText(t: T, row: ClaimRow): string {
  const outlets = t('claims.outlets', { count: row.carriedBy });
  if (row.unknownOrigins === 0 || row.originsAtLeast === row.origins)
    return t('claims.support', { outlets, origins: t('claims.origins', { count: row.origins }) });
  return t('claims.supportUnknown', {
    outlets,
    // "1 or 2 independent origins", "1 to 3 independent origins".
    origins: t(row.origins === row.originsAtLeast + 1 ? 'claims.originsEither' : 'claims.originsRange', {
      low: row.originsAtLeast,
      count: row.origins,
    }),
    unknown: t('claims.unknownOrigins', { count: row.unknownOrigins }),
  });
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
