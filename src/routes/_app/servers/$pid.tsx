import { createFileRoute } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerDetailPage } from '@/features/servers/server-detail-page';
import {
  InvalidServerId,
  isProductId,
  ServerLoadError,
  ServerLoading,
} from '@/features/servers/server-route-states';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/servers/$pid')({
  loader: ({ params, ...load }) =>
    isProductId(params.pid) ? ensureRouteData(load, serverQueries.virtualServer(params.pid)) : undefined,
  pendingComponent: ServerLoading,
  errorComponent: function ServerError({ error }) {
    return <ServerLoadError error={error} pid={Route.useParams().pid} />;
  },
  component: function ServerRoute() {
    const { pid } = Route.useParams();
    return isProductId(pid) ? <ServerDetailPage pid={pid} /> : <InvalidServerId value={pid} />;
  },
});
