import { sourceAddress } from './source-address';
import type { Bilingual, Lang, Source } from './types';

/**
 * How a source's title reads: what a reader scans for first, then, muted, how the article stands to
 * it. Most articles do not name the site that published them, and none is invented: the title leads
 * with the site where it is known (the article names it, or the dataset records the address it was
 * published at, which is that site's), else with the report it names as its origin (the first report
 * it credits in its own words, "Alhurra"), else with the dataset's description of it.
 */
export interface SourceTitle {
  readonly lead: Bilingual;
  /**
   * When the lead is a report the article credits: `republished` when the article is that report as a
   * whole, `quoted` when it rests on it in some passages. Null when the lead is the site or the description.
   */
  readonly relation: 'republished' | 'quoted' | null;
  /**
   * Whether the site that published it is known: the article's text names it (`outletBasis` "stated"),
   * or its web address is recorded (`sourceAddress`), the outlet then naming the site the address is
   * on. Else the title says the site is unnamed.
   */
  readonly siteKnown: boolean;
}

/** What a source's name is made of. */
export type NamedSource = Pick<Source, 'outlet' | 'outletBasis' | 'restsOn' | 'url'>;

export function sourceTitle(source: NamedSource): SourceTitle {
  const siteKnown = source.outletBasis === 'stated' || sourceAddress(source) !== null;
  if (siteKnown) return { lead: source.outlet, relation: null, siteKnown };
  const named = source.restsOn?.find((r) => r.basis === 'credited' && r.origin !== 'unknown');
  if (named === undefined) return { lead: source.outlet, relation: null, siteKnown };
  return { lead: named.name, relation: named.extent === 'whole' ? 'republished' : 'quoted', siteKnown };
}

/**
 * What a source's tab says, short and alike for every source under tabs: the title's lead ("Reuters"),
 * and of a site the article names, its name before the first parenthesis of the dataset's description
 * of it ("AlMada" of "AlMada (almada.org, Lebanon), as republished by…"); the whole name is said on its
 * card. Nothing is made up: the tab's words are the start of the data's.
 */
export function tabName(source: NamedSource, lang: Lang): string {
  const title = sourceTitle(source);
  const lead = title.lead[lang];
  if (!title.siteKnown) return lead;
  const cut = lead.indexOf(' (');
  return cut > 0 ? lead.slice(0, cut) : lead;
}

/**
 * A source's one name, in both languages, built from what the data says of it: where the article names
 * no site, the name says so and what the unnamed site does with the report it credits ("Unnamed site
 * citing Reuters"), never the credited report's name alone. The screen, the handout, the slides and the
 * deck files all take it from here. `{name}` stands for the title's lead.
 */
export const SOURCE_NAME_WORDS: Readonly<
  Record<'republished' | 'quoted' | 'siteUnknown', Readonly<Record<Lang, string>>>
> = {
  republished: { en: 'Unnamed site republishing {name}', ar: 'موقع غير مسمّى يعيد نشر {name}' },
  quoted: { en: 'Unnamed site citing {name}', ar: 'موقع غير مسمّى ينقل عن {name}' },
  siteUnknown: { en: '{name} (unnamed site)', ar: '{name} (موقع غير مسمّى)' },
};

/** A source's name in three runs: the words before its lead, the lead (the name scanned for), after it. */
export interface SourceNameParts {
  readonly before: string;
  readonly lead: string;
  readonly after: string;
}

/** The runs of a source's name in `lang` (`SOURCE_NAME_WORDS`); a named site is its lead alone. */
export function sourceNameParts(source: NamedSource, lang: Lang): SourceNameParts {
  const title = sourceTitle(source);
  const lead = title.lead[lang];
  if (title.siteKnown) return { before: '', lead, after: '' };
  const [before = '', after = ''] = SOURCE_NAME_WORDS[title.relation ?? 'siteUnknown'][lang].split('{name}');
  return { before, lead, after };
}

/**
 * A source's name as plain text, the one name a reader meets for it everywhere (a card, a list in a
 * sentence, a slide, a deck file, an export, a name read out): "Unnamed site citing Reuters", or the
 * site where the article names it.
 */
export function sourceLabel(source: NamedSource, lang: Lang): string {
  const { before, lead, after } = sourceNameParts(source, lang);
  return `${before}${lead}${after}`;
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
