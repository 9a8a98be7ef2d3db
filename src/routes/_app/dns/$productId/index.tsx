import { createFileRoute, Link } from '@tanstack/react-router';
import { dnsQueries } from '@/api/queries/dns';
import { ZoneListPage } from '@/features/dns/zone-list-page';
import { DEFAULT_ZONE_SEARCH, ZONE_SORT_KEYS } from '@/features/dns/zone-list-search';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, RouteLoadError } from '@/features/ui/route-states';
import { listSearchRoute } from '../../../-search';

export const Route = createFileRoute('/_app/dns/$productId/')({
  ...listSearchRoute(ZONE_SORT_KEYS, DEFAULT_ZONE_SEARCH),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(dnsQueries.zones(params.productId)),
  head: ({ params }) => ({ meta: [{ title: `DNS zones of ${params.productId} · 4b42 Console` }] }),
  pendingComponent: () => <LoadingState label="Loading zones…" />,
  errorComponent: function ZonesError({ error }) {
    const { productId } = Route.useParams();
    return (
      <RouteLoadError
        error={error}
        title={`DNS product ${productId}`}
        what="the zones"
        notFound={`No DNS product ${productId} for this key`}
        back={
          <Link to="/dns" className={backLinkClass}>
            Choose another DNS product
          </Link>
        }
      />
    );
  },
  component: function ZonesRoute() {
    const { productId } = Route.useParams();
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <ZoneListPage
        productId={productId}
        search={search}
        onSearchChange={(next) =>
          navigate({ search: (previous) => ({ ...previous, ...next }), replace: 'q' in next })
        }
      />
    );
  },
});
