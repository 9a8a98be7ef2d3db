import { QueryClient } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { RouteErrorPage } from './route-error-page';

describe('route error page', () => {
  it('shows the error as the API describes it and retries the route', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    // React and the router log the caught error; the page showing it is what is under test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loader = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          kind: 'http',
          status: 503,
          method: 'GET',
          path: '/v1/customer',
          message: 'Down for maintenance',
        }),
      )
      .mockResolvedValue('loaded');
    const root = createRootRoute({ component: Outlet });
    const page = createRoute({
      getParentRoute: () => root,
      path: '/',
      loader,
      component: () => <p>Page content</p>,
      errorComponent: RouteErrorPage,
    });
    const router = createRouter({
      routeTree: root.addChildren([page]),
      history: createMemoryHistory({ initialEntries: ['/'] }),
      context: { queryClient: new QueryClient() },
    });
    render(<RouterProvider router={router} />);
    await act(() => router.load());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('503');
    expect(screen.getByRole('alert')).toHaveTextContent('Down for maintenance');
    expect(screen.getAllByRole('main')).toHaveLength(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Page content')).toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
