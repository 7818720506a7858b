/**
 * Replacing an article's text (a re-fetched page: a line added, hamza or comma variants, spacing)
 * without losing a span: every quote, credit, provenance anchor and out-of-scope part of the draft is
 * placed again in the new text by `reAnchorFiles`, the code behind `npm run data:anchor`. When any span
 * cannot be placed, the text is not replaced at all and the report says which, so nothing is dropped.
 */
import { reAnchorFiles, type ReAnchorReport } from '../data';
import type { SourceWithText } from '../domain';
import { normaliseArticle, type Draft } from './draft';

export interface TextReplacement {
  /** The draft with the new text and every span placed in it, or null when some span could not be placed. */
  readonly draft: Draft | null;
  readonly report: ReAnchorReport;
}

/** What replacing `source`'s text with `raw` would do: the new draft, or why not. */
export function replaceArticleText(d: Draft, source: string, raw: string): TextReplacement {
  const text = normaliseArticle(raw);
  // The files as plain JSON, copied: re-anchoring rewrites spans in place.
  const sources = structuredClone(d.sources) as SourceWithText[];
  const events = structuredClone(d.events);
  const briefings = d.briefings === undefined ? undefined : structuredClone(d.briefings);
  const articles = new Map(sources.map((s) => [s.id, s.id === source ? text : s.text]));
  const report = reAnchorFiles(sources, events, articles, { briefings });
  if (report.unplaced.length > 0 || !sources.some((s) => s.id === source) || text.trim() === '')
    return { draft: null, report };
  return {
    draft: {
      ...d,
      sources: sources.map((s) => (s.id === source ? { ...s, text } : s)),
      events,
      ...(briefings === undefined ? {} : { briefings }),
    },
    report,
  };
}
