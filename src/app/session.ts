import type { QueryClient } from '@tanstack/react-query';
import { disconnect } from '../api/connection';
import { isApiError } from '../api/is-api-error';
import { setWriteRecorder } from '../api/write-recorder-gate';
import { notify } from '../features/notifications/notify';
import { createQueryClient } from './query-client';
import { type AppRouter, createAppRouter } from './router';

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
        title: isApiError(error) ? error.summary : 'Something went wrong',
        description: isApiError(error) ? error.meaning : String(error),
      });
    },
  });
  const router: AppRouter = createAppRouter(queryClient, options);
  recordWrites(queryClient);
  return { queryClient, router };
}

/**
 * The audit of the console's writes reads the query cache as each write goes out. It is loaded on
 * demand, off the first load: the first write waits for it, and it is fetched ahead once the data
 * layer is in use (the first fetch, not a restored cache), so that write rarely has to.
 */
function recordWrites(queryClient: QueryClient): void {
  let recorder: Promise<unknown> | null = null;
  const load = () => {
    recorder ??= import('./audit-recorder').then(
      ({ startAuditRecorder }) => startAuditRecorder(queryClient),
      (error) => {
        recorder = null; // the next write tries again
        throw error;
      },
    );
    return recorder;
  };
  setWriteRecorder(load);
  const stop = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'fetch') return;
    stop();
    void load().catch(() => undefined);
  });
}
