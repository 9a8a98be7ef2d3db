/**
 * Toasts without putting the toast library in the first load: messages raised before the
 * library has loaded are queued and shown as soon as it is there.
 */
export interface Notice {
  kind: 'error' | 'success' | 'info';
  title: string;
  description?: string;
  /** Deduplicates repeated notices (e.g. the same failing query). */
  id?: string;
}

type Sink = (notice: Notice) => void;
let sink: Sink | null = null;
const pending: Notice[] = [];
let onWaiting: (() => void) | null = null;

export function notify(notice: Notice): void {
  if (sink) sink(notice);
  else {
    pending.push(notice);
    onWaiting?.();
  }
}

/** Called when a notice waits for the toast outlet (so it loads now rather than when idle). */
export function whenNoticeWaits(listener: () => void): () => void {
  onWaiting = listener;
  if (pending.length > 0) listener();
  return () => {
    if (onWaiting === listener) onWaiting = null;
  };
}

export function attachNotificationSink(next: Sink): () => void {
  sink = next;
  for (const notice of pending.splice(0)) next(notice);
  return () => {
    if (sink === next) sink = null;
  };
}
