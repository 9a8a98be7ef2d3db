import { type ApiCallEvent, onApiCall } from './call-events';
import { createExternalStore } from './external-store';

export const REQUEST_LOG_SIZE = 100;

/** The last 100 calls, newest first. */
export const requestLogStore = createExternalStore<readonly ApiCallEvent[]>([]);

/**
 * Bodies larger than this are not kept: a hundred answers of 10 000 users each would hold
 * hundreds of megabytes. The explorer shows the full body of the call it sent itself.
 */
export const LOGGED_BODY_LIMIT = 200_000;

function forTheLog(event: ApiCallEvent): ApiCallEvent {
  if (event.responseSize === null || event.responseSize <= LOGGED_BODY_LIMIT) return event;
  return {
    ...event,
    responseBody: `[${event.responseSize.toLocaleString('en')} characters: too large to keep in the log. Send the request again from the explorer to see it.]`,
  };
}

onApiCall((event) => {
  requestLogStore.set((entries) => [forTheLog(event), ...entries].slice(0, REQUEST_LOG_SIZE));
});

export function clearRequestLog(): void {
  requestLogStore.set([]);
}

export function findLoggedCall(id: string): ApiCallEvent | undefined {
  return requestLogStore.get().find((entry) => entry.id === id);
}
