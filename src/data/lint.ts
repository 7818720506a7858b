/**
 * Corpus rules that make a dataset complete and honest rather than merely valid: every date
 * expression in every article is accounted for, every date derived from a weekday or a relative
 * phrase really follows from one of its quotes, every claim is carried by some quote, every event is
 * told by some source, and every alias is a spelling some article really uses.
 */
import {
  analyseDates,
  derivedDateProblem,
  type Dataset,
  type ResolvedDateExpression,
  type Span,
} from '../domain';
import { at, type Problem } from './problems';

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Every event dated from a weekday or a relative phrase must get its date from one date expression
 * inside one of its quotes: the loader's rule (`derivedDateProblem`, one rule for both), asked again
 * here so that a dataset built in memory, which never passed the loader, is held to it too.
 */
function checkDerivedDates(
  d: Dataset,
  analysed: ReadonlyMap<string, readonly ResolvedDateExpression[]>,
): Problem[] {
  const problems: Problem[] = [];
  d.events.forEach((ev, i) => {
    const message = derivedDateProblem(ev, (source) => analysed.get(source) ?? []);
    if (message !== null)
      problems.push({ path: at(at('$.events', i), 'basis'), code: 'date-basis', message });
  });
  return problems;
}

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
  const analysed = new Map(d.sources.map((s) => [s.id, analyseDates(s.text, s.published)]));
  d.sources.forEach((s, i) => {
    const covered = [...(quotesBySource.get(s.id) ?? []), ...s.outOfScope];
    for (const e of analysed.get(s.id) ?? []) {
      // A stretch of time without bounds, ahead («في الأيام أو الأشهر المقبلة») or behind
      // («في السنوات الأخيرة»), dates nothing: there is no event for it to be quoted under.
      if (e.rule === 'vague-future-period' || e.rule === 'vague-period') continue;
      if (!covered.some((c) => inside(e, c))) {
        const line = s.text.slice(0, e.start).split('\n').length;
        problems.push({
          path: at(at('$.sources', i), 'text'),
          code: 'uncovered-date',
          message: `the date expression ${JSON.stringify(e.text)} (${e.kind}) at ${e.start}–${e.end}, line ${line}, lies in no quote and no out-of-scope range (quote it under its event, or mark its sentence as background)`,
        });
      }
    }
  });
  problems.push(...checkDerivedDates(d, analysed));
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
