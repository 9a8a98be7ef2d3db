import { createFileRoute } from '@tanstack/react-router';
import { ConnectPage } from '../features/connect/connect-page';
import { inAppPath, optionalEnum, searchParams } from './-search';

const searchSchema = searchParams({
  reason: optionalEnum(['unauthorized', 'signed-out']),
  redirect: inAppPath(),
});

export const Route = createFileRoute('/connect')({
  validateSearch: searchSchema,
  component: function ConnectRoute() {
    const search = Route.useSearch();
    return <ConnectPage reason={search.reason} redirectTo={search.redirect} />;
  },
});
