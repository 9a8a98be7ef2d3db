import { type SetupWorker, setupWorker } from 'msw/browser';
import { DEMO_WORKER_FILE } from '@/api/demo-gate';
import { reloadDatabase } from './db/database';
import { attachStorage } from './db/persistence';
import { handlers } from './handlers';
import { setDefaultLatency } from './latency';
import { reloadBuckets } from './rate-limit-bucket';

let worker: SetupWorker | null = null;
let starting: Promise<void> | null = null;
const WORKER_URL = `${import.meta.env.BASE_URL}${DEMO_WORKER_FILE}`;
/** The worker's full address, as a failed update check names it. */
const WORKER_SCRIPT = new URL(WORKER_URL, location.href).href;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled (privacy mode): the demo still runs, in memory.
    return null;
  }
}

/**
 * msw asks the browser to check its worker for an update whenever it starts on a page the worker
 * does not control yet (a hard reload, a page left before the worker took it over), and leaves
 * that promise unhandled. Now and then the check fails (Chromium: "Not found"). That harms
 * nothing, the registered worker keeps serving, so it is not reported as an uncaught error.
 */
function ignoreFailedUpdateCheck(event: PromiseRejectionEvent): void {
  const reason: unknown = event.reason;
  if (
    // Chromium rejects with a DOMException ("NotFoundError") or, when the script's fetch fails, a TypeError.
    (reason instanceof DOMException || reason instanceof TypeError) &&
    reason.message.startsWith('Failed to update a ServiceWorker') &&
    reason.message.includes(`('${WORKER_SCRIPT}')`)
  ) {
    event.preventDefault();
  }
}

/**
 * Starts the simulated API in the browser (idempotent). Its database and rate-limit buckets live in
 * localStorage, so they survive a reload; answers take 80–250 ms so spinners are seen.
 */
export function startDemoApi(): Promise<void> {
  starting ??= (async () => {
    attachStorage(browserStorage());
    reloadDatabase();
    reloadBuckets();
    setDefaultLatency(80, 250);
    // The same listener added again is still one listener.
    window.addEventListener('unhandledrejection', ignoreFailedUpdateCheck);
    const next = setupWorker(...handlers);
    await next.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: WORKER_URL } });
    worker = next;
  })().catch((error: unknown) => {
    starting = null;
    throw error;
  });
  return starting;
}

export function stopDemoApi(): void {
  window.removeEventListener('unhandledrejection', ignoreFailedUpdateCheck);
  worker?.stop();
  worker = null;
  starting = null;
}
