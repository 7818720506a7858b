/**
 * What "derived" means on screen: a date the text does not print (any basis but `stated`: from a
 * weekday name, a relative phrase or the context) is marked "≈" in the list, the cards, the slides
 * and the pictures, drawn as derived on the timeline and filtered as "inferred". The loader's
 * narrower check (`date-derived.ts` `isDerivedBasis`) is another matter: which of these dates it can
 * check against the quotes (a weekday name or a relative phrase).
 */
import type { DateBasis } from './types';

/** Whether a date is shown as worked out from the text rather than printed in it. */
export const isInferred = (basis: DateBasis): boolean => basis !== 'stated';
