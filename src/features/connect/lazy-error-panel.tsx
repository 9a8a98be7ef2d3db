import { type ComponentProps, lazy, Suspense } from 'react';

// The connect screen paints without the data layer: the error panel (and the error catalogue it
// reads) arrives only when a connection fails.
const load = () => import('@/features/ui/error-panel');
const ErrorPanel = lazy(() => load().then((m) => ({ default: m.ErrorPanel })));

/** Fetches the panel while a call is under way, so a failure shows it at once. */
export function preloadErrorPanel(): void {
  void load();
}

export function LazyErrorPanel(props: ComponentProps<typeof ErrorPanel>) {
  return (
    <Suspense fallback={<p className="text-sm">{props.title}</p>}>
      <ErrorPanel {...props} />
    </Suspense>
  );
}
