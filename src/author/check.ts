/**
 * The draft checked as `npm run data:check` checks a dataset directory: its shape, the rules, then the
 * corpus rules (every date expression accounted for, every claim carried, every event told).
 */
import { lintCorpus, parseDataset, type Problem } from '../data';
import type { Draft } from './draft';

export interface DraftCheck {
  readonly problems: readonly Problem[];
  readonly omitted: number;
}

export function checkDraft(d: Draft): DraftCheck {
  const result = parseDataset(d);
  if (!result.ok) return { problems: result.problems, omitted: result.omitted ?? 0 };
  return { problems: lintCorpus(result.dataset), omitted: 0 };
}

/** Where a problem's path points in the draft: the source or event it names, if any. */
export function placeOf(d: Draft, path: string): { kind: 'source' | 'event'; id: string } | null {
  const m = /^\$\.(sources|events)\[(\d+)\]/.exec(path);
  if (m === null) return null;
  const list = m[1] === 'sources' ? d.sources : d.events;
  const item = list[Number(m[2])];
  return item === undefined ? null : { kind: m[1] === 'sources' ? 'source' : 'event', id: item.id };
}

/** A problem's path told by what it names: the article or event (by id), then the rest of the path. */
export function describePath(
  d: Draft,
  path: string,
): { readonly place: { kind: 'source' | 'event'; id: string } | null; readonly rest: string } {
  const place = placeOf(d, path);
  if (place === null) return { place, rest: path };
  return { place, rest: path.replace(/^\$\.(sources|events)\[\d+\]/, '') };
}
