import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { disconnect } from '@/api/connection';
import { rateLimitStore } from '@/api/rate-limit';
import { clearRequestLog } from '@/api/request-log';
import { stopDemoApiIfRunning } from '@/features/connect/open-demo';
import { clearAllDrafts } from '@/features/forms/use-form-draft';
import { forgetListSearches } from '@/features/lists/list-return';

interface Navigator {
  navigate: ReturnType<typeof useRouter>['navigate'];
}

/**
 * Forgets everything tied to the key: the key itself first (so nothing can be sent with it any
 * more), then the cached data, unsaved drafts, the lists' last searches, the request log and the rate-limit reading; stops
 * the demo. (The shell asks first when drafts would be lost.)
 */
export async function signOut({ queryClient, router }: { queryClient: QueryClient; router: Navigator }) {
  disconnect();
  await queryClient.cancelQueries();
  queryClient.clear();
  clearAllDrafts();
  forgetListSearches();
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
