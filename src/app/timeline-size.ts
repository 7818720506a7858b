/** The timeline's height on a desk: a third of the window until the user drags it, then theirs, kept. */
import { useCallback, useState } from 'react';
import { savedTimelineSize, saveTimelineSize } from '../state';

export const MIN_TIMELINE = 200;
/** A third of the window's height, within reason, until the user chooses. */
const defaultTimelineSize = (): number => Math.round(Math.min(520, Math.max(260, innerHeight * 0.35)));
export const maxTimelineSize = (): number => Math.max(MIN_TIMELINE, innerHeight - 260);

/** The height, and the setter that also remembers it on this device. */
export function useTimelineSize(): readonly [number, (px: number) => void] {
  const [timelineSize, setTimelineSize] = useState(() => savedTimelineSize() ?? defaultTimelineSize());
  const resizeTimeline = useCallback((px: number) => {
    setTimelineSize(px);
    saveTimelineSize(px);
  }, []);
  return [timelineSize, resizeTimeline];
}
