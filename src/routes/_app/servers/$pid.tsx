import { createFileRoute } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerDetailPage } from '@/features/servers/server-detail-page';
import {
  InvalidServerId,
  isProductId,
  ServerLoadError,
  ServerLoading,
} from '@/features/servers/server-route-states';

export const Route = createFileRoute('/_app/servers/$pid')({
  loader: ({ context, params }) =>
    isProductId(params.pid)
      ? context.queryClient.ensureQueryData(serverQueries.virtualServer(params.pid))
      : undefined,
  pendingComponent: ServerLoading,
  errorComponent: function ServerError({ error }) {
    return <ServerLoadError error={error} pid={Route.useParams().pid} />;
  },
  component: function ServerRoute() {
    const { pid } = Route.useParams();
    return isProductId(pid) ? <ServerDetailPage pid={pid} /> : <InvalidServerId value={pid} />;
  },
});
