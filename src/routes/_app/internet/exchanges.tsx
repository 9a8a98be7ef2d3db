import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { ExchangeListPage } from '@/features/internet/exchange-list-page';
import { DEFAULT_EXCHANGE_SEARCH, EXCHANGE_SORT_KEYS } from '@/features/internet/list-search';
import { InternetRouteError, InternetRoutePending } from '@/features/internet/route-states';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/internet/exchanges')({
  ...listSearchRoute(EXCHANGE_SORT_KEYS, DEFAULT_EXCHANGE_SEARCH),
  loader: (load) => ensureRouteData(load, internetQueries.exchanges()),
  pendingComponent: () => <InternetRoutePending page="exchanges" />,
  errorComponent: ({ error }) => <InternetRouteError page="exchanges" error={error} />,
  component: function ExchangesRoute() {
    return <ExchangeListPage {...useListRoute(Route)} />;
  },
});
