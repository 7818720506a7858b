/**
 * What the workbench proposes for an article's description, from what the article and its address
 * show, for the author to take or leave: the outlet named by the address's host (and the country its
 * ending stands for, outside knowledge said as such), and a note in both languages saying how an
 * inferred publication date was found (the address's date, and the article's words that name its own
 * day). Nothing is proposed that the address or the text does not hold.
 */
import {
  analyseDates,
  describeValue,
  formatList,
  listComma,
  normalizeForMatch,
  type Bilingual,
} from '../domain';
import type { ArticleFields } from './commands';

/** Country-code endings of addresses and the country each stands for (the registry's, not the outlet's word). */
const COUNTRY_ENDINGS: Readonly<Record<string, Bilingual>> = {
  ae: { ar: 'الإمارات', en: 'UAE' },
  bh: { ar: 'البحرين', en: 'Bahrain' },
  dz: { ar: 'الجزائر', en: 'Algeria' },
  eg: { ar: 'مصر', en: 'Egypt' },
  iq: { ar: 'العراق', en: 'Iraq' },
  jo: { ar: 'الأردن', en: 'Jordan' },
  kw: { ar: 'الكويت', en: 'Kuwait' },
  lb: { ar: 'لبنان', en: 'Lebanon' },
  ly: { ar: 'ليبيا', en: 'Libya' },
  ma: { ar: 'المغرب', en: 'Morocco' },
  mr: { ar: 'موريتانيا', en: 'Mauritania' },
  om: { ar: 'عُمان', en: 'Oman' },
  ps: { ar: 'فلسطين', en: 'Palestine' },
  qa: { ar: 'قطر', en: 'Qatar' },
  sa: { ar: 'السعودية', en: 'Saudi Arabia' },
  sd: { ar: 'السودان', en: 'Sudan' },
  sy: { ar: 'سوريا', en: 'Syria' },
  tn: { ar: 'تونس', en: 'Tunisia' },
  tr: { ar: 'تركيا', en: 'Turkey' },
  ye: { ar: 'اليمن', en: 'Yemen' },
};

/** The outlet an address names: its host without "www.", and the country of a country-code ending. */
export interface OutletProposal {
  readonly host: string;
  /** The country the host's ending stands for, or null (.com, .net…). */
  readonly country: Bilingual | null;
  /** The outlet's name as proposed: «thepress.ma (المغرب)», "thepress.ma (Morocco)". */
  readonly outlet: Bilingual;
}

/** The outlet `url` names, or null when it is no web address. */
export function outletFromAddress(url: string | null): OutletProposal | null {
  if (url === null) return null;
  let host: string;
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
  if (!host.includes('.')) return null;
  const country = COUNTRY_ENDINGS[host.slice(host.lastIndexOf('.') + 1)] ?? null;
  return {
    host,
    country,
    outlet:
      country === null
        ? { ar: host, en: host }
        : { ar: `${host} (${country.ar})`, en: `${host} (${country.en})` },
  };
}

/**
 * The fields an outlet's name commits. Naming the outlet says nothing of whether the article's text
 * names it (`outletBasis`, the author's own answer: a site is known to readers from its address as
 * well, `sourceTitle`); only a name emptied says the text names none, since there is nothing to name.
 */
export function outletFields(outlet: Bilingual): ArticleFields {
  const blank = (b: Bilingual): boolean => b.ar.trim() === '' && b.en.trim() === '';
  if (blank(outlet)) return { outlet, outletBasis: 'unknown' };
  return { outlet };
}

/** A date in an address: `/2025/03/`, `2025-04-03`, `20250403`; the first, as written there. */
function addressDate(url: string): { readonly value: string; readonly written: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url.trim()).pathname);
  } catch {
    return null;
  }
  const day = /(?<!\d)(20\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/u.exec(path);
  if (day !== null) return { value: `${day[1]}-${day[2]}-${day[3]}`, written: day[0] };
  const month = /\/(20\d\d)\/(0[1-9]|1[0-2])(?:\/|$)/u.exec(path);
  if (month !== null) return { value: `${month[1]}-${month[2]}`, written: `${month[1]}/${month[2]}` };
  return null;
}

/**
 * A note in both languages saying how the publication date `published` of an article not printing it
 * was found, or null when neither the address nor the text shows it: the address's date when it
 * agrees with `published` (the same day, or its month), and the article's words naming the day it
 * appeared («اليوم السبت») or that very day of the week («صباح الأحد»), read from `published`.
 */
export function publishedNoteDraft(text: string, url: string | null, published: string): Bilingual | null {
  const fromAddress = url === null ? null : addressDate(url);
  const agrees = fromAddress !== null && published.startsWith(fromAddress.value);
  // «اليوم» reads as the publication day whatever day that is: only words naming its weekday tell it.
  // Folded as every match is (`normalizeForMatch`): «الجمعه», «الجُمعة», «الإثنين» name their day too.
  const weekday = normalizeForMatch(describeValue(published, 'ar').split(' ')[0] ?? '').replace(/^ال/u, '');
  const words: string[] = [];
  for (const d of analyseDates(text, published)) {
    if (d.value !== published || (d.kind !== 'deictic' && d.kind !== 'weekday')) continue;
    if (weekday === '' || !normalizeForMatch(d.text).includes(weekday)) continue;
    if (!words.includes(d.text)) words.push(d.text);
    if (words.length === 2) break;
  }
  if (!agrees && words.length === 0) return null;
  const day = { ar: describeValue(published, 'ar'), en: describeValue(published, 'en') };
  const ar: string[] = [];
  const en: string[] = [];
  if (agrees) {
    ar.push(`عنوان المقال يحمل ${fromAddress.written}`);
    en.push(`its address holds ${fromAddress.written}`);
  }
  if (words.length > 0) {
    const agree = words.length === 1 ? { ar: 'يوافقه', en: 'agrees' } : { ar: 'يوافقانه', en: 'agree' };
    const quoted = {
      ar: formatList(
        words.map((w) => `«${w}»`),
        'ar',
      ),
      en: formatList(
        words.map((w) => `“${w}”`),
        'en',
      ),
    };
    ar.push(`${agrees ? 'و' : ''}قوله ${quoted.ar} ${agree.ar} (${day.ar})`);
    en.push(`its text's ${quoted.en} ${agree.en} (${day.en})`);
  }
  return { ar: `مستنتج: ${ar.join(listComma('ar'))}.`, en: `Inferred: ${en.join('; ')}.` };
}
