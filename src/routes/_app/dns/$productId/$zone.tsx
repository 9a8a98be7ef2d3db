import { createFileRoute, Link } from '@tanstack/react-router';
import { domainNameIssue } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import { dnsRouteMessages } from '@/features/dns/dns-route-messages';
import { ZoneDetailPage } from '@/features/dns/zone-detail-page';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';
import { useMessages } from '@/i18n';

export const Route = createFileRoute('/_app/dns/$productId/$zone')({
  // A zone that cannot be a domain name is not requested: the page says so instead.
  loader: ({ context, params }) =>
    domainNameIssue(params.zone) === null
      ? context.queryClient.ensureQueryData(dnsQueries.zone(params.productId, params.zone))
      : undefined,
  pendingComponent: function ZoneLoading() {
    const t = useMessages(dnsRouteMessages);
    return <LoadingState label={t.loadingZone} />;
  },
  errorComponent: function ZoneError({ error }) {
    const t = useMessages(dnsRouteMessages);
    const { productId, zone } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={t.zone({ zone })}
        what={t.theZone}
        notFound={t.noZone({ zone, product: productId })}
        back={<BackToZones productId={productId} />}
      />
    );
  },
  component: function ZoneRoute() {
    const t = useMessages(dnsRouteMessages);
    const { productId, zone } = Route.useParams();
    const issue = domainNameIssue(zone);
    return issue === null ? (
      <ZoneDetailPage productId={productId} zone={zone} />
    ) : (
      <InvalidPathParam
        title={t.notAZone}
        value={zone}
        rule={t.notADomain({ issue })}
        back={<BackToZones productId={productId} />}
      />
    );
  },
});

function BackToZones({ productId }: { productId: string }) {
  const t = useMessages(dnsRouteMessages);
  return (
    <Link to="/dns/$productId" params={{ productId }} className={backLinkClass}>
      {t.backToZones({ product: productId })}
    </Link>
  );
}
