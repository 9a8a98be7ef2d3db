import { createFileRoute } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerListPage } from '@/features/servers/server-list-page';
import { DEFAULT_SERVER_SEARCH, SERVER_SORT_KEYS } from '@/features/servers/server-list-search';
import { serverRouteMessages } from '@/features/servers/server-route-messages';
import { LoadingState } from '@/features/ui/empty-state';
import { RouteLoadError } from '@/features/ui/route-states';
import { useMessages } from '@/i18n';
import { useListRoute } from '../../-list-route';
import { listSearchRoute } from '../../-search';

export const Route = createFileRoute('/_app/servers/')({
  ...listSearchRoute(SERVER_SORT_KEYS, DEFAULT_SERVER_SEARCH),
  loader: ({ context }) => context.queryClient.ensureQueryData(serverQueries.virtual()),
  pendingComponent: function ServersLoading() {
    const t = useMessages(serverRouteMessages);
    return <LoadingState label={t.loadingList} />;
  },
  errorComponent: function ServersError({ error }) {
    const t = useMessages(serverRouteMessages);
    return <RouteLoadError error={error} title={t.servers} what={t.theServers} />;
  },
  component: function ServersRoute() {
    return <ServerListPage {...useListRoute(Route)} />;
  },
});
