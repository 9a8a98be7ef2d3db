import { lazy, Suspense } from 'react';

// Loaded after the first render, so sonner and the theme code stay out of the first-load bundle;
// notices raised before then wait in notify.ts's queue.
const Toaster = lazy(() => import('./toaster').then((m) => ({ default: m.Toaster })));

/** The toast outlet. Without it the pages still show their own errors. */
export function Toasts() {
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  );
}
