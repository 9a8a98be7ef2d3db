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

export function notify(notice: Notice): void {
  if (sink) sink(notice);
  else pending.push(notice);
}

export function attachNotificationSink(next: Sink): () => void {
  sink = next;
  for (const notice of pending.splice(0)) next(notice);
  return () => {
    if (sink === next) sink = null;
  };
}
