import { createFileRoute, redirect } from '@tanstack/react-router';

/** `/demo` opens the console against the simulated API with the operator key: the README's first link. */
export const Route = createFileRoute('/demo')({
  beforeLoad: async () => {
    // A production build has no simulated API: the connect screen is the way in.
    if (import.meta.env.VITE_DEMO !== 'true') throw redirect({ to: '/connect' });
    const { openDemo } = await import('@/features/connect/open-demo');
    // The shell paints while the simulated API and its data start.
    await openDemo('operator', { wait: false });
    throw redirect({ to: '/' });
  },
});
