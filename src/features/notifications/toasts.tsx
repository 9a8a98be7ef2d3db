import { lazy, Suspense, useEffect, useState } from 'react';
import { whenNoticeWaits } from './notify';

// Loaded once the page has loaded and gone idle, or at once when a notice waits: sonner and the
// theme code stay out of the first load and do not compete with the page's own scripts on a slow
// network. Notices raised before then wait in notify.ts's queue.
const Toaster = lazy(() => import('./toaster').then((m) => ({ default: m.Toaster })));

function afterLoadAndIdle(callback: () => void): () => void {
  let idle: number | undefined;
  const schedule = () => {
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(callback, { timeout: 2000 })
        : window.setTimeout(callback, 200);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}

/** The toast outlet. Without it the pages still show their own errors. */
export function Toasts() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const stopWaiting = whenNoticeWaits(want);
    const stopIdle = afterLoadAndIdle(want);
    return () => {
      stopWaiting();
      stopIdle();
    };
  }, [wanted]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  );
}
