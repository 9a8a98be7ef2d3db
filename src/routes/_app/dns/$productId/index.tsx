import { createFileRoute } from '@tanstack/react-router';
import { dnsQueries } from '@/api/queries/dns';
import { ZonesLoadError, ZonesLoading } from '@/features/dns/dns-route-states';
import { ZoneListPage } from '@/features/dns/zone-list-page';
import { DEFAULT_ZONE_SEARCH, ZONE_SORT_KEYS } from '@/features/dns/zone-list-search';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/dns/$productId/')({
  ...listSearchRoute(ZONE_SORT_KEYS, DEFAULT_ZONE_SEARCH),
  loader: ({ params, ...load }) => ensureRouteData(load, dnsQueries.zones(params.productId)),
  pendingComponent: ZonesLoading,
  errorComponent: function ZonesError({ error }) {
    return <ZonesLoadError error={error} productId={Route.useParams().productId} />;
  },
  component: function ZonesRoute() {
    const { productId } = Route.useParams();
    return <ZoneListPage productId={productId} {...useListRoute(Route)} />;
  },
});
