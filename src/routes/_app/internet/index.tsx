import { createFileRoute, redirect } from '@tanstack/react-router';

/** The area opens on its AS numbers. */
export const Route = createFileRoute('/_app/internet/')({
  beforeLoad: () => {
    throw redirect({ to: '/internet/asns', replace: true });
  },
});
