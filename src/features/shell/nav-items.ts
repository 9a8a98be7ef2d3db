import type { KeyCapabilities } from '@/api/key-capabilities';
import { i18n } from '@/i18n';

const messages = i18n('shell/nav-items', {
  home: 'Home',
  homeText: 'Who you are connected as and what the key may do.',
  customers: 'Customers',
  customersText: 'Organisations, their details and addresses.',
  account: 'Your account',
  accountText: 'Your customer record and address.',
  directory: 'Users & groups',
  directoryText: 'Directory users, groups and their members.',
  suffixes: 'UPN suffixes',
  suffixesText: 'Domains users may sign in with.',
  dns: 'DNS zones',
  dnsText: 'Zones of your DNS products and their SOA values.',
  internet: 'Internet resources',
  internetText: 'AS numbers, IP ranges, exchanges, tunnels and abuse reports.',
  servers: 'Servers',
  serversText: 'Virtual servers, console tickets and IPMI.',
  tools: 'Tools',
  toolsText: 'SSH host check with remembered fingerprints, and the movie lookup.',
  explorer: 'API explorer',
  explorerText: 'Any of the 43 documented endpoints, by hand.',
  requestLog: 'Request log',
  requestLogText: 'The last 100 calls, with status, code and meaning.',
  audit: 'Audit',
  auditText: 'What this console changed: before, after, outcome.',
  errors: 'Error codes',
  errorsText: 'Every status and code of both editions: meaning and what the console does.',
});
type NavKey = Exclude<keyof ReturnType<typeof messages.get>, `${string}Text`>;
type NavId =
  | 'home'
  | 'customers'
  | 'account'
  | 'directory'
  | 'suffixes'
  | 'dns'
  | 'internet'
  | 'servers'
  | 'tools'
  | 'explorer'
  | 'request-log'
  | 'audit'
  | 'errors';

/**
 * Who sees an item: `any` key; `all-customers` only keys that reach every customer (an operator's);
 * `self-service` only a key scoped to one customer, which could not reach the operator areas.
 */
export type NavScope = 'any' | 'all-customers' | 'self-service';

export type NavTarget =
  | { kind: 'link'; to: string; search?: Record<string, string>; params?: Record<string, string> }
  /** Opens the request-log drawer instead of navigating. */
  | { kind: 'request-log' };

export interface NavPlace {
  id: NavId;
  scope: NavScope;
  target: NavTarget;
  /** A line icon, as 24×24 SVG path data. */
  icon?: string;
}

/** Label and line in the current language: getters, read at render, so they follow a switch. */
export interface NavItem extends NavPlace {
  readonly label: string;
  /** One line for the home page's cards. */
  readonly description: string;
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
export const NAV_ITEMS: readonly NavPlace[] = [
  { id: 'home', scope: 'any', target: link('/'), icon: 'M3 11l9-8 9 8M5 10v10h14V10' },
  { id: 'customers', scope: 'all-customers', target: link('/customers'), icon: 'M3 21V7l9-4 9 4v14M9 21v-6h6v6' },
  { id: 'account', scope: 'self-service', target: ownCustomer('/customers/$customerNumber'), icon: 'M3 21V7l9-4 9 4v14M9 21v-6h6v6' },
  { id: 'directory', scope: 'any', target: link('/directory'), icon: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M2 21a7 7 0 0 1 14 0M17 3a4 4 0 0 1 0 8M22 21a7 7 0 0 0-4-6' },
  { id: 'suffixes', scope: 'any', target: link('/directory', { section: 'suffixes' }), icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18' },
  { id: 'dns', scope: 'all-customers', target: link('/dns'), icon: 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01' },
  { id: 'internet', scope: 'all-customers', target: link('/internet/asns'), icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18' },
  { id: 'servers', scope: 'all-customers', target: link('/servers'), icon: 'M4 3h16v8H4zM4 13h16v8H4zM8 7h.01M8 17h.01M12 7h4M12 17h4' },
  { id: 'tools', scope: 'all-customers', target: link('/tools/ssh'), icon: 'M14 7l3-3 3 3-3 3M4 20l10-10M6 4l2 2-2 2-2-2z' },
  { id: 'explorer', scope: 'any', target: link('/explorer'), icon: 'M8 9l-4 3 4 3M16 9l4 3-4 3M14 5l-4 14' },
  { id: 'request-log', scope: 'any', target: { kind: 'request-log' }, icon: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01' },
  { id: 'audit', scope: 'any', target: link('/audit'), icon: 'M5 3h14v18H5zM9 12l2 2 4-4' },
  { id: 'errors', scope: 'any', target: link('/errors'), icon: 'M12 3 2 21h20zM12 10v5M12 18h.01' },
];

function withText(place: NavPlace): NavItem {
  const key = place.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as NavKey;
  return Object.defineProperties({ ...place } as NavItem, {
    label: { get: () => messages.get()[key], enumerable: true },
    description: { get: () => messages.get()[`${key}Text`], enumerable: true },
  });
}

/** The items a key can use: a customer-scoped key sees its self-service subset, nothing that would fail. */
export function visibleNavItems(capabilities: Pick<KeyCapabilities, 'customerNumber'>): NavItem[] {
  const scoped = capabilities.customerNumber != null;
  return NAV_ITEMS.filter((item) =>
    item.scope === 'any' ? true : item.scope === 'self-service' ? scoped : !scoped,
  ).map((item) => withText(fillCustomer(item, capabilities.customerNumber)));
}

function fillCustomer(item: NavPlace, customerNumber: string | null): NavPlace {
  if (item.target.kind !== 'link' || !item.target.params || !customerNumber) return item;
  const params = Object.fromEntries(
    Object.entries(item.target.params).map(([name, value]) => [
      name,
      value.replace(OWN_CUSTOMER, customerNumber),
    ]),
  );
  return { ...item, target: { ...item.target, params } };
}
