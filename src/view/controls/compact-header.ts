import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the page's header is compact: on a phone or a tablet (`on`), once the page has scrolled past
 * the header's lower lines (the dataset's title), its top line (the name, Menu and the language switch,
 * which ends with `lineEnd`) stays at the top of the screen, so that the switch is a tap away from the
 * middle of a long list, not thousands of pixels up (UX review 13p, S3-4). `header.css` fixes it there
 * and leaves the title out; the page keeps the header's full height (`--header-room`, set here on the
 * header's parent) so that nothing under it moves when it leaves the flow. It goes back into the flow as
 * the page scrolls back to it: the line then covers what is left of the title in sight, never the page.
 */
export function useCompactHeader(
  head: RefObject<HTMLElement | null>,
  lineEnd: RefObject<HTMLElement | null>,
  on: boolean,
): boolean {
  const [compact, setCompact] = useState(false);
  useEffect(() => {
    const el = head.current;
    const end = lineEnd.current;
    const page = el?.parentElement;
    if (!on || el == null || end == null || page == null) return;
    let now = false;
    let full = 0;
    let below = 0;
    let frame = 0;
    const check = (): void => {
      frame = 0;
      // Measured while it is in the flow: a compact header is its top line only.
      if (!now) {
        full = el.offsetHeight;
        const line =
          end.getBoundingClientRect().bottom -
          el.getBoundingClientRect().top +
          Number.parseFloat(getComputedStyle(el).paddingBlockEnd);
        below = Math.max(0, full - line);
      }
      const next = full > 0 && scrollY > below;
      if (next === now) return;
      now = next;
      if (next) page.style.setProperty('--header-room', `${String(full)}px`);
      setCompact(next);
    };
    const later = (): void => {
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    addEventListener('scroll', later, { passive: true });
    addEventListener('resize', later);
    later();
    return () => {
      removeEventListener('scroll', later);
      removeEventListener('resize', later);
      cancelAnimationFrame(frame);
      page.style.removeProperty('--header-room');
      setCompact(false);
    };
  }, [head, lineEnd, on]);
  return compact;
}
