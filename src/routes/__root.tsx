import { createRootRouteWithContext, HeadContent, Outlet } from '@tanstack/react-router';
import type { RouterContext } from '../app/router';
import { Toasts } from '../features/notifications/toasts';
import { LazyNotFoundPage, LazyRouteErrorPage } from './-lazy-pages';

export const Route = createRootRouteWithContext<RouterContext>()({
  head: () => ({ meta: [{ title: '4b42 Console' }] }),
  component: RootLayout,
  notFoundComponent: LazyNotFoundPage,
  errorComponent: LazyRouteErrorPage,
});

function RootLayout() {
  return (
    <>
      {/* Route `head` titles; React 19 hoists the <title> into the document head. */}
      <HeadContent />
      <Outlet />
      <Toasts />
    </>
  );
}
