/**
 * A suggestion's date reasons as the workbench lists them: one line per thing said. The same words
 * read as the same date (an article that says «مساء أمس الثلاثاء» twice) are one reason, not two
 * (#24 D11).
 */
import type { EventSuggestion } from '../domain';

type Reason = EventSuggestion['reasons'][number];
export type DateReason = Extract<Reason, { kind: 'date' }>;

/** The suggestion's date reasons, each expression's words and date once, in the order found. */
export function distinctDateReasons(s: Pick<EventSuggestion, 'reasons'>): DateReason[] {
  const seen = new Set<string>();
  const out: DateReason[] = [];
  for (const r of s.reasons) {
    if (r.kind !== 'date') continue;
    const key = `${r.expression.text.normalize('NFC').trim()}\u0000${r.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
