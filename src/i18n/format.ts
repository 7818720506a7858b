/**
 * Dates and numbers in the interface languages. The formatting itself is pure and lives in the domain
 * (`src/domain/format.ts`), so that the command line's decks write dates as the interface does.
 */
import type { DateDisplay, Lang } from '../domain';
import { DEFAULT_DISPLAY, localizeMonths } from '../domain/format';

export * from '../domain/format';
export type { DateDisplay, Digits, MonthNaming } from '../domain';

/**
 * Interface text that comes from the data (titles, summaries, claims, outlet names, notes): its digits
 * as written, Latin or Arabic-Indic, as its quotes keep theirs («زلزال بقوة 6 درجات» beside the quote
 * that says «6»), and its paired month names in the chosen naming in the Arabic interface. Only the
 * numbers the interface writes itself (dates, counts) follow the chosen digits. Never for quotes: they
 * are exact article slices. This one, not the domain's (which still changes the digits, for the deck
 * files), is the screen's.
 */
export function dataText(text: string, lang: Lang, display: DateDisplay = DEFAULT_DISPLAY): string {
  return lang === 'ar' ? localizeMonths(text, display.months) : text;
}
