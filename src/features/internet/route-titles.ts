import { i18n, params } from '@/i18n';

// In the first load with the route files' heads: titles only, nothing else.
const messages = i18n('internet/route-titles', {
  abuse: 'Abuse reports',
  asns: 'AS numbers',
  asnOrder: 'Order an AS number',
  asnEdit: params<{ id: string }>('Update AS number #{id}'),
  exchanges: 'Internet exchanges',
  ipv4: 'IPv4 ranges',
  resources: 'Internet resources',
  tunnel: 'Layer-2 tunnel',
});

type Page = 'abuse' | 'asns' | 'asnOrder' | 'exchanges' | 'ipv4' | 'resources' | 'tunnel';

/** A page's document title, read when the route's head is built (at each navigation). */
export function internetPageTitle(page: Page | { asnEdit: string }): string {
  const t = messages.get();
  const name = typeof page === 'string' ? t[page] : t.asnEdit({ id: page.asnEdit });
  return `${name} · 4b42 Console`;
}
