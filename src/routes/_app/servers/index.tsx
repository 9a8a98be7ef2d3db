import { createFileRoute } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerListPage } from '@/features/servers/server-list-page';
import { DEFAULT_SERVER_SEARCH, SERVER_SORT_KEYS } from '@/features/servers/server-list-search';
import { ServersLoadError, ServersLoading } from '@/features/servers/server-route-states';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/servers/')({
  ...listSearchRoute(SERVER_SORT_KEYS, DEFAULT_SERVER_SEARCH),
  loader: (load) => ensureRouteData(load, serverQueries.virtual()),
  pendingComponent: ServersLoading,
  errorComponent: ServersLoadError,
  component: function ServersRoute() {
    return <ServerListPage {...useListRoute(Route)} />;
  },
});
