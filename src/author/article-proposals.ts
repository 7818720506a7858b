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

/** A date an address may hold, as written there, and how its digits were read. */
interface AddressDate {
  readonly value: string;
  readonly written: string;
  /** Read day first (`cdate=01092025`) or month first, not year first: the note says which. */
  readonly order?: 'dmy' | 'mdy';
}

const pad = (n: string): string => n.padStart(2, '0');
const isDay = (y: string, m: string, d: string): boolean => {
  const [month, day] = [Number(m), Number(d)];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
};

/**
 * The dates an address may hold, every reading of them: in its path, `/2025/03/`, `2025-04-03`,
 * `20250403` and `/2025/9/2/` (unpadded); in its query, a parameter's eight digits read year first
 * (`20250901`), day first (`cdate=01092025`) or month first, each reading a real day. The caller keeps
 * the reading that agrees with the date given, so an order is never guessed.
 */
function addressDates(url: string): readonly AddressDate[] {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url.trim());
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return [];
  }
  const out: AddressDate[] = [];
  const day = /(?<!\d)(20\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/u.exec(path);
  if (day !== null) out.push({ value: `${day[1]}-${day[2]}-${day[3]}`, written: day[0] });
  const loose = /\/(20\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/u.exec(path);
  if (loose !== null) {
    const [whole, y = '', m = '', d = ''] = loose;
    if (isDay(y, m, d)) out.push({ value: `${y}-${pad(m)}-${pad(d)}`, written: whole.slice(1) });
  }
  const month = /\/(20\d\d)\/(0?[1-9]|1[0-2])(?:\/|$)/u.exec(path);
  if (month !== null) {
    const [, y = '', m = ''] = month;
    out.push({ value: `${y}-${pad(m)}`, written: `${y}/${m}` });
  }
  for (const [name, v] of parsed.searchParams) {
    if (!/^\d{8}$/u.test(v)) continue;
    const [a, b, c, d] = [v.slice(0, 2), v.slice(2, 4), v.slice(4, 6), v.slice(6, 8)];
    const written = `${name}=${v}`;
    if (a === '20' && isDay(`${a}${b}`, c, d)) out.push({ value: `${a}${b}-${c}-${d}`, written });
    if (c === '20' && isDay(`${c}${d}`, b, a))
      out.push({ value: `${c}${d}-${b}-${a}`, written, order: 'dmy' });
    if (c === '20' && a !== b && isDay(`${c}${d}`, a, b))
      out.push({ value: `${c}${d}-${a}-${b}`, written, order: 'mdy' });
  }
  return out;
}

const ORDER_WORDS = {
  dmy: { ar: 'يومًا فشهرًا فسنة', en: 'day, month, year' },
  mdy: { ar: 'شهرًا فيومًا فسنة', en: 'month, day, year' },
} as const;

/**
 * A note in both languages saying how the publication date `published` of an article not printing it
 * was found, or null when neither the address nor the text shows it: the address's date when it
 * agrees with `published` (the same day, or its month), and the article's words naming the day it
 * appeared («اليوم السبت») or that very day of the week («صباح الأحد»), read from `published`.
 */
export function publishedNoteDraft(text: string, url: string | null, published: string): Bilingual | null {
  // The first reading of the address that agrees with the date given.
  const fromAddress = (url === null ? [] : addressDates(url)).find((d) => published.startsWith(d.value));
  const agrees = fromAddress !== undefined;
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
    const order = fromAddress.order === undefined ? null : ORDER_WORDS[fromAddress.order];
    ar.push(`عنوان المقال يحمل ${fromAddress.written}${order === null ? '' : ` (مقروءًا ${order.ar})`}`);
    en.push(`its address holds ${fromAddress.written}${order === null ? '' : ` (read as ${order.en})`}`);
  }
  if (words.length > 0) {
    // Said with what they agree: the publication on that day.
    const agree =
      words.length === 1
        ? { ar: 'يوافق النشر يوم', en: 'agrees with publication on' }
        : { ar: 'يوافقان النشر يوم', en: 'agree with publication on' };
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
    ar.push(`${agrees ? 'و' : ''}قوله ${quoted.ar} ${agree.ar} ${day.ar}`);
    en.push(`its text's ${quoted.en} ${agree.en} ${day.en}`);
  }
  return { ar: `مستنتج: ${ar.join(listComma('ar'))}.`, en: `Inferred: ${en.join('; ')}.` };
}
