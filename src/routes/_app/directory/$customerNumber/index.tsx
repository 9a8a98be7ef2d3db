import { createFileRoute, redirect } from '@tanstack/react-router';

export const Route = createFileRoute('/_app/directory/$customerNumber/')({
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/directory/$customerNumber/users', params });
  },
});
