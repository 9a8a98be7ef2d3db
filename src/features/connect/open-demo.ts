import { type Connection, connect, connectionStore, DEMO_BASE_URL, disconnect } from '@/api/connection';
import { DEMO_WORKER_FILE, demoApiReady, setDemoApiReady, setDemoApiStarter } from '@/api/demo-gate';
import { rateLimitStore, recordRateLimitReading } from '@/api/rate-limit';
import { type DemoKey, demoKey } from '@/mocks/demo-keys';

/** Stored with a demo connection; Home shows its own translation for a demo scope. */
export const DEMO_SCOPE_TEXT = 'Known for this demo key.';

/** Dev and demo builds carry the simulated API; a production build does not. */
export const DEMO_AVAILABLE = import.meta.env.VITE_DEMO === 'true';

let running: Promise<void> | null = null;

/**
 * Starts the simulated API (once). The dynamic import keeps msw out of the first load, and out of
 * a production build altogether, since the branch is dead code there.
 */
export function ensureDemoApi(): Promise<void> {
  // The env check is spelled out (not DEMO_AVAILABLE) so the bundler sees a constant and drops the import.
  if (import.meta.env.VITE_DEMO !== 'true')
    return Promise.reject(new Error('The demo is not part of this build: connect to an API.'));
  running ??= import('@/mocks/browser')
    .then(({ startDemoApi }) => startDemoApi())
    .then(showDemoBudgetIfBlind)
    .catch((error: unknown) => {
      running = null;
      throw error;
    });
  setDemoApiReady(running);
  return running;
}

/**
 * The banner starts from the simulated API's own bucket for the key in use, what its first answer
 * will say, rather than "not measured yet" on a page that calls nothing (the Overview). A reading
 * kept for the tab (a reload) stays.
 */
async function showDemoBudgetIfBlind(): Promise<void> {
  if (import.meta.env.VITE_DEMO !== 'true') return;
  try {
    const { getRateLimit } = await import('@/mocks/demo-controls');
    // Read after the import: the key may have changed, or an answer come in, while it loaded.
    const connection = connectionStore.get();
    if (connection?.kind !== 'demo' || rateLimitStore.get() !== null) return;
    const { limit, remaining, resetAt } = getRateLimit(connection.apiKey);
    recordRateLimitReading({ limit, remaining, resetAt: resetAt * 1000 });
  } catch {
    // The banner waits for the first answer, as for any API.
  }
}

/** Stops the simulated API if it runs, so calls to a real API are not intercepted. */
export async function stopDemoApiIfRunning(): Promise<void> {
  if (import.meta.env.VITE_DEMO !== 'true') return;
  if (!running) {
    // Announced but not started (openDemo without waiting): it must not start later.
    setDemoApiReady(null);
    return;
  }
  const started = running;
  running = null;
  setDemoApiReady(null);
  await started.catch(() => undefined);
  const { stopDemoApi } = await import('@/mocks/browser');
  stopDemoApi();
}

/**
 * Unregisters the demo's service worker. It outlives the tab, and every request of this origin
 * passes through it: once the console talks to a real API, nothing of the demo may sit in
 * between. Runs in every build, since a demo may have been opened on this origin before.
 */
export async function unregisterDemoWorker(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  try {
    const registrations = await navigator.serviceWorker.getRegistrations();
    const isDemo = (r: ServiceWorkerRegistration) =>
      [r.active, r.waiting, r.installing].some((w) => w?.scriptURL.endsWith(`/${DEMO_WORKER_FILE}`));
    await Promise.all(registrations.filter(isDemo).map((r) => r.unregister()));
  } catch {
    // Service workers refused (private mode, a sandbox): there is none to remove.
  }
}

/** The connection a demo key makes, with what the key may do known up front. */
export function demoConnection(key: DemoKey): Connection {
  return {
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: key.key,
    keyHeader: 'bearer',
    remember: false,
    scope: { customerNumber: key.customerNumber ?? null, source: 'demo', how: DEMO_SCOPE_TEXT },
    capabilities: {
      readOnly: key.readOnly,
      customerNumber: key.customerNumber ?? null,
      orderingDisabled: !key.ordering,
    },
  };
}

/**
 * Connects to the simulated API with one of the demo keys. With `wait: false` the console paints
 * at once and the simulated API starts afterwards (see `startDemoApiSoon`), not before `after`
 * (e.g. the first page painted); if it cannot start, the connection goes and the pages show the
 * failed calls.
 */
export async function openDemo(
  id: DemoKey['id'],
  { wait = true, after }: { wait?: boolean; after?: Promise<unknown> } = {},
): Promise<void> {
  if (wait) await ensureDemoApi();
  else startDemoApiSoon(after);
  connect(demoConnection(demoKey(id)));
  // Started before the connection existed: its bucket is read now.
  if (wait) await showDemoBudgetIfBlind();
}

/**
 * Starts the simulated API once the page has loaded, `after` has settled and the browser is idle,
 * or at the first call to it if that comes sooner (api/demo-gate.ts): its download and start-up
 * would otherwise compete with the first page for the network and the main thread (LCP on a
 * phone).
 */
function startDemoApiSoon(after: Promise<unknown> = Promise.resolve()): void {
  if (running) return;
  setDemoApiStarter(() =>
    ensureDemoApi().catch((error: unknown) => {
      disconnect();
      throw error;
    }),
  );
  const start = () => void demoApiReady()?.catch(() => undefined);
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(start, { timeout: 2000 })
      : setTimeout(start, 200);
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  void Promise.all([loaded, after.catch(() => undefined)]).then(whenIdle);
}
