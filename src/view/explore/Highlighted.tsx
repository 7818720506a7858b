import type { Range } from '../../domain';

/** Text with the given ranges in `<mark>`; everything stays text. */
export function Highlighted({
  text,
  ranges,
}: {
  readonly text: string;
  readonly ranges: readonly Range[];
}): React.JSX.Element {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

/**
 * A window of `text` around its first range, so a long quote shows where it matched: some `room`
 * characters either side, cut between words (never inside one), with "…" where the text goes on.
 */
export function snippet(
  text: string,
  ranges: readonly Range[],
  room = 70,
): { text: string; ranges: Range[] } {
  const first = ranges[0];
  if (first === undefined || text.length <= room * 2) return { text, ranges: [...ranges] };
  const from = wordStart(text, Math.max(0, first.start - room), first.start);
  const to = wordEnd(text, Math.min(text.length, first.end + room), first.end);
  const lead = from > 0 ? '… ' : '';
  const shifted = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from + lead.length, end: r.end - from + lead.length }));
  return { text: `${lead}${text.slice(from, to)}${to < text.length ? ' …' : ''}`, ranges: shifted };
}

const SPACE = /\s/;

/**
 * Where a snippet cut near `at` begins: the first word that starts at or after it (before `limit`, the
 * match), else the start of the word `at` falls in; spaces after the cut are left out.
 */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  let i = at;
  while (i < limit && !SPACE.test(text[i - 1] ?? ' ')) i++;
  if (i >= limit) for (i = at; i > 0 && !SPACE.test(text[i - 1] ?? ' '); i--);
  while (i < limit && SPACE.test(text[i] ?? '')) i++;
  return i;
}

/** Where a snippet cut near `at` ends: after the last whole word before it (after `limit`), else after the word it falls in. */
function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  let i = at;
  while (i > limit && !SPACE.test(text[i] ?? ' ')) i--;
  if (i <= limit) for (i = at; i < text.length && !SPACE.test(text[i] ?? ' '); i++);
  while (i > limit && SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}
