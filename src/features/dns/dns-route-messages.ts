import { i18n, params } from '@/i18n';

/**
 * What the DNS routes say while loading, on a failed load and on a path that cannot be a zone.
 * Routes are thin: they read these with `useMessages`, or `.get()` in `head()`.
 */
export const dnsRouteMessages = i18n('dns/dns-route-messages', {
  loadingZones: 'Loading zones…',
  loadingZone: 'Loading the zone…',
  product: params<{ product: string }>('DNS product {product}'),
  theZones: 'the zones',
  noProduct: params<{ product: string }>('No DNS product {product} for this key'),
  chooseAnother: 'Choose another DNS product',
  zone: params<{ zone: string }>('Zone {zone}'),
  theZone: 'the zone',
  noZone: params<{ zone: string; product: string }>('No zone {zone} in DNS product {product}'),
  notAZone: 'Not a zone name',
  notADomain: params<{ issue: string }>('is not a domain name: {issue}.'),
  backToZones: params<{ product: string }>('Back to the zones of DNS product {product}'),
});
