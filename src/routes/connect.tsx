import { createFileRoute } from '@tanstack/react-router';
import { ConnectPage } from '@/features/connect/connect-page';
import { inAppPath, optionalEnum, searchRoute } from './-search';

export const Route = createFileRoute('/connect')({
  ...searchRoute({
    reason: optionalEnum(['unauthorized', 'signed-out']),
    redirect: inAppPath(),
  }),
  component: function ConnectRoute() {
    const search = Route.useSearch();
    return <ConnectPage reason={search.reason} redirectTo={search.redirect} />;
  },
});
