import { createFileRoute, Link } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerDetailPage } from '@/features/servers/server-detail-page';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';

// Product ids are digits in every example; anything else cannot name a server.
const isProductId = (value: string) => /^\d{1,12}$/.test(value);

const back = (
  <Link to="/servers" className={backLinkClass}>
    Back to all servers
  </Link>
);

export const Route = createFileRoute('/_app/servers/$pid')({
  loader: ({ context, params }) =>
    isProductId(params.pid)
      ? context.queryClient.ensureQueryData(serverQueries.virtualServer(params.pid))
      : undefined,
  head: ({ params }) => ({ meta: [{ title: `Virtual server ${params.pid} · 4b42 Console` }] }),
  pendingComponent: () => <LoadingState label="Loading the server…" />,
  errorComponent: function ServerError({ error }) {
    const { pid } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={`Virtual server ${pid}`}
        what="the server"
        notFound={`No virtual server ${pid} for this key`}
        back={back}
      />
    );
  },
  component: function ServerRoute() {
    const { pid } = Route.useParams();
    return isProductId(pid) ? (
      <ServerDetailPage pid={pid} />
    ) : (
      <InvalidPathParam
        title="Not a server id"
        value={pid}
        rule="is not a product id: it has digits only."
        back={back}
      />
    );
  },
});
