/**
 * The one rule for a date derived from the text rather than printed in it (an event whose `basis` is
 * `weekday` or `relative`): the loader (`data/validate.ts`), `data:check` (`data/lint.ts`) and the
 * workbench's "new event from this date" all ask it, so an event the workbench makes passes the
 * preview and the check alike.
 *
 * The rule: the event's date (`start`, or `start/end` for a span) must be what one date expression
 * inside one of its quotes gives, read in its article against that article's publication date (and
 * the dates the article gives before it), by the resolver's reading or by one of the other readings
 * the resolver names for it (a bare weekday read as past or as future, a week counted from Saturday,
 * a Hijri day a day either side). So an author who corrects a misread weekday («يوم الخميس» read as
 * next Thursday, corrected to the Thursday before) keeps the honest basis `weekday`.
 */
import type { DateReading } from './date-resolver';
import type { ResolvedDateExpression } from './date-expressions';
import type { DateBasis, Span } from './types';

/** The dates an expression honestly allows: the resolver's value first, then its other readings. */
export function derivedReadings(e: Pick<DateReading, 'value' | 'alternatives'>): string[] {
  const out: string[] = [];
  for (const v of [e.value, ...e.alternatives.map((a) => a.value)])
    if (v !== null && !out.includes(v)) out.push(v);
  return out;
}

/** Whether a basis is one this rule judges: a date derived from a weekday name or a relative phrase. */
export const isDerivedBasis = (basis: DateBasis): boolean => basis === 'weekday' || basis === 'relative';

/** What the rule needs of an event. */
export interface DerivedEvent {
  readonly basis: DateBasis;
  readonly start: string;
  readonly end?: string | undefined;
  readonly accounts: readonly { readonly source: string; readonly quotes: readonly Span[] }[];
}

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Why a derived event's date does not follow from its quotes, or null when it does (or when the rule
 * does not apply: a printed or contextual basis, or an event told by no source, which another rule
 * reports). `expressionsOf` gives a source's analysed date expressions (an empty list for a source
 * that is unknown or has no usable publication date).
 */
export function derivedDateProblem(
  ev: DerivedEvent,
  expressionsOf: (source: string) => readonly ResolvedDateExpression[],
): string | null {
  if (!isDerivedBasis(ev.basis) || ev.accounts.length === 0) return null;
  const target = ev.end === undefined ? ev.start : `${ev.start}/${ev.end}`;
  const tried: string[] = [];
  for (const acc of ev.accounts)
    for (const q of acc.quotes)
      for (const e of expressionsOf(acc.source)) {
        if (!inside(e, q)) continue;
        const readings = derivedReadings(e);
        if (readings.includes(target)) return null;
        tried.push(
          `${JSON.stringify(e.text)} → ${readings.length === 0 ? 'no date' : readings.join(' or ')}`,
        );
      }
  const what = tried.length === 0 ? 'its quotes hold no date expression' : tried.join('; ');
  return `is "${ev.basis}" but no date expression in its quotes reads as ${target} from its article's publication date (${what})`;
}
