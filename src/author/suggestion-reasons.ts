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

interface Stretch {
  readonly start: number;
  readonly end: number;
}
const within = (x: Stretch, spans: readonly Stretch[]): boolean =>
  spans.some((s) => s.start <= x.start && x.end <= s.end);

/**
 * The suggestion with its reasons found inside passages already quoted under another event taken out
 * (trial 5, S2-3: "its date: «الاثنين»" came from the sentence just quoted under the blackout). An
 * actor stays while one of its mentions lies elsewhere.
 */
export function reasonsOutside<S extends Pick<EventSuggestion, 'reasons'>>(
  s: S,
  quoted: readonly Stretch[],
): S {
  const reasons = s.reasons.flatMap((r): Reason[] => {
    if (r.kind === 'date') return within(r.expression, quoted) ? [] : [r];
    if (r.kind === 'wording') return within(r.sentence, quoted) ? [] : [r];
    const mentions = r.mentions.filter((m) => !within(m, quoted));
    return mentions.length === 0 ? [] : [{ ...r, mentions }];
  });
  return reasons.length === s.reasons.length ? s : { ...s, reasons };
}

/**
 * How the workbench lists an article's suggestions (trial 5, S2-3: 8 of 13 had no passage, each
 * listed with a score to read and reject): those offering passages in full; those with none only
 * behind "N other events may fit", and not at all once no reason is left outside what is quoted.
 */
export function listSuggestions<S extends Pick<EventSuggestion, 'reasons'>>(
  suggestions: readonly S[],
  passages: (s: S) => number,
  /** This article's passages quoted under events other than the suggestion's. */
  quoted: (s: S) => readonly Stretch[],
): { readonly offering: S[]; readonly mayFit: S[] } {
  const offering: S[] = [];
  const mayFit: S[] = [];
  for (const s of suggestions) {
    const kept = reasonsOutside(s, quoted(s));
    if (passages(s) > 0) offering.push(kept);
    else if (kept.reasons.length > 0) mayFit.push(kept);
  }
  return { offering, mayFit };
}
