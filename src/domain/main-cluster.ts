/**
 * The events "Show all events" fits at a desk (review 10, S3-10). One event of 1962 among thirty of
 * 2014–2024 would stretch the axis over seventy years and crush the rest against one edge; instead an
 * event is left out of the fit when it lies at an end of the time line, apart from the rest by a gap
 * longer than half the span of the rest, and it is one of a few (a tenth of the events at most, one at
 * least). In the bundled story that leaves out 1962 and 2014 (four years before the rest, which spans
 * five and a half): the 2022–2024 calls get half the axis instead of a fifth. The screen then counts what is left out at that edge, a click away (`outside`).
 */
import { interval } from './dates';
import type { EventHead } from './event-head';

interface Span<E extends EventHead = EventHead> {
  readonly e: E;
  readonly start: number;
  readonly end: number;
}

/** How many of `spans` (in time order) at the start stand apart from the rest, as the module says. */
function apartAtStart(spans: readonly Span[], most: number): number {
  let cut = 0;
  let groupEnd = -Infinity;
  // The latest end from each place on, in one pass (a hundred thousand events are a tenth of a second,
  // not a scan of the rest at each of ten thousand places).
  const restEnd: number[] = new Array<number>(spans.length + 1).fill(-Infinity);
  for (let i = spans.length - 1; i >= 0; i--)
    restEnd[i] = Math.max((spans[i] as Span).end, restEnd[i + 1] as number);
  for (let i = 1; i <= most && i < spans.length; i++) {
    groupEnd = Math.max(groupEnd, (spans[i - 1] as Span).end);
    const first = (spans[i] as Span).start;
    if (first - groupEnd > ((restEnd[i] as number) - first) / 2) cut = i;
  }
  return cut;
}

/** The events of the main stretch of time, in time order (all of them when none stands apart). */
export function mainCluster<E extends EventHead>(events: readonly E[]): E[] {
  const spans = events
    .flatMap((e) => {
      const span = interval(e.start, e.end);
      return span === null ? [] : [{ e, start: span.start, end: span.end }];
    })
    .sort((a, b) => a.start - b.start);
  const most = Math.max(1, Math.floor(spans.length / 10));
  const rest = spans.slice(apartAtStart(spans, most));
  // The end, as the start seen the other way round (of what the start left).
  const mirrored = rest.map((s) => ({ e: s.e, start: -s.end, end: -s.start })).reverse();
  const tail = apartAtStart(mirrored, most);
  return rest.slice(0, rest.length - tail).map((s) => s.e);
}

/**
 * The events a window showing the whole main stretch leaves out, each side in time order (the 1962
 * event after "Show all events"); null while the window does not hold the whole main stretch (the
 * reader has zoomed in: the axis itself says there is more).
 */
export function leftOut(
  events: readonly EventHead[],
  w: { readonly from: number; readonly to: number },
): { before: EventHead[]; after: EventHead[] } | null {
  const main = mainCluster(events);
  const inside = (e: EventHead): boolean => {
    const s = interval(e.start, e.end);
    return s !== null && s.start >= w.from && s.end <= w.to;
  };
  if (main.length === 0 || !main.every(inside)) return null;
  const before: EventHead[] = [];
  const after: EventHead[] = [];
  for (const e of main.length === events.length ? [] : events) {
    const s = interval(e.start, e.end);
    if (s === null) continue;
    if (s.end <= w.from) before.push(e);
    else if (s.start >= w.to) after.push(e);
  }
  const time = (a: EventHead, b: EventHead): number =>
    (interval(a.start, a.end)?.start ?? 0) - (interval(b.start, b.end)?.start ?? 0);
  before.sort(time);
  after.sort(time);
  return before.length + after.length === 0 ? null : { before, after };
}
