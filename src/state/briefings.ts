/**
 * The briefings a user makes, kept on this device (site storage) by dataset, so that they survive a
 * reload. What is read back is untrusted: anything without a briefing's outline is dropped here, and
 * the app checks the rest with the dataset's rules before presenting or exporting it. A briefing
 * half-edited (a title not yet given in both languages) is kept as it is, so no work is lost.
 */
import type { Bilingual, Briefing, Dataset } from '../domain';
import { siteStorage, type SiteStorage } from './storage';

const KEY = 'riwayat.briefings';

/** Which dataset a saved briefing belongs to: its title in both languages. */
export const briefingShelf = (dataset: Pick<Dataset, 'title'>): string =>
  `${dataset.title.en}\u0000${dataset.title.ar}`;

const isText = (v: unknown): v is Bilingual =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Bilingual).ar === 'string' &&
  typeof (v as Bilingual).en === 'string';
const optionalText = (v: unknown): boolean => v === undefined || isText(v);
const optionalList = (v: unknown): boolean => v === undefined || Array.isArray(v);

/** A briefing's outline: ids and texts where they belong (the rules check the rest). */
export function isBriefingLike(v: unknown): v is Briefing {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return (
    typeof b['id'] === 'string' &&
    isText(b['title']) &&
    optionalText(b['subtitle']) &&
    optionalText(b['notes']) &&
    Array.isArray(b['items']) &&
    b['items'].every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const i = item as Record<string, unknown>;
      return (
        typeof i['event'] === 'string' &&
        optionalList(i['sources']) &&
        optionalList(i['quotes']) &&
        optionalList(i['claims']) &&
        optionalText(i['notes'])
      );
    })
  );
}

function readAll(storage: Pick<SiteStorage, 'getItem'>): Record<string, unknown> {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The briefings saved on this device for a dataset, in the order they were made. */
export function savedBriefings(
  shelf: string,
  storage: Pick<SiteStorage, 'getItem'> = siteStorage,
): Briefing[] {
  const list = readAll(storage)[shelf];
  return Array.isArray(list) ? list.filter(isBriefingLike) : [];
}

/** Saves a dataset's briefings; false when storage refuses (blocked or full). */
export function saveBriefings(
  shelf: string,
  briefings: readonly Briefing[],
  storage: SiteStorage = siteStorage,
): boolean {
  const all = readAll(storage);
  all[shelf] = briefings;
  try {
    return storage.setItem(KEY, JSON.stringify(all));
  } catch {
    return false;
  }
}
