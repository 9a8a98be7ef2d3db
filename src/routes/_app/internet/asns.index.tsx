import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { AsnListPage } from '@/features/internet/asn-list-page';
import { ASN_SORT_KEYS, DEFAULT_ASN_SEARCH } from '@/features/internet/list-search';
import { InternetRouteError, InternetRoutePending } from '@/features/internet/route-states';
import { ensureRouteData } from '@/routes/-route-data';
import { useListRoute } from '../../-list-route';
import { listSearchRoute } from '../../-search';

export const Route = createFileRoute('/_app/internet/asns/')({
  ...listSearchRoute(ASN_SORT_KEYS, DEFAULT_ASN_SEARCH),
  loader: (load) => ensureRouteData(load, internetQueries.asns()),
  pendingComponent: () => <InternetRoutePending page="asns" />,
  errorComponent: ({ error }) => <InternetRouteError page="asns" error={error} />,
  component: function AsnsRoute() {
    return <AsnListPage {...useListRoute(Route)} />;
  },
});
