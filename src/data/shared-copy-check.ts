/**
 * The checker's view of shared copy: the passages any two articles share (found by
 * `findSharedCopy`), and a warning for each one the dataset's provenance does not explain, that is
 * where no report is declared, for both passages, that they both rest on.
 */
import {
  findSharedCopy,
  passageProvenance,
  rootProvenance,
  type Dataset,
  type SharedCopy,
  type Source,
  type SourceWithText,
  type Span,
} from '../domain';
import { at, type Problem } from './problems';

export interface SharedCopyReport {
  readonly pairs: readonly SharedCopy[];
  /** One per shared passage whose two sides declare no common origin. */
  readonly undeclared: readonly Problem[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The origins declared for a span of a source: those of the quotes over it, else the whole source's. */
export function declaredOrigins(d: Dataset, source: Source, span: Span): Set<string> {
  const origins = new Set<string>();
  let quoted = false;
  for (const ev of d.events)
    for (const acc of ev.accounts) {
      if (acc.source !== source.id) continue;
      for (const q of acc.quotes) {
        if (!overlaps(q, span)) continue;
        quoted = true;
        for (const p of passageProvenance(source, q)) origins.add(p.origin);
      }
    }
  if (!quoted)
    for (const p of rootProvenance((source.restsOn ?? []).filter((p) => p.extent !== 'part')))
      origins.add(p.origin);
  return origins;
}

/** Finds the shared copy of a dataset's articles and checks it against the declared provenance. */
export function checkSharedCopy(d: Dataset): SharedCopyReport {
  const pairs = findSharedCopy(d.sources.map((s) => ({ id: s.id, text: s.text, exclude: s.outOfScope })));
  // The pairs name sources by plain string: the index is looked up by any string.
  const index = new Map<string, { s: SourceWithText; i: number }>(d.sources.map((s, i) => [s.id, { s, i }]));
  const undeclared: Problem[] = [];
  for (const pair of pairs) {
    const a = index.get(pair.a);
    const b = index.get(pair.b);
    if (a === undefined || b === undefined) continue;
    for (const p of pair.passages) {
      const oa = declaredOrigins(d, a.s, p.a);
      const ob = declaredOrigins(d, b.s, p.b);
      if ([...oa].some((o) => ob.has(o))) continue;
      undeclared.push({
        path: at(at('$.sources', a.i), 'restsOn'),
        code: 'undeclared-shared-copy',
        message: `${pair.a} ${p.a.start}–${p.a.end} and ${pair.b} ${p.b.start}–${p.b.end} share wording (score ${p.similarity.score.toFixed(2)}), but no report is declared that both rest on: give their sources or quotes a common restsOn origin`,
      });
    }
  }
  return { pairs, undeclared };
}
