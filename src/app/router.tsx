import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { LoadingState } from '@/features/ui/empty-state';
import { focusLost, focusPage } from '@/features/ui/focus-page';
import { LazyNotFoundPage, LazyRouteErrorPage } from '@/routes/-lazy-pages';
import { parseSearch, stringifySearch } from '@/routes/-search';
import { routeTree } from '@/routeTree.gen';

export interface RouterContext {
  queryClient: QueryClient;
}

declare global {
  /** Set by public/route-preload.js: asks for a page's chunks in parallel (absent in tests and dev). */
  var __4b42PreloadRoute: ((path: string) => void) | undefined;
}

export function createAppRouter(queryClient: QueryClient, options: { history?: RouterHistory } = {}) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: options.history,
    // Search values are text, kept readable in the URL (`?q=1000`).
    parseSearch,
    stringifySearch,
    // Loaders read through the query cache, which has its own staleness rules.
    defaultPreloadStaleTime: 0,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Routes without their own get these, so a failing page inside the shell keeps the shell.
    defaultErrorComponent: LazyRouteErrorPage,
    defaultNotFoundComponent: LazyNotFoundPage,
    // A page whose chunk is still on its way says "Loading…" in the content area instead of an
    // empty frame (a deep link) or a page that stays put with no sign (a click); routes with data
    // say what they load themselves. Not in the first 300 ms, so a fast load does not flash it,
    // and then for at least 300 ms, so it does not flicker.
    defaultPendingComponent: LoadingState,
    defaultPendingMs: 300,
    defaultPendingMinMs: 300,
  });
  // A navigation the code starts (after a save, from the palette) asks for the page's chunks at
  // once; the build keeps no chunk lists of its own for routes (vite.config.ts `modulePreload`).
  router.subscribe('onBeforeNavigate', ({ toLocation }) =>
    globalThis.__4b42PreloadRoute?.(toLocation.pathname),
  );
  // A new page that took the focused control with the old one (a form that navigated on send, a
  // row's link) leaves the keyboard on the page's body: it goes to the new page's heading. A link
  // that stays (the navigation) keeps it; the first load leaves focus to the browser.
  router.subscribe('onRendered', ({ fromLocation, pathChanged }) => {
    if (fromLocation && pathChanged && focusLost()) focusPage();
  });
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
