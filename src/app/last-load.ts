/**
 * "The last load asked for wins", the one rule for every loader: beginning a load aborts the one under
 * way, and a load that is no longer the latest is told so (`current`), so its result, should it still
 * arrive, is dropped. Cancel aborts the one under way. `lastLoad` keeps one line of loads per key (a
 * dataset store, i18next's language); `latestLoad` is a single line (an open corpus's window, its
 * selected event, its search).
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

/** A single line of loads: the last begun wins, as `lastLoad` for one key. */
export interface LatestLoad {
  begin(): Turn;
  /** Aborts the load under way, if any: none is current after it. */
  cancel(): void;
}

export function latestLoad(): LatestLoad {
  const line = {};
  const loads = lastLoad<object>();
  return { begin: () => loads.begin(line), cancel: () => loads.cancel(line) };
}
