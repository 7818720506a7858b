/**
 * The rules of provenance beyond its shape: a credited report is anchored at the article's own words
 * (the exact slice), an inferred one is not dressed up as credited, and a chain (`via`) names a report
 * the same text rests on. The reserved origin `unknown` (a report the text does not reveal) is only
 * ever inferred, anchored at nothing, and no report comes through it.
 */
import { UNKNOWN_ORIGIN, type Dataset, type Provenance } from '../domain';
import { checkContext } from './context-rule';
import { at, type Problem } from './problems';

type Push = (path: string, code: Problem['code'], message: string) => void;

function checkList(
  text: string,
  list: readonly Provenance[],
  path: string,
  known: ReadonlySet<string>,
  push: Push,
): void {
  const seen = new Set<string>();
  list.forEach((p, i) => {
    const q = at(path, i);
    if (seen.has(p.origin))
      push(at(q, 'origin'), 'duplicate-id', `origin "${p.origin}" is listed twice; merge the entries`);
    seen.add(p.origin);
    if (p.basis === 'credited' && p.anchor === undefined)
      push(at(q, 'anchor'), 'required', 'a credited report needs the words that credit it');
    if (
      p.origin === UNKNOWN_ORIGIN &&
      (p.basis !== 'inferred' || p.anchor !== undefined || p.via !== undefined)
    )
      push(
        at(q, 'basis'),
        'enum',
        'an unknown origin is inferred, with no crediting words and no report it came through',
      );
    if (p.via === UNKNOWN_ORIGIN)
      push(at(q, 'via'), 'dangling-reference', 'no report can be said to come through an unknown origin');
    else if (p.via !== undefined && (p.via === p.origin || !known.has(p.via)))
      push(at(q, 'via'), 'dangling-reference', `"${p.via}" is not another report this text rests on`);
    const a = p.anchor;
    if (a === undefined) return;
    if (a.end <= a.start || a.end > text.length) {
      push(at(q, 'anchor'), 'offset-range', `${a.start}–${a.end} is not a range of the article`);
      return;
    }
    checkContext(text, a, at(q, 'anchor'), push);
    const slice = text.slice(a.start, a.end);
    if (slice !== a.text)
      push(
        at(at(q, 'anchor'), 'text'),
        'quote-mismatch',
        `is not the article's text at ${a.start}–${a.end}, which reads ${JSON.stringify(slice.slice(0, 80))}`,
      );
  });
}

/** Every provenance rule the dataset breaks, each with its path. */
export function validateProvenance(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const push: Push = (path, code, message) => void problems.push({ path, code, message });
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  d.sources.forEach((s, i) => {
    const list = s.restsOn ?? [];
    checkList(s.text, list, at(at('$.sources', i), 'restsOn'), new Set(list.map((p) => p.origin)), push);
  });
  d.events.forEach((ev, i) =>
    ev.accounts.forEach((acc, j) => {
      const source = sources.get(acc.source);
      if (source === undefined) return;
      acc.quotes.forEach((quote, k) => {
        if (quote.restsOn === undefined) return;
        const known = new Set([...(source.restsOn ?? []), ...quote.restsOn].map((p) => p.origin));
        const path = at(at(at(at(at('$.events', i), 'accounts'), j), 'quotes'), k);
        checkList(source.text, quote.restsOn, at(path, 'restsOn'), known, push);
      });
    }),
  );
  return problems;
}
