import type { QueryClient } from '@tanstack/react-query';
import { setWriteRecorder } from '@/api/write-recorder-gate';

let wired: QueryClient | null = null;

/**
 * The audit of the console's writes (audit-recorder.ts) reads the query cache as each write goes
 * out. Wired by the pages behind a key (routes/_app.tsx, before any page can write) and loaded
 * on demand: the first write waits for it, nothing of it is in the first load.
 */
export function recordWrites(queryClient: QueryClient): void {
  if (wired === queryClient) return;
  wired = queryClient;
  setWriteRecorder(() => import('./audit-recorder').then((m) => m.startAuditRecorder(queryClient)));
}
