import { i18n, intlLocale, params } from '@/i18n';
import { type ApiCallEvent, onApiCall } from './call-events';
import { createExternalStore } from './external-store';

export const REQUEST_LOG_SIZE = 100;

/**
 * Bodies larger than this are not kept: a hundred answers of 10 000 users each would hold
 * hundreds of megabytes. The explorer shows the full body of the call it sent itself.
 */
export const LOGGED_BODY_LIMIT = 200_000;

/**
 * What the log may take of this tab's sessionStorage (about 5 MB in every browser, shared with
 * drafts and the connection): the oldest calls are left out of the stored copy past it.
 */
export const STORED_LOG_LIMIT = 1_500_000;

const STORAGE_KEY = '4b42.request-log';

function looksLikeCall(value: unknown): value is ApiCallEvent {
  if (!value || typeof value !== 'object') return false;
  const call = value as Partial<ApiCallEvent>;
  return typeof call.id === 'string' && typeof call.method === 'string' && typeof call.path === 'string';
}

function restore(): readonly ApiCallEvent[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(looksLikeCall).slice(0, REQUEST_LOG_SIZE) : [];
  } catch {
    return [];
  }
}

// Each call is turned into JSON once, not again with every call that follows it.
const jsonOf = new WeakMap<ApiCallEvent, string>();

/** The newest calls that fit in `limit` characters of JSON, newest first. */
export function serializeWithin(calls: readonly ApiCallEvent[], limit = STORED_LOG_LIMIT): string {
  const parts: string[] = [];
  let size = 2;
  for (const call of calls) {
    let json = jsonOf.get(call);
    if (json === undefined) {
      json = JSON.stringify(call);
      jsonOf.set(call, json);
    }
    if (size + json.length + 1 > limit) break;
    parts.push(json);
    size += json.length + 1;
  }
  return `[${parts.join(',')}]`;
}

/**
 * The last 100 calls of this tab, newest first, already redacted (client.ts). Kept in this tab's
 * sessionStorage so a reload keeps them; sign-out clears it (shell/sign-out.ts).
 */
export const requestLogStore = createExternalStore<readonly ApiCallEvent[]>(restore());

/**
 * The stored copy is written at most once a second, not with every call: a copy may be 1.5 MB,
 * and a bulk run of fifty calls wrote it fifty times. A reload or a hidden tab writes it at once.
 */
export const STORE_DELAY_MS = 1000;
let pendingStore: ReturnType<typeof setTimeout> | null = null;

function storeLog(): void {
  if (pendingStore !== null) clearTimeout(pendingStore);
  pendingStore = null;
  const calls = requestLogStore.get();
  try {
    if (calls.length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, serializeWithin(calls));
  } catch {
    // Storage full or blocked: the log still works for this page, it just does not outlive it.
  }
}

requestLogStore.subscribe(() => {
  // Cleared (sign-out): the stored copy goes now, not after a delay a closed tab might not see.
  if (requestLogStore.get().length === 0) storeLog();
  else pendingStore ??= setTimeout(storeLog, STORE_DELAY_MS);
});

if (typeof window !== 'undefined') {
  const storeIfPending = () => {
    if (pendingStore !== null) storeLog();
  };
  window.addEventListener('pagehide', storeIfPending);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storeIfPending();
  });
}

// Written into the logged call when it is logged, in the language of that moment.
const messages = i18n('api/request-log', {
  tooLarge: params<{ size: string }>(
    '[{size} characters: too large to keep in the log. Send the request again from the explorer to see it.]',
  ),
});

function forTheLog(event: ApiCallEvent): ApiCallEvent {
  if (event.responseSize === null || event.responseSize <= LOGGED_BODY_LIMIT) return event;
  return {
    ...event,
    // Not formatNumber: this module is in the first load, the formatters are not.
    responseBody: messages.get().tooLarge({ size: event.responseSize.toLocaleString(intlLocale()) }),
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
