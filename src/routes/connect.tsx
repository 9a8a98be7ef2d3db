import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { ConnectPage } from '../features/connect/connect-page';

const searchSchema = z.object({
  reason: z.enum(['unauthorized', 'signed-out']).optional().catch(undefined),
  // Only in-app paths: an absolute URL here would be an open redirect.
  redirect: z
    .string()
    .regex(/^\/(?!\/)/)
    .optional()
    .catch(undefined),
});

export const Route = createFileRoute('/connect')({
  validateSearch: searchSchema,
  head: () => ({ meta: [{ title: 'Connect · 4b42 Console' }] }),
  component: function ConnectRoute() {
    const search = Route.useSearch();
    return <ConnectPage reason={search.reason} redirectTo={search.redirect} />;
  },
});
