import type { DateDisplay, Lang, MonthNaming } from '../domain';
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

/**
 * The saved month naming and digits, or the defaults: `months` (the names the browser's region uses,
 * else both, «أيار/مايو», as the dataset's own titles write them and any Arab reader knows) and
 * Arabic-Indic digits.
 */
export function savedDisplay(
  storage: Pick<Storage, 'getItem'> | null = siteStorage,
  months: MonthNaming = 'both',
): DateDisplay {
  const fallback: DateDisplay = { months, digits: 'arab' };
  try {
    // Storage is written by other builds and other code on this origin: each field is read by its own test.
    const v: unknown = JSON.parse(storage?.getItem(DISPLAY_KEY) ?? 'null');
    const saved =
      typeof v === 'object' && v !== null
        ? { months: 'months' in v ? v.months : null, digits: 'digits' in v ? v.digits : null }
        : null;
    const months =
      saved?.months === 'egyptian' || saved?.months === 'both' || saved?.months === 'levantine'
        ? saved.months
        : fallback.months;
    const digits = saved?.digits === 'latn' || saved?.digits === 'arab' ? saved.digits : fallback.digits;
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

/** The parts of an event's head that fold to one line at a desk, so that its words get the room. */
export type FoldPart = 'strip' | 'note' | 'diverge';
export type Folds = Readonly<Record<FoldPart, boolean>>;
const FOLDS_KEY = 'riwayat.folds';

/** The fold of one part as the user last chose it on this device; `undefined` while never chosen. */
export function chosenFold(
  part: FoldPart,
  storage: Pick<Storage, 'getItem'> | null = siteStorage,
): boolean | undefined {
  try {
    const v: unknown = JSON.parse(storage?.getItem(FOLDS_KEY) ?? 'null');
    // Written by other builds too: only a boolean is a choice.
    const c: unknown = typeof v === 'object' && v !== null ? new Map(Object.entries(v)).get(part) : undefined;
    return typeof c === 'boolean' ? c : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which parts are folded, as last chosen on this device. Never chosen, the note is folded, the strip
 * shown and "Where they diverge" open, for every event at every size (`divergeFolded`).
 */
export function savedFolds(storage: Pick<Storage, 'getItem'> | null = siteStorage): Folds {
  return {
    strip: chosenFold('strip', storage) ?? false,
    note: chosenFold('note', storage) ?? true,
    diverge: chosenFold('diverge', storage) ?? false,
  };
}

/** Remembers one part's fold, keeping the others as saved (the parts are folded from two places). */
export function saveFold(
  part: FoldPart,
  folded: boolean,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = siteStorage,
): void {
  try {
    const v: unknown = JSON.parse(storage?.getItem(FOLDS_KEY) ?? 'null');
    const saved = typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v)) : {};
    storage?.setItem(FOLDS_KEY, JSON.stringify({ ...saved, [part]: folded }));
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}

const PLACE_KEY = 'riwayat.workbench-place';

/** Where the author was in the workbench: the event being written and the article open. */
export interface WorkbenchPlace {
  readonly event: string | null;
  readonly source: string | null;
}

/**
 * The workbench's place saved on this device, so that a reload opens the event being written and the
 * article as they were (the draft itself is saved apart; choosing an event is no edit, so it is no
 * step of the draft's undo).
 */
export function savedWorkbenchPlace(storage: Pick<Storage, 'getItem'> | null = siteStorage): WorkbenchPlace {
  try {
    const v: unknown = JSON.parse(storage?.getItem(PLACE_KEY) ?? 'null');
    if (typeof v !== 'object' || v === null) return { event: null, source: null };
    const { event, source } = v as Record<string, unknown>;
    return {
      event: typeof event === 'string' ? event : null,
      source: typeof source === 'string' ? source : null,
    };
  } catch {
    return { event: null, source: null };
  }
}

export function saveWorkbenchPlace(
  place: WorkbenchPlace,
  storage: Pick<Storage, 'setItem'> | null = siteStorage,
): void {
  try {
    storage?.setItem(PLACE_KEY, JSON.stringify(place));
  } catch {
    // Not remembered: a reload opens the last article and no event, as before.
  }
}
