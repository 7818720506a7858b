/** A framework-free store: get, set, subscribe. The React binding lives in `react.ts`. */
export interface Store<T> {
  get(): T;
  set(next: Partial<T> | ((current: T) => Partial<T>)): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    get: () => state,
    set(next) {
      const patch = typeof next === 'function' ? next(state) : next;
      const changed = (Object.keys(patch) as (keyof T)[]).some((k) => !Object.is(patch[k], state[k]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
