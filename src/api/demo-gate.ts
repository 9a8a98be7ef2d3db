/**
 * The simulated API starts in the background so the demo paints its first page at once; calls to
 * it wait here until it runs. Set by features/connect/open-demo.ts; null outside the demo.
 */
let ready: Promise<void> | null = null;
/** How to start it, when the demo has been opened but the simulated API not yet downloaded. */
let pending: (() => Promise<void>) | null = null;

export function setDemoApiReady(promise: Promise<void> | null): void {
  ready = promise;
  pending = null;
}

/**
 * Says how the simulated API starts without starting it: the first call to it starts it (through
 * `demoApiReady`), or whoever set this, once the page is idle. Its download (msw, the handlers and
 * the catalogue) and start-up then stay off the first page's paint.
 */
export function setDemoApiStarter(start: () => Promise<void>): void {
  ready = null;
  pending = start;
}

/** The simulated API's start, begun now if it was only announced; null outside the demo. */
export function demoApiReady(): Promise<void> | null {
  if (pending) {
    const start = pending;
    pending = null;
    ready = start();
  }
  return ready;
}

/**
 * msw's service worker script, in public/ (`msw init`): the demo starts it, a real connection
 * removes it, and a production build leaves it out.
 */
export const DEMO_WORKER_FILE = 'mockServiceWorker.js';
