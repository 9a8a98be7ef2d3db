import { useSyncExternalStore } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { requestLogStore } from '@/api/request-log';

/** The last 100 calls, newest first, live. */
export function useRequestLog(): readonly ApiCallEvent[] {
  return useSyncExternalStore(requestLogStore.subscribe, requestLogStore.get, requestLogStore.get);
}
