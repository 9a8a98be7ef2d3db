import { LoadingState } from '@/features/ui/empty-state';
import { RouteLoadError } from '@/features/ui/route-states';
import { i18n, useMessages } from '@/i18n';

// Split from the routes' first-load code (their pending and error components are lazy).
const messages = i18n('internet/route-states', {
  asns: 'AS numbers',
  exchanges: 'Internet exchanges',
  loadingAsns: 'Loading AS numbers…',
  loadingExchanges: 'Loading exchanges…',
  loadingIpv4: 'Loading IPv4 ranges…',
  ipv4Heading: 'Available IPv4 ranges',
  theAsns: 'the AS numbers',
  theExchanges: 'the exchanges',
  theIpv4: 'the IPv4 ranges',
});

/** The lists loaded before their page shows: what is loading, and what failed. */
type Loaded = 'asns' | 'exchanges' | 'ipv4';
const LOADED = {
  asns: { loading: 'loadingAsns', heading: 'asns', what: 'theAsns' },
  exchanges: { loading: 'loadingExchanges', heading: 'exchanges', what: 'theExchanges' },
  ipv4: { loading: 'loadingIpv4', heading: 'ipv4Heading', what: 'theIpv4' },
} as const;

export function InternetRoutePending({ page }: { page: Loaded }) {
  const t = useMessages(messages);
  return <LoadingState label={t[LOADED[page].loading]} />;
}

export function InternetRouteError({ page, error }: { page: Loaded; error: unknown }) {
  const t = useMessages(messages);
  const { heading, what } = LOADED[page];
  return <RouteLoadError error={error} title={t[heading]} what={t[what]} />;
}
