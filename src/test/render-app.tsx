import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { type Connection, connect, disconnect } from '@/api/connection';
import { rateLimitStore } from '@/api/rate-limit';
import { clearRequestLog } from '@/api/request-log';
import { createSession } from '@/app/session';
import { demoConnection } from '@/features/connect/open-demo';
import { type DemoKey, demoKey } from '@/mocks/demo-keys';

export interface RenderAppOptions {
  /** A connection, or a demo key's id (connected to the simulated API at DEMO_BASE_URL). Default: none. */
  connection?: Connection | DemoKey['id'] | null;
}

/**
 * Renders the whole app (the generated route tree, the shell, the caches' 401 handling) at `path`
 * in memory, with a fresh query client and a clean rate-limit reading and request log.
 *
 *   const { user, router } = await renderApp('/customers', { connection: 'operator' });
 */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  const { connection = null } = options;
  if (connection) connect(typeof connection === 'string' ? demoConnection(demoKey(connection)) : connection);
  else disconnect();
  rateLimitStore.set(null);
  clearRequestLog();

  // jsdom has no scrolling; the router's scroll restoration would log "not implemented" per page.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);

  const history = createMemoryHistory({ initialEntries: [path] });
  const { queryClient, router } = createSession({ history });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // The first match and its loaders settle before the test looks at the page.
  await act(() => router.load());
  return { ...result, user, router, queryClient, history };
}
