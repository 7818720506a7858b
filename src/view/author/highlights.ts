/**
 * The article text cut into runs for highlighting: every edge of every mark (a date expression, an
 * entity mention, a passage already quoted, an out-of-scope part) starts a new run, and each run
 * carries the marks covering it. Pure; the view renders each run as a text node in a `<mark>` or `<span>`.
 */
import type { Span } from '../../domain';

export type MarkKind = 'date' | 'mention' | 'quote' | 'out';

export interface Mark extends Span {
  readonly kind: MarkKind;
  /** What a tooltip says: the resolved date, the entity, the event quoted. */
  readonly label: string;
}

export interface Run extends Span {
  readonly marks: readonly Mark[];
}

export function toRuns(length: number, marks: readonly Mark[]): Run[] {
  const edges = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start < 0 || m.end > length || m.end <= m.start) continue;
    edges.add(m.start);
    edges.add(m.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    runs.push({ start, end, marks: marks.filter((m) => m.start <= start && end <= m.end) });
  }
  return runs;
}

/** Offsets of a DOM selection inside the text, from the `data-start` of the runs holding its ends. */
export function selectionOffsets(sel: Selection | null, root: HTMLElement): Span | null {
  if (sel === null || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    if (!root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const run = node.parentElement?.closest<HTMLElement>('[data-start]');
      const base = run === null || run === undefined ? null : Number(run.dataset['start']);
      return base === null || Number.isNaN(base) ? null : base + offset;
    }
    // An element boundary: the start of its `offset`-th child run, or the end of the text.
    const child = node.childNodes[offset] as HTMLElement | undefined;
    const start = child?.dataset?.['start'];
    if (start !== undefined) return Number(start);
    const runs = root.querySelectorAll<HTMLElement>('[data-start]');
    const last = runs[runs.length - 1];
    return last === undefined ? null : Number(last.dataset['end']);
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}
