import { createFileRoute, Link } from '@tanstack/react-router';
import { domainNameIssue } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import { ZoneDetailPage } from '@/features/dns/zone-detail-page';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';

export const Route = createFileRoute('/_app/dns/$productId/$zone')({
  // A zone that cannot be a domain name is not requested: the page says so instead.
  loader: ({ context, params }) =>
    domainNameIssue(params.zone) === null
      ? context.queryClient.ensureQueryData(dnsQueries.zone(params.productId, params.zone))
      : undefined,
  head: ({ params }) => ({ meta: [{ title: `Zone ${params.zone} · 4b42 Console` }] }),
  pendingComponent: () => <LoadingState label="Loading the zone…" />,
  errorComponent: function ZoneError({ error }) {
    const { productId, zone } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={`Zone ${zone}`}
        what="the zone"
        notFound={`No zone ${zone} in DNS product ${productId}`}
        back={<BackToZones productId={productId} />}
      />
    );
  },
  component: function ZoneRoute() {
    const { productId, zone } = Route.useParams();
    const issue = domainNameIssue(zone);
    return issue === null ? (
      <ZoneDetailPage productId={productId} zone={zone} />
    ) : (
      <InvalidPathParam
        title="Not a zone name"
        value={zone}
        rule={`is not a domain name: ${issue}.`}
        back={<BackToZones productId={productId} />}
      />
    );
  },
});

function BackToZones({ productId }: { productId: string }) {
  return (
    <Link to="/dns/$productId" params={{ productId }} className={backLinkClass}>
      Back to the zones of DNS product {productId}
    </Link>
  );
}
