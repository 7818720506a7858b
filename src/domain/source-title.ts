import { joinParts } from './format';
import type { Bilingual, Lang, Source } from './types';

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

/**
 * The words that follow a title's lead, in both languages. They are the title's own, so the screen,
 * the handout, the slides and the deck files all take them from here.
 */
export const SOURCE_TITLE_WORDS: Readonly<
  Record<'republished' | 'quoted' | 'siteUnknown', Readonly<Record<Lang, string>>>
> = {
  republished: { en: 'republished', ar: 'إعادة نشر' },
  quoted: { en: 'quoted in part', ar: 'نقل جزئي' },
  siteUnknown: { en: 'site unknown', ar: 'الموقع غير معروف' },
};

/** What a title says after its lead, muted where it is shown ("republished · site unknown"); '' if nothing. */
export function sourceTitleAfter(title: SourceTitle, lang: Lang): string {
  return joinParts(
    [
      ...(title.relation === null ? [] : [SOURCE_TITLE_WORDS[title.relation][lang]]),
      ...(title.siteKnown ? [] : [SOURCE_TITLE_WORDS.siteUnknown[lang]]),
    ],
    lang,
  );
}

/**
 * A source's name as plain text, the one name a reader meets for it everywhere the words are not
 * marked up (a list in a sentence, a slide, a deck file, an export, a name read out): the title's lead,
 * then what follows it in brackets, "Alhurra (republished · site unknown)".
 */
export function sourceLabel(source: Source, lang: Lang): string {
  const title = sourceTitle(source);
  const after = sourceTitleAfter(title, lang);
  return after === '' ? title.lead[lang] : `${title.lead[lang]} (${after})`;
}

/**
 * An article's outlet as the workbench names it while the article is being written: in the interface's
 * language, else in the other one (with that language, to mark it), else null (not yet given).
 */
export function draftOutlet(
  source: Pick<Source, 'outlet'>,
  lang: Lang,
): { readonly text: string; readonly lang: Lang } | null {
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  if (source.outlet[lang] !== '') return { text: source.outlet[lang], lang };
  if (source.outlet[other] !== '') return { text: source.outlet[other], lang: other };
  return null;
}

/** An article's name in the workbench: its outlet (`draftOutlet`), else its id. */
export function draftName(source: { readonly id: string; readonly outlet: Bilingual }, lang: Lang): string {
  return draftOutlet(source, lang)?.text ?? source.id;
}
