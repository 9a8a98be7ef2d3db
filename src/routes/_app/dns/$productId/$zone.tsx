import { createFileRoute } from '@tanstack/react-router';
import { domainNameIssue } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import { InvalidZoneName, ZoneLoadError, ZoneLoading } from '@/features/dns/dns-route-states';
import { ZoneDetailPage } from '@/features/dns/zone-detail-page';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/dns/$productId/$zone')({
  // A zone that cannot be a domain name is not requested: the page says so instead.
  loader: ({ params, ...load }) =>
    domainNameIssue(params.zone) === null
      ? ensureRouteData(load, dnsQueries.zone(params.productId, params.zone))
      : undefined,
  pendingComponent: ZoneLoading,
  errorComponent: function ZoneError({ error }) {
    const { productId, zone } = Route.useParams();
    return <ZoneLoadError error={error} productId={productId} zone={zone} />;
  },
  component: function ZoneRoute() {
    const { productId, zone } = Route.useParams();
    const issue = domainNameIssue(zone);
    return issue === null ? (
      <ZoneDetailPage productId={productId} zone={zone} />
    ) : (
      <InvalidZoneName value={zone} issue={issue} productId={productId} />
    );
  },
});
