import type { Source } from './types';

/** A source's web address where the data records one (`http`/`https` only); else null. */
export function sourceAddress(source: Pick<Source, 'url'>): string | null {
  return source.url !== null && /^https?:\/\//i.test(source.url) ? source.url : null;
}

/**
 * Which of an event's sources have no address recorded, said once for the event rather than on
 * each: `all` when none has one, else the ones without (empty when every source has one).
 */
export function missingAddresses(sources: readonly Source[]): {
  readonly all: boolean;
  readonly without: readonly Source[];
} {
  const without = sources.filter((s) => sourceAddress(s) === null);
  return { all: sources.length > 0 && without.length === sources.length, without };
}
