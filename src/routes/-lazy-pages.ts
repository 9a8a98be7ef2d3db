import { lazyRouteComponent } from '@tanstack/react-router';

/**
 * The pages shown when a route fails or is unknown. Loaded on demand: they carry the UI kit and
 * the error catalogue, which the first load can do without.
 */
export const LazyRouteErrorPage = lazyRouteComponent(
  () => import('@/features/shell/route-error-page'),
  'RouteErrorPage',
);
export const LazyNotFoundPage = lazyRouteComponent(
  () => import('@/features/shell/not-found-page'),
  'NotFoundPage',
);
