import { type ApiCallEvent, onApiCall } from './call-events';
import { createExternalStore } from './external-store';

export const REQUEST_LOG_SIZE = 100;

/** The last 100 calls, newest first. */
export const requestLogStore = createExternalStore<readonly ApiCallEvent[]>([]);

onApiCall((event) => {
  requestLogStore.set((entries) => [event, ...entries].slice(0, REQUEST_LOG_SIZE));
});

export function clearRequestLog(): void {
  requestLogStore.set([]);
}

export function findLoggedCall(id: string): ApiCallEvent | undefined {
  return requestLogStore.get().find((entry) => entry.id === id);
}
