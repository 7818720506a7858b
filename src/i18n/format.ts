/**
 * Dates and numbers in the interface languages. The formatting itself is pure and lives in the domain
 * (`src/domain/format.ts`), so that the command line's decks write dates as the interface does.
 */
export * from '../domain/format';
export type { DateDisplay, Digits, MonthNaming } from '../domain';
