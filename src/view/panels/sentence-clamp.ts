import { useLayoutEffect, type RefObject } from 'react';

/**
 * Whether the text shown before `cut` (the first code unit the clamp hides) ends a sentence: its last
 * mark, after any closing quote or bracket, a full stop, question or exclamation mark (Latin or Arabic)
 * or an ellipsis of its own. A clamp cut there needs no "…": drawn, it reads «كثيرًا.…».
 */
export function endsSentence(text: string, cut: number): boolean {
  const shown = text.slice(0, Math.max(0, cut)).trimEnd();
  return /[.!?؟…][»"'”’)\]]*$/u.test(shown);
}

/** The offset of the first code unit of `el`'s text laid out at or below `bottom`, or null if none is. */
function firstBelow(el: HTMLElement, bottom: number): { text: string; cut: number } | null {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  const range = document.createRange();
  const middleOf = (offset: number): number | null => {
    let at = offset;
    for (const node of nodes) {
      if (at < node.data.length) {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getClientRects()[0];
        // The glyph's middle: an Arabic face's glyph box is taller than its line.
        return rect === undefined ? null : (rect.top + rect.bottom) / 2;
      }
      at -= node.data.length;
    }
    return null;
  };
  // Lines run down the block, so "laid out below the clamp" holds from one offset to the end.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const middle = middleOf(mid);
    if (middle !== null && middle >= bottom) high = mid;
    else low = mid + 1;
  }
  return low >= text.length ? null : { text, cut: low };
}

/**
 * A clamped gist ends at a sentence without "…": where the clamp's last line ends a sentence, the box is
 * cut at that line instead (`data-cut="sentence"`, its height `--sentence-cut`), so no ellipsis follows
 * the full stop; elsewhere the clamp draws its one ellipsis. Measured again when the box resizes, the
 * fonts load or `key` (the text, the language, the fold) changes.
 */
export function useSentenceClamp(ref: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = (): void => {
      delete el.dataset.cut;
      el.style.removeProperty('--sentence-cut');
      const style = getComputedStyle(el);
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      if (!clamped || el.scrollHeight <= el.clientHeight + 1) return;
      const below = firstBelow(el, el.getBoundingClientRect().top + el.clientHeight);
      if (below === null || !endsSentence(below.text, below.cut)) return;
      // The clamp's own height: the box keeps its size, only the "…" goes.
      el.style.setProperty('--sentence-cut', `${el.offsetHeight}px`);
      el.dataset.cut = 'sentence';
    };
    measure();
    let width = el.clientWidth;
    // Measured once where the browser cannot say when the box changes width.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      measure();
    });
    observer.observe(el);
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) measure();
    });
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [ref, key]);
}
