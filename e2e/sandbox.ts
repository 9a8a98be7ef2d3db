/**
 * The sandbox API server the end-to-end tests run the console against, cross-origin, as against
 * a real API (playwright.config.ts starts it). E2E_SANDBOX_PORT keeps parallel runs apart.
 */
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 5393);
export const SANDBOX_ORIGIN = `http://127.0.0.1:${SANDBOX_PORT}`;

/** Where a sandbox server answers in this worker: the shared one, plus any a spec starts itself. */
export const SANDBOX_ORIGINS = new Set([SANDBOX_ORIGIN]);

/** Calls one of the sandbox's controls (`/_sandbox/...`), e.g. to reset its data or inject a fault. */
export async function sandboxControl(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${SANDBOX_ORIGIN}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`Sandbox control ${method} ${path}: ${response.status} ${await response.text()}`);
}
