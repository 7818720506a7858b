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

/** A window of `text` around its first range, so a long quote shows where it matched. */
export function snippet(
  text: string,
  ranges: readonly Range[],
  room = 70,
): { text: string; ranges: Range[] } {
  const first = ranges[0];
  if (first === undefined || text.length <= room * 2) return { text, ranges: [...ranges] };
  const from = Math.max(0, first.start - room);
  const to = Math.min(text.length, first.end + room);
  const lead = from > 0 ? '… ' : '';
  const shifted = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from + lead.length, end: r.end - from + lead.length }));
  return { text: `${lead}${text.slice(from, to)}${to < text.length ? ' …' : ''}`, ranges: shifted };
}
