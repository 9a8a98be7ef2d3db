import { createFileRoute, redirect } from '@tanstack/react-router';
import { openDemo } from '../features/connect/open-demo';

/** `/demo` opens the console against the simulated API with the operator key: the README's first link. */
export const Route = createFileRoute('/demo')({
  beforeLoad: async () => {
    await openDemo('operator');
    throw redirect({ to: '/' });
  },
});
