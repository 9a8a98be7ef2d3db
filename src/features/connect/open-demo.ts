import { type Connection, connect, DEMO_BASE_URL, disconnect } from '../../api/connection';
import { setDemoApiReady } from '../../api/demo-gate';
import { type DemoKey, demoKey } from '../../mocks/demo-keys';

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
  running ??= import('../../mocks/browser')
    .then(({ startDemoApi }) => startDemoApi())
    .catch((error: unknown) => {
      running = null;
      throw error;
    });
  setDemoApiReady(running);
  return running;
}

/** Stops the simulated API if it runs, so calls to a real API are not intercepted. */
export async function stopDemoApiIfRunning(): Promise<void> {
  if (import.meta.env.VITE_DEMO !== 'true' || !running) return;
  const started = running;
  running = null;
  setDemoApiReady(null);
  await started.catch(() => undefined);
  const { stopDemoApi } = await import('../../mocks/browser');
  stopDemoApi();
}

/** The connection a demo key makes, with what the key may do known up front. */
export function demoConnection(key: DemoKey): Connection {
  return {
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: key.key,
    keyHeader: 'bearer',
    remember: false,
    capabilities: {
      readOnly: key.readOnly,
      customerNumber: key.customerNumber ?? null,
      orderingDisabled: !key.ordering,
    },
  };
}

/**
 * Connects to the simulated API with one of the demo keys. With `wait: false` the console paints
 * at once while the simulated API starts (its calls wait for it, see api/demo-gate.ts); if it
 * cannot start, the connection goes and the pages show the failed calls.
 */
export async function openDemo(id: DemoKey['id'], { wait = true } = {}): Promise<void> {
  const started = ensureDemoApi();
  if (wait) await started;
  else started.catch(() => disconnect());
  connect(demoConnection(demoKey(id)));
}
