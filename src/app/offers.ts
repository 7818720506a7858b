import { leavePresenting, runModeCommand, type ViewState } from '../state';
import type { OnScreen } from './on-screen';

/**
 * What the screen offers, by what is on it: the answer to "file or corpus?" for every action that
 * depends on it, so no other module asks. A file offers everything. A corpus is the part fetched so far
 * as the window asks, so nothing that would act on that part as if it were the whole is offered: the
 * filters and lanes by side, "Start here", the desk's fit, briefings, Present, Print, the dataset's
 * files and the deck files, and the workbench (whose draft would be that part). `useShown` carries it
 * as `shown.offers`; outside the screen (the Dataset menu, export) `offersFor` is asked directly.
 */
export interface Offers {
  /** The filters, their facet counts and lanes by side. */
  readonly filters: boolean;
  /** "Start here" in the card's room before anything is selected. */
  readonly startHere: boolean;
  /** "Show all events" at a desk. */
  readonly fit: boolean;
  /** The briefing builder and "Add to a briefing". */
  readonly briefings: boolean;
  readonly present: boolean;
  /** The printed handout. */
  readonly print: boolean;
  /** The dataset as a file (Riwayat JSON, CSV, TimelineJS) and the deck's files. */
  readonly exports: boolean;
  /** Editing the dataset on screen in the workbench. */
  readonly workbench: boolean;
  /**
   * Whether every event is at hand, so what is counted from them all is offered: the lanes' density
   * from the events themselves, a phone's "Show all events" at a readable scale, the events outside the
   * window and the nearest either side of an empty stretch (a corpus counts from its prebuilt levels).
   */
  readonly allEvents: boolean;
}

const ALL: Offers = {
  filters: true,
  startHere: true,
  fit: true,
  briefings: true,
  present: true,
  print: true,
  exports: true,
  workbench: true,
  allEvents: true,
};
const PART: Offers = {
  filters: false,
  startHere: false,
  fit: false,
  briefings: false,
  present: false,
  print: false,
  exports: false,
  workbench: false,
  allEvents: false,
};

/** What is offered for what is on screen: everything for a file (or while nothing is), a part's for a corpus. */
export const offersFor = (on: OnScreen | null): Offers => (on?.kind === 'corpus' ? PART : ALL);

/**
 * The view kept to what is offered: an address asking for the workbench or a presentation where they are
 * not offered (over a corpus, whose "Author a dataset…" and Present are hidden) opens the view instead.
 * The one answer for both, as a patch of the view (empty when nothing is asked for that is not offered).
 */
export function withinOffers(view: Pick<ViewState, 'mode' | 'present'>, offers: Offers): Partial<ViewState> {
  return {
    ...(view.mode === 'author' && !offers.workbench ? runModeCommand(view, 'close-workbench') : {}),
    ...(view.present && !offers.present ? leavePresenting() : {}),
  };
}
