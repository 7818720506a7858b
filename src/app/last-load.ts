/**
 * "The last load asked for wins", for each dataset store: beginning a load aborts the one under way,
 * and a load that is no longer the latest is told so (`current`), so its result, should it still
 * arrive, is dropped. Cancel aborts the one under way.
 */
export interface Turn {
  /** Aborted when a newer load begins, or on cancel. */
  readonly signal: AbortSignal;
  /** Whether this is still the latest load (none began after it, it was not cancelled or finished). */
  readonly current: () => boolean;
  /** This load is over: cancel has nothing left to abort. */
  readonly finish: () => void;
}

export interface LastLoad<K extends object> {
  begin(key: K): Turn;
  /** Aborts the load under way for `key`, if any. */
  cancel(key: K): void;
}

export function lastLoad<K extends object>(): LastLoad<K> {
  const underWay = new WeakMap<K, AbortController>();
  return {
    begin(key) {
      underWay.get(key)?.abort();
      const request = new AbortController();
      underWay.set(key, request);
      const current = (): boolean => underWay.get(key) === request;
      return {
        signal: request.signal,
        current,
        finish: () => {
          if (current()) underWay.delete(key);
        },
      };
    },
    cancel(key) {
      underWay.get(key)?.abort();
      underWay.delete(key);
    },
  };
}
