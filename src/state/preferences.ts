import type { DateDisplay, Lang } from '../domain';
import { siteStorage } from './storage';

const KEY = 'riwayat.lang';

/** The language the user chose last time, if storage is available and holds one. */
export function savedLang(storage: Pick<Storage, 'getItem'> | null = siteStorage): Lang | null {
  try {
    const v = storage?.getItem(KEY);
    return v === 'ar' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function saveLang(lang: Lang, storage: Pick<Storage, 'setItem'> | null = siteStorage): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Private browsing or a full quota: the choice simply is not remembered.
  }
}

/** URL first, then the saved choice, then the browser's languages, else Arabic. */
export function initialLang(url: Lang | undefined, saved: Lang | null, browser: Lang | null): Lang {
  return url ?? saved ?? browser ?? 'ar';
}

const DISPLAY_KEY = 'riwayat.display';

/** The saved month naming and digits, or the defaults: Levantine months, Arabic-Indic digits. */
export function savedDisplay(storage: Pick<Storage, 'getItem'> | null = siteStorage): DateDisplay {
  const fallback: DateDisplay = { months: 'levantine', digits: 'arab' };
  try {
    const v = JSON.parse(storage?.getItem(DISPLAY_KEY) ?? 'null') as Partial<DateDisplay> | null;
    const months =
      v?.months === 'egyptian' || v?.months === 'both' || v?.months === 'levantine'
        ? v.months
        : fallback.months;
    const digits = v?.digits === 'latn' || v?.digits === 'arab' ? v.digits : fallback.digits;
    return { months, digits };
  } catch {
    return fallback;
  }
}

export function saveDisplay(
  display: DateDisplay,
  storage: Pick<Storage, 'setItem'> | null = siteStorage,
): void {
  try {
    storage?.setItem(DISPLAY_KEY, JSON.stringify(display));
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}

const TIMELINE_KEY = 'riwayat.timelineSize';

/** The timeline's height the user chose on a desk, in CSS pixels, if any was saved. */
export function savedTimelineSize(storage: Pick<Storage, 'getItem'> | null = siteStorage): number | null {
  try {
    const v = Number(storage?.getItem(TIMELINE_KEY) ?? NaN);
    return Number.isFinite(v) && v > 0 ? Math.round(v) : null;
  } catch {
    return null;
  }
}

export function saveTimelineSize(px: number, storage: Pick<Storage, 'setItem'> | null = siteStorage): void {
  try {
    storage?.setItem(TIMELINE_KEY, String(Math.round(px)));
  } catch {
    // Not remembered; the size still applies to this visit.
  }
}

const READING_KEY = 'riwayat.reading';

/**
 * Whether a selected event gets the screen on a desk (the timeline a strip around it), as the user
 * last chose; on until they choose otherwise.
 */
export function savedReading(storage: Pick<Storage, 'getItem'> | null = siteStorage): boolean {
  try {
    return storage?.getItem(READING_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveReading(on: boolean, storage: Pick<Storage, 'setItem'> | null = siteStorage): void {
  try {
    storage?.setItem(READING_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
