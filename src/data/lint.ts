/**
 * Corpus rules that make a dataset complete and honest rather than merely valid: every date
 * expression in every article is accounted for, every claim is carried by some quote, every event is
 * told by some source, and every alias is a spelling some article really uses.
 */
import { findDateExpressions, type Dataset, type Span } from '../domain';
import { at, type Problem } from './problems';

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Problems that make a dataset incomplete as a reading of its corpus. */
export function lintCorpus(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const quotesBySource = new Map<string, Span[]>();
  for (const ev of d.events) {
    for (const acc of ev.accounts) {
      const list = quotesBySource.get(acc.source) ?? [];
      list.push(...acc.quotes);
      quotesBySource.set(acc.source, list);
    }
  }
  d.sources.forEach((s, i) => {
    const covered = [...(quotesBySource.get(s.id) ?? []), ...s.outOfScope];
    for (const e of findDateExpressions(s.text)) {
      if (!covered.some((c) => inside(e, c))) {
        const line = s.text.slice(0, e.start).split('\n').length;
        problems.push({
          path: at(at('$.sources', i), 'text'),
          code: 'uncovered-date',
          message: `the date expression ${JSON.stringify(e.text)} (${e.kind}) at ${e.start}–${e.end}, line ${line}, lies in no quote and no out-of-scope range`,
        });
      }
    }
  });
  d.events.forEach((ev, i) => {
    const p = at('$.events', i);
    if (ev.accounts.length === 0)
      problems.push({
        path: at(p, 'accounts'),
        code: 'empty',
        message: `event "${ev.id}" is told by no source`,
      });
    const carried = new Set(ev.accounts.flatMap((a) => a.quotes.flatMap((q) => q.claims)));
    ev.claims.forEach((c, j) => {
      if (!carried.has(c.id))
        problems.push({
          path: at(at(p, 'claims'), j),
          code: 'dangling-reference',
          message: `claim "${c.id}" is supported by no quote`,
        });
    });
  });
  const corpus = d.sources.map((s) => s.text).join('\n');
  d.entities.forEach((e, i) => {
    e.aliases.forEach((a, j) => {
      if (!corpus.includes(a))
        problems.push({
          path: at(at(at('$.entities', i), 'aliases'), j),
          code: 'dangling-reference',
          message: `alias "${a}" appears in no article`,
        });
    });
  });
  return problems;
}
