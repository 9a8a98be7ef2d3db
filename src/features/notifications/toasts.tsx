import { useEffect, useState } from 'react';
import { useResolvedTheme } from '../theme/use-theme';
import { attachNotificationSink } from './notify';

type Sonner = typeof import('sonner');

/**
 * The toast outlet. sonner is imported after the first paint, so it is not in the first-load
 * bundle; notices raised before then wait in notify.ts's queue.
 */
export function Toasts() {
  const [sonner, setSonner] = useState<Sonner | null>(null);
  // Resolved here: sonner's own "system" handling needs matchMedia, which jsdom lacks.
  const theme = useResolvedTheme();

  useEffect(() => {
    let cancelled = false;
    import('sonner').then(
      (module) => {
        if (!cancelled) setSonner(module);
      },
      // Without toasts the pages still show their own errors; nothing else to do here.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!sonner) return null;
  return (
    <>
      {/* Sonner's richColors fail WCAG contrast (green on green): the plain theme passes. */}
      <sonner.Toaster theme={theme} closeButton />
      <NotificationSink toast={sonner.toast} />
    </>
  );
}

/** Attached after the Toaster has mounted, so queued notices are not lost before it listens. */
function NotificationSink({ toast }: { toast: Sonner['toast'] }) {
  useEffect(
    () =>
      attachNotificationSink((notice) => {
        toast[notice.kind](notice.title, { description: notice.description, id: notice.id });
      }),
    [toast],
  );
  return null;
}
