import type { Lang } from '../domain';

const KEY = 'riwayat.lang';

/** The language the user chose last time, if storage is available and holds one. */
export function savedLang(storage: Pick<Storage, 'getItem'> | null): Lang | null {
  try {
    const v = storage?.getItem(KEY);
    return v === 'ar' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function saveLang(storage: Pick<Storage, 'setItem'> | null, lang: Lang): void {
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
