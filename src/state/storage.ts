/**
 * The one way to the site's storage. Storage is optional: the browser may block it (reading
 * `localStorage` then throws), lack it, or have it full. Every access goes through here, inside a
 * `try`, so the app always starts; a choice that cannot be saved simply is not remembered.
 */
export interface SiteStorage {
  getItem(key: string): string | null;
  /** False when the value could not be saved. */
  setItem(key: string, value: string): boolean;
}

const local = (): Storage | null => globalThis.localStorage ?? null;

export const siteStorage: SiteStorage = {
  getItem(key) {
    try {
      return local()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      const s = local();
      if (s === null) return false;
      s.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};
