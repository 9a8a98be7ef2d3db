import { createFileRoute, redirect } from '@tanstack/react-router';
import { DEMO_AVAILABLE, openDemo } from '../features/connect/open-demo';

/** `/demo` opens the console against the simulated API with the operator key: the README's first link. */
export const Route = createFileRoute('/demo')({
  beforeLoad: async () => {
    // A production build has no simulated API: the connect screen is the way in.
    if (!DEMO_AVAILABLE) throw redirect({ to: '/connect' });
    await openDemo('operator');
    throw redirect({ to: '/' });
  },
});
