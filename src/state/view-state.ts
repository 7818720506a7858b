import type { Lang } from '../domain';

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
}

export const sameWindow = (a: TimeWindow | null, b: TimeWindow | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a.from - b.from) < 1000 && Math.abs(a.to - b.to) < 1000);
