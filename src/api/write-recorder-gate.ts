/**
 * Writes wait here until whoever keeps a record of them (the audit, app/audit-recorder.ts) is
 * listening: it is loaded on demand, so it stays off the first load, yet misses no write. Set by
 * app/session.ts; without it (tests of the api alone) writes go out at once. In the first load: keep it tiny.
 */
let load: (() => Promise<unknown>) | null = null;
let loading: Promise<unknown> | null = null;

export function setWriteRecorder(loader: () => Promise<unknown>): void {
  load = loader;
  loading = null;
}

/** Resolves once the recorder listens; never rejects (a recorder that fails to load holds no write back, the next write tries again). */
export function writeRecorderReady(): Promise<unknown> | null {
  if (!load) return null;
  loading ??= load().catch(() => {
    loading = null;
  });
  return loading;
}
