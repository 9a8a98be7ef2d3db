import { lazy, Suspense } from 'react';
import { PortalHomeLoading } from './portal-home-loading';

// Only a key scoped to one customer shows it: an operator's home page, the demo's first page,
// does not load the data layer (catalogue, zod, query factories) it needs.
const PortalHome = lazy(() => import('./portal-home').then((m) => ({ default: m.PortalHome })));

/** "My account" (portal-home.tsx), loaded when a customer's key opens the home page. */
export function LazyPortalHome({ customerNumber }: { customerNumber: string }) {
  return (
    <Suspense fallback={<PortalHomeLoading />}>
      <PortalHome customerNumber={customerNumber} />
    </Suspense>
  );
}
