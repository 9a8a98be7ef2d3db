import { createFileRoute } from '@tanstack/react-router';
import { ConnectPage } from '../features/connect/connect-page';
import { connectPageTitle } from '../features/connect/connect-title';
import { inAppPath, optionalEnum, searchParams } from './-search';

const searchSchema = searchParams({
  reason: optionalEnum(['unauthorized', 'signed-out']),
  redirect: inAppPath(),
});

export const Route = createFileRoute('/connect')({
  validateSearch: searchSchema,
  head: () => ({ meta: [{ title: connectPageTitle() }] }),
  component: function ConnectRoute() {
    const search = Route.useSearch();
    return <ConnectPage reason={search.reason} redirectTo={search.redirect} />;
  },
});
