import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { Ipv4Page } from '@/features/internet/ipv4-page';
import { DEFAULT_IPV4_SEARCH, IPV4_SORT_KEYS } from '@/features/internet/list-search';
import { InternetRouteError, InternetRoutePending } from '@/features/internet/route-states';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/internet/ipv4')({
  ...listSearchRoute(IPV4_SORT_KEYS, DEFAULT_IPV4_SEARCH),
  loader: (load) => ensureRouteData(load, internetQueries.ipv4()),
  pendingComponent: () => <InternetRoutePending page="ipv4" />,
  errorComponent: ({ error }) => <InternetRouteError page="ipv4" error={error} />,
  component: function Ipv4Route() {
    return <Ipv4Page {...useListRoute(Route)} />;
  },
});
