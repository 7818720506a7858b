import type { DateDisplay, Filters, Lang } from '../domain';
import type { Mode } from './mode';
import type { DeckPosition, DeckScreen } from './presenting';

/** The visible time range, in UTC milliseconds. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** What the user is looking at: everything a shared link restores. */
export interface ViewState {
  readonly lang: Lang;
  readonly eventId: string | null;
  readonly window: TimeWindow | null;
  /** The source and the claim the user singled out in the selected event's comparison. */
  readonly sourceId: string | null;
  readonly claimId: string | null;
  /** The search box's text. */
  readonly query: string;
  readonly filters: Filters;
  /** Lanes by event kind, or by the side the event's first actor belongs to. */
  readonly lanes: LaneGrouping;
  /** The entity whose profile is open. */
  readonly entityId: string | null;
  /** Presentation mode: large type, stepping with a clicker. */
  readonly present: boolean;
  /** The briefing presented (`briefing=<id>`); null: the dataset's story. */
  readonly briefingId: string | null;
  /**
   * The presentation's slide (`step=`): an event and its step, which counts only while that event is
   * the one selected (`deckPosition` in `presenting.ts`).
   */
  readonly step: DeckPosition | null;
  /** The presentation's overview, blank screen and typed slide number: on this screen only. */
  readonly deckScreen: DeckScreen;
  /**
   * The view, the workbench (`author=1`) or the workbench's draft previewed; changed by the commands of
   * `mode.ts`.
   */
  readonly mode: Mode;
  /** Month names and digits: remembered on this device, not put in links. */
  readonly display: DateDisplay;
}

export type LaneGrouping = 'kind' | 'side';

/**
 * How far apart two windows' ends may be and still be the same window: the engine reports its window to
 * the second and rounds nothing finer, so a smaller difference is its rounding, not a move.
 */
export const WINDOW_TOLERANCE_MS = 1000;

/** Whether two windows are the same, each end within `WINDOW_TOLERANCE_MS`. */
export const sameWindow = (a: TimeWindow | null, b: TimeWindow | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    Math.abs(a.from - b.from) < WINDOW_TOLERANCE_MS &&
    Math.abs(a.to - b.to) < WINDOW_TOLERANCE_MS);
