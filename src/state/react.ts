import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/** Subscribes a component to the part of the store it reads. */
export function useStore<T extends object, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
