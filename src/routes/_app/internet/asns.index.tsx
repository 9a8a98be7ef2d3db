import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { AsnListPage } from '@/features/internet/asn-list-page';
import { ASN_SORT_KEYS, DEFAULT_ASN_SEARCH } from '@/features/internet/list-search';
import { InternetRouteError, InternetRoutePending } from '@/features/internet/route-states';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/internet/asns/')({
  ...listSearchRoute(ASN_SORT_KEYS, DEFAULT_ASN_SEARCH),
  loader: (load) => ensureRouteData(load, internetQueries.asns()),
  pendingComponent: () => <InternetRoutePending page="asns" />,
  errorComponent: ({ error }) => <InternetRouteError page="asns" error={error} />,
  component: function AsnsRoute() {
    return <AsnListPage {...useListRoute(Route)} />;
  },
});
