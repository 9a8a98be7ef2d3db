/**
 * Writes wait here until whoever keeps a record of them (the audit, app/audit-recorder.ts) is
 * listening: it is loaded on demand, so it stays off the first load, yet misses no write. Set by
 * app/session.ts; without it (tests of the api alone) writes go out at once.
 */
let load: (() => Promise<unknown>) | null = null;

export function setWriteRecorder(loader: (() => Promise<unknown>) | null): void {
  load = loader;
}

/** Resolves once the recorder listens; never rejects (a recorder that fails to load holds no write back). */
export function writeRecorderReady(): Promise<void> | null {
  return load
    ? load().then(
        () => undefined,
        () => undefined,
      )
    : null;
}
