import type { QueryClient } from '@tanstack/react-query';
import { disconnect } from '@/api/connection';
import { isApiError } from '@/api/is-api-error';
import { notify } from '@/features/notifications/notify';
import { i18n } from '@/i18n';
import { createQueryClient } from './query-client';
import { type AppRouter, createAppRouter } from './router';

const messages = i18n('app/session', { failed: 'Something went wrong' });

export interface Session {
  queryClient: QueryClient;
  router: AppRouter;
}

/**
 * The query client and the router, wired together: a 401 anywhere drops the key and sends the
 * user to the connect screen (and back afterwards); a background failure becomes a toast. A 429
 * is neither: it never signs anyone out, the rate-limit banner shows the countdown.
 */
export function createSession(options: Parameters<typeof createAppRouter>[1] = {}): Session {
  const queryClient = createQueryClient({
    onUnauthorized() {
      const location = router.state.location;
      if (location.pathname === '/connect') return;
      // Drafts are kept (they live in storage); only the rejected key goes.
      disconnect();
      void queryClient.cancelQueries();
      queryClient.clear();
      void router.navigate({ to: '/connect', search: { reason: 'unauthorized', redirect: location.href } });
    },
    onBackgroundError(error) {
      notify({
        kind: 'error',
        id: isApiError(error) ? `${error.method} ${error.path} ${error.code ?? error.status}` : undefined,
        title: isApiError(error) ? error.summary : messages.get().failed,
        description: isApiError(error) ? error.meaning : String(error),
      });
    },
  });
  const router: AppRouter = createAppRouter(queryClient, options);
  return { queryClient, router };
}
