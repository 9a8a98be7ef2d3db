import { type SetupWorker, setupWorker } from 'msw/browser';
import { reloadDatabase } from './db/database';
import { attachStorage } from './db/persistence';
import { handlers } from './handlers';
import { setDefaultLatency } from './latency';
import { reloadBuckets } from './rate-limit-bucket';

let worker: SetupWorker | null = null;
let starting: Promise<void> | null = null;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled (privacy mode): the demo still runs, in memory.
    return null;
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
    const next = setupWorker(...handlers);
    await next.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
    worker = next;
  })().catch((error: unknown) => {
    starting = null;
    throw error;
  });
  return starting;
}

export function stopDemoApi(): void {
  worker?.stop();
  worker = null;
  starting = null;
}
