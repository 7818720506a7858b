/**
 * A suggested event the author rejected for an article: kept in the draft (`rejectedSuggestions`, the
 * workbench's own note, never exported), so that it stays rejected after a reload, and changed by a
 * command like every other change, so that Undo brings it back.
 */
import type { Draft } from './draft';

/** The command: the suggestion of `event` for the article `source` rejected, or no longer. */
export interface RejectSuggestion {
  readonly type: 'reject-suggestion';
  readonly event: string;
  readonly source: string;
  readonly rejected: boolean;
}

/** Which suggestion a rejection names, as one string: its event, then its article (`renameEvent` follows). */
export const rejectionKey = (event: string, source: string): string => `${event} ${source}`;

/** The events whose suggestion for the article `source` the author rejected. */
export function rejectedFor(d: Draft, source: string): ReadonlySet<string> {
  const tail = ` ${source}`;
  return new Set(
    (d.rejectedSuggestions ?? []).flatMap((k) => (k.endsWith(tail) ? [k.slice(0, -tail.length)] : [])),
  );
}

/** The draft with the suggestion rejected or restored; the same draft when nothing changes. */
export function rejectSuggestion(d: Draft, c: RejectSuggestion): Draft {
  const known = d.events.some((e) => e.id === c.event) && d.sources.some((s) => s.id === c.source);
  const key = rejectionKey(c.event, c.source);
  const now = d.rejectedSuggestions ?? [];
  if (!known || now.includes(key) === c.rejected) return d;
  return { ...d, rejectedSuggestions: c.rejected ? [...now, key] : now.filter((k) => k !== key) };
}

/** The draft without the rejections that name an event or an article no longer in it. */
export function withoutStaleRejections(d: Draft): Draft {
  const now = d.rejectedSuggestions;
  if (now === undefined) return d;
  const keys = new Set(d.events.flatMap((e) => d.sources.map((s) => rejectionKey(e.id, s.id))));
  const kept = now.filter((k) => keys.has(k));
  return kept.length === now.length ? d : { ...d, rejectedSuggestions: kept };
}
