import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { disconnect } from '@/api/connection';
import { rateLimitStore } from '@/api/rate-limit';
import { clearRequestLog } from '@/api/request-log';
import { stopDemoApiIfRunning } from '../connect/open-demo';

interface Navigator {
  navigate: ReturnType<typeof useRouter>['navigate'];
}

/**
 * Forgets everything tied to the key: the key itself first (so nothing can be sent with it any
 * more), then the cached data, the request log and the rate-limit reading; stops the demo.
 */
export async function signOut({ queryClient, router }: { queryClient: QueryClient; router: Navigator }) {
  disconnect();
  await queryClient.cancelQueries();
  queryClient.clear();
  clearRequestLog();
  rateLimitStore.set(null);
  await router.navigate({ to: '/connect', search: { reason: 'signed-out' } });
  await stopDemoApiIfRunning();
}

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return () => signOut({ queryClient, router });
}
