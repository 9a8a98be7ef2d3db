import type { KeyCapabilities } from '@/api/key-capabilities';

/**
 * Who sees an item: `any` key; `all-customers` only keys that reach every customer (an operator's);
 * `self-service` only a key scoped to one customer, which could not reach the operator areas.
 */
export type NavScope = 'any' | 'all-customers' | 'self-service';

export type NavTarget =
  | { kind: 'link'; to: string; search?: Record<string, string>; params?: Record<string, string> }
  /** Opens the request-log drawer instead of navigating. */
  | { kind: 'request-log' };

export interface NavItem {
  id: string;
  label: string;
  /** One line for the home page's cards. */
  description: string;
  scope: NavScope;
  target: NavTarget;
}

const link = (to: string, search?: Record<string, string>): NavTarget => ({ kind: 'link', to, search });
/** A page of the key's own customer (self-service keys); `visibleNavItems` fills the number in. */
const OWN_CUSTOMER = '{customerNumber}';
const ownCustomer = (to: string): NavTarget => ({
  kind: 'link',
  to,
  params: { customerNumber: OWN_CUSTOMER },
});

/** Every area of the console, in menu order. When an area gets its own pages, change its line here. */
// biome-ignore format: one line per area, so changing an area is a one-line diff.
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', label: 'Home', description: 'Who you are connected as and what the key may do.', scope: 'any', target: link('/') },
  { id: 'customers', label: 'Customers', description: 'Organisations, their details and addresses.', scope: 'all-customers', target: link('/customers') },
  { id: 'account', label: 'Your account', description: 'Your customer record and address.', scope: 'self-service', target: ownCustomer('/customers/$customerNumber') },
  { id: 'directory', label: 'Users & groups', description: 'Directory users, groups and their members.', scope: 'any', target: link('/directory') },
  { id: 'suffixes', label: 'UPN suffixes', description: 'Domains users may sign in with.', scope: 'any', target: link('/directory', { section: 'suffixes' }) },
  { id: 'dns', label: 'DNS zones', description: 'Zones of your DNS products and their SOA values.', scope: 'all-customers', target: link('/dns') },
  { id: 'internet', label: 'Internet resources', description: 'AS numbers, IP ranges, exchanges, tunnels and abuse reports.', scope: 'all-customers', target: link('/internet/asns') },
  { id: 'servers', label: 'Servers', description: 'Virtual servers, console tickets and IPMI.', scope: 'all-customers', target: link('/servers') },
  { id: 'tools', label: 'Tools', description: 'SSH host check with remembered fingerprints, and the movie lookup.', scope: 'all-customers', target: link('/tools/ssh') },
  { id: 'explorer', label: 'API explorer', description: 'Any of the 43 documented endpoints, by hand.', scope: 'any', target: link('/explorer') },
  { id: 'request-log', label: 'Request log', description: 'The last 100 calls, with status, code and meaning.', scope: 'any', target: { kind: 'request-log' } },
  { id: 'audit', label: 'Audit', description: 'What this console changed: before, after, outcome.', scope: 'any', target: link('/audit') },
  { id: 'errors', label: 'Error codes', description: 'Every status and code of both editions: meaning and what the console does.', scope: 'any', target: link('/errors') },
];

/** The items a key can use: a customer-scoped key sees its self-service subset, nothing that would fail. */
export function visibleNavItems(capabilities: Pick<KeyCapabilities, 'customerNumber'>): NavItem[] {
  const scoped = capabilities.customerNumber != null;
  return NAV_ITEMS.filter((item) =>
    item.scope === 'any' ? true : item.scope === 'self-service' ? scoped : !scoped,
  ).map((item) => fillCustomer(item, capabilities.customerNumber));
}

function fillCustomer(item: NavItem, customerNumber: string | null): NavItem {
  if (item.target.kind !== 'link' || !item.target.params || !customerNumber) return item;
  const params = Object.fromEntries(
    Object.entries(item.target.params).map(([name, value]) => [
      name,
      value.replace(OWN_CUSTOMER, customerNumber),
    ]),
  );
  return { ...item, target: { ...item.target, params } };
}
