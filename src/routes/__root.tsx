import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { RouterContext } from '@/app/router';
import { Toasts } from '@/features/notifications/toasts';
import { LazyNotFoundPage, LazyRouteErrorPage } from './-lazy-pages';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: LazyNotFoundPage,
  errorComponent: LazyRouteErrorPage,
});

function RootLayout() {
  return (
    <>
      <Outlet />
      <Toasts />
    </>
  );
}
