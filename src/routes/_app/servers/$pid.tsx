import { createFileRoute, Link } from '@tanstack/react-router';
import { serverQueries } from '@/api/queries/servers';
import { ServerDetailPage } from '@/features/servers/server-detail-page';
import { serverRouteMessages } from '@/features/servers/server-route-messages';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';
import { useMessages } from '@/i18n';

// Product ids are digits in every example; anything else cannot name a server.
const isProductId = (value: string) => /^\d{1,12}$/.test(value);

function BackToServers() {
  const t = useMessages(serverRouteMessages);
  return (
    <Link to="/servers" className={backLinkClass}>
      {t.back}
    </Link>
  );
}
const back = <BackToServers />;

export const Route = createFileRoute('/_app/servers/$pid')({
  loader: ({ context, params }) =>
    isProductId(params.pid)
      ? context.queryClient.ensureQueryData(serverQueries.virtualServer(params.pid))
      : undefined,
  pendingComponent: function ServerLoading() {
    const t = useMessages(serverRouteMessages);
    return <LoadingState label={t.loadingServer} />;
  },
  errorComponent: function ServerError({ error }) {
    const t = useMessages(serverRouteMessages);
    const { pid } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={t.server({ pid })}
        what={t.theServer}
        notFound={t.noServer({ pid })}
        back={back}
      />
    );
  },
  component: function ServerRoute() {
    const t = useMessages(serverRouteMessages);
    const { pid } = Route.useParams();
    return isProductId(pid) ? (
      <ServerDetailPage pid={pid} />
    ) : (
      <InvalidPathParam title={t.notAServer} value={pid} rule={t.digitsOnly} back={back} />
    );
  },
});
