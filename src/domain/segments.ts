/**
 * Cuts an article into runs for the reader: each run knows whether it is the chosen quote, another
 * quoted passage, or outside the story. Offsets come from the dataset; nothing is searched by string.
 */
import type { Span } from './types';

export type Mark = 'current' | 'quoted' | 'out-of-scope';

export interface Segment extends Span {
  readonly text: string;
  readonly marks: ReadonlySet<Mark>;
}

export function segmentArticle(text: string, spans: readonly (Span & { readonly mark: Mark })[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const marks = new Set<Mark>(spans.filter((s) => s.start <= start && end <= s.end).map((s) => s.mark));
    segments.push({ start, end, text: text.slice(start, end), marks });
  }
  return segments;
}
