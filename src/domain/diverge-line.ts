/**
 * One line of "where the accounts part ways", composed once for every medium that shows it (the
 * reading summary, a slide on screen and its measure, the deck files): the claim's speaker, which
 * sources the line names and how, how many outlets and origins carry it, and whether they all rest
 * on one report. Each medium only lays the parts out in its own words and marks.
 */
import { partingSources, type ClaimRow, type PartingHow } from './claims';
import { dataText, DEFAULT_DISPLAY, formatList } from './format';
import { sourceLabel } from './source-title';
import type { DateDisplay, Entity, Lang, Source } from './types';

/** The words a medium counts a claim's support in (the interface's, or the deck's own table). */
export interface SupportWords {
  /** "3 outlets, 2 independent origins". */
  readonly support: (outlets: number, origins: number) => string;
  /**
   * "3 outlets, 1 or 2 independent origins (1 does not say its source)": `low` to `high` origins,
   * `unknown` of the outlets of an origin the text does not reveal (see `originsEither`).
   */
  readonly supportUnknown: (outlets: number, low: number, high: number, unknown: number) => string;
}

/** Whether a range of origins reads as "low or high" (they are one apart) rather than "low to high". */
export function originsEither(low: number, high: number): boolean {
  return high === low + 1;
}

/**
 * How many outlets carry a claim and how many origins they come down to. An origin the text does not
 * reveal is never counted as independent: the count becomes a range.
 */
export function supportLine(row: ClaimRow, words: SupportWords): string {
  return row.unknownOrigins === 0 || row.originsAtLeast === row.origins
    ? words.support(row.carriedBy, row.origins)
    : words.supportUnknown(row.carriedBy, row.originsAtLeast, row.origins, row.unknownOrigins);
}

export interface DivergeLine {
  /** Only in one source, not in some, or in all of them in other words (`partingSources`). */
  readonly how: PartingHow;
  /** The sources the line names, in order. */
  readonly sources: readonly Source[];
  /** Their names as the interface writes them (`sourceLabel`, digits as chosen), one per source. */
  readonly labels: readonly string[];
  /** The names joined as the language joins a list (`formatList`). */
  readonly names: string;
  /** How many outlets and origins carry the claim, when more than one does; else null. */
  readonly support: string | null;
  /** Several outlets carry it, all resting on one report. */
  readonly singleOrigin: boolean;
  /** Who the claim is attributed to, in the interface's language and digits; else null. */
  readonly speaker: string | null;
}

/** What a medium composes its lines in. */
export interface LineContext {
  readonly lang: Lang;
  readonly words: SupportWords;
  readonly display?: DateDisplay;
  /** Where a claim's speaker is found; without it, no line names a speaker. */
  readonly entities?: ReadonlyMap<string, Entity>;
  /** A source's name where the medium mentions it; `sourceLabel` unless the medium says its standing elsewhere. */
  readonly label?: (source: Source) => string;
}

/** The parts of a divergence line for `row`. */
export function divergeLine(
  row: ClaimRow,
  { lang, words, display = DEFAULT_DISPLAY, entities, label = (s) => sourceLabel(s, lang) }: LineContext,
): DivergeLine {
  const { how, sources } = partingSources(row);
  const labels = sources.map((s) => dataText(label(s), lang, display));
  const by = row.claim.by === undefined ? undefined : entities?.get(row.claim.by);
  // One outlet is counted in no origins: a lone account of unknown origin is no independent one.
  const several = row.carriedBy > 1;
  return {
    how,
    sources,
    labels,
    names: formatList(labels, lang, display),
    support: several ? supportLine(row, words) : null,
    singleOrigin: several && row.singleOrigin,
    speaker: by === undefined ? null : dataText(by.name[lang], lang, display),
  };
}
