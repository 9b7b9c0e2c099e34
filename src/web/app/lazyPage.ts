/**
 * Pages loaded on first use. Each feature area's page is its own chunk, so the sign-in page and the
 * shell do not wait for code the user may never open. A failed load (no connection, or a deployment
 * that replaced the chunk) rejects with `PageLoadError`, which the shell's `PageBoundary` shows.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** The page's code could not be fetched; everything else a page throws is not this. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('The page could not be loaded', { cause });
    this.name = 'PageLoadError';
  }
}

/**
 * A page component that loads its module on first render: `lazyPage(() => import('./X.tsx'), (m) => m.X)`.
 * The import must be written out at the call site so the bundler sees where to split.
 */
export function lazyPage<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(() =>
    load().then(
      (module) => ({ default: pick(module) }),
      (cause: unknown) => {
        throw new PageLoadError(cause);
      },
    ),
  );
}
