/**
 * A component whose code loads when it is first shown (or earlier, with `preload`). Until then it
 * suspends: the nearest `RegionBoundary` shows "Loading…". A load that fails is that boundary's
 * failure; its "Try again" calls `retryFailedParts`, so the code is asked for once more. Once loaded,
 * a part renders at once, so one preloaded before it is needed (the handout, before printing) never
 * shows the fallback.
 */
import { createElement, use, type ComponentType } from 'react';

export interface LazyPart<P extends object> {
  readonly Part: ComponentType<P>;
  /** Starts loading (once; again after a failure and a retry) and resolves when the part can render. */
  readonly preload: () => Promise<void>;
}

/** The parts whose load failed, each with what forgets the failure. */
const failed = new Set<() => void>();

/** Forgets every failed load, so that the parts shown next ask for their code again. */
export function retryFailedParts(): void {
  for (const forget of failed) forget();
  failed.clear();
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  // A failed load stays here (rejected) until a retry: rendering again must not ask again by itself.
  let pending: Promise<ComponentType<P>> | null = null;
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        failed.add(() => (pending = null));
        throw error;
      },
    ));
  function Part(props: P): React.ReactNode {
    const component = loaded ?? use(start());
    return createElement(component, props);
  }
  return { Part, preload: () => start().then(() => undefined) };
}
