import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { LazyNotFoundPage, LazyRouteErrorPage } from '../routes/-lazy-pages';
import { routeTree } from '../routeTree.gen';

export interface RouterContext {
  queryClient: QueryClient;
}

export function createAppRouter(queryClient: QueryClient, options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history: options.history,
    // Loaders read through the query cache, which has its own staleness rules.
    defaultPreloadStaleTime: 0,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Routes without their own get these, so a failing page inside the shell keeps the shell.
    defaultErrorComponent: LazyRouteErrorPage,
    defaultNotFoundComponent: LazyNotFoundPage,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
