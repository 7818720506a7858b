import type { Bilingual, Source } from './types';

/**
 * How a source's title reads: what a reader scans for first, then, muted, how the article stands to
 * it. Most articles do not name the site that published them, and none is invented: the title leads
 * with the site where the article names it, else with the report it names as its origin (the first
 * report it credits in its own words, "Alhurra"), else with the dataset's description of it.
 */
export interface SourceTitle {
  readonly lead: Bilingual;
  /**
   * When the lead is a report the article credits: `republished` when the article is that report as a
   * whole, `quoted` when it rests on it in some passages. Null when the lead is the site or the description.
   */
  readonly relation: 'republished' | 'quoted' | null;
  /** Whether the article names the site that published it (the title then says it is unknown). */
  readonly siteKnown: boolean;
}

export function sourceTitle(source: Source): SourceTitle {
  const siteKnown = source.outletBasis === 'stated';
  if (siteKnown) return { lead: source.outlet, relation: null, siteKnown };
  const named = source.restsOn?.find((r) => r.basis === 'credited' && r.origin !== 'unknown');
  if (named === undefined) return { lead: source.outlet, relation: null, siteKnown };
  return { lead: named.name, relation: named.extent === 'whole' ? 'republished' : 'quoted', siteKnown };
}
