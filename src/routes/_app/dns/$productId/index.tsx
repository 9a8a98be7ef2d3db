import { createFileRoute, Link } from '@tanstack/react-router';
import { dnsQueries } from '@/api/queries/dns';
import { dnsRouteMessages } from '@/features/dns/dns-route-messages';
import { ZoneListPage } from '@/features/dns/zone-list-page';
import { DEFAULT_ZONE_SEARCH, ZONE_SORT_KEYS } from '@/features/dns/zone-list-search';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, RouteLoadError } from '@/features/ui/route-states';
import { useMessages } from '@/i18n';
import { useListRoute } from '../../../-list-route';
import { listSearchRoute } from '../../../-search';

export const Route = createFileRoute('/_app/dns/$productId/')({
  ...listSearchRoute(ZONE_SORT_KEYS, DEFAULT_ZONE_SEARCH),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(dnsQueries.zones(params.productId)),
  pendingComponent: function ZonesLoading() {
    const t = useMessages(dnsRouteMessages);
    return <LoadingState label={t.loadingZones} />;
  },
  errorComponent: function ZonesError({ error }) {
    const t = useMessages(dnsRouteMessages);
    const { productId } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={t.product({ product: productId })}
        what={t.theZones}
        notFound={t.noProduct({ product: productId })}
        back={
          <Link to="/dns" className={backLinkClass}>
            {t.chooseAnother}
          </Link>
        }
      />
    );
  },
  component: function ZonesRoute() {
    const { productId } = Route.useParams();
    return <ZoneListPage productId={productId} {...useListRoute(Route)} />;
  },
});
