import type { KeyCapabilities } from '@/api/key-capabilities';
import { i18n, useLocale } from '@/i18n';

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
  // The pages of an area with several (its section tabs).
  asns: 'AS numbers',
  exchanges: 'Exchanges',
  ipv4: 'IPv4 ranges',
  resources: 'Resources',
  tunnel: 'Layer-2 tunnel',
  abuse: 'Abuse',
  ssh: 'SSH check',
  movie: 'Movie lookup',
});
type NavKey = Exclude<keyof ReturnType<typeof messages.get>, `${string}Text` | NavSectionId>;
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

export type NavSectionId = 'asns' | 'exchanges' | 'ipv4' | 'resources' | 'tunnel' | 'abuse' | 'ssh' | 'movie';

/** One page of an area that has several: the area's section tabs and the palette list them. */
export interface NavSection {
  id: NavSectionId;
  to: string;
}

export interface NavPlace {
  id: NavId;
  scope: NavScope;
  target: NavTarget;
  /** A line icon, as 24×24 SVG path data. */
  icon?: string;
  /** The area's pages, in tab order; the first is where the menu item leads. */
  sections?: readonly NavSection[];
}

/** Labels in the current language: getters, read at render, so they follow a switch. */
export interface NavItem extends Omit<NavPlace, 'sections'> {
  readonly label: string;
  /** One line for the home page's cards. */
  readonly description: string;
  readonly sections: readonly (NavSection & { readonly label: string })[];
}

const link = (to: string, search?: Record<string, string>): NavTarget => ({ kind: 'link', to, search });
/** A page of the key's own customer (self-service keys); `visibleNavItems` fills the number in. */
const OWN_CUSTOMER = '{customerNumber}';
const ownCustomer = (to: string): NavTarget => ({
  kind: 'link',
  to,
  params: { customerNumber: OWN_CUSTOMER },
});

const INTERNET_SECTIONS: readonly NavSection[] = [
  { id: 'asns', to: '/internet/asns' },
  { id: 'exchanges', to: '/internet/exchanges' },
  { id: 'ipv4', to: '/internet/ipv4' },
  { id: 'resources', to: '/internet/resources' },
  { id: 'tunnel', to: '/internet/tunnel' },
  { id: 'abuse', to: '/internet/abuse' },
];
const TOOLS_SECTIONS: readonly NavSection[] = [
  { id: 'ssh', to: '/tools/ssh' },
  { id: 'movie', to: '/tools/movie' },
];
/** An area of several pages: the menu item opens the first. */
const sectionsOf = (sections: readonly NavSection[]) => ({
  target: link((sections[0] as NavSection).to),
  sections,
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
  { id: 'internet', scope: 'all-customers', ...sectionsOf(INTERNET_SECTIONS), icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18' },
  { id: 'servers', scope: 'all-customers', target: link('/servers'), icon: 'M4 3h16v8H4zM4 13h16v8H4zM8 7h.01M8 17h.01M12 7h4M12 17h4' },
  { id: 'tools', scope: 'all-customers', ...sectionsOf(TOOLS_SECTIONS), icon: 'M14 7l3-3 3 3-3 3M4 20l10-10M6 4l2 2-2 2-2-2z' },
  { id: 'explorer', scope: 'any', target: link('/explorer'), icon: 'M8 9l-4 3 4 3M16 9l4 3-4 3M14 5l-4 14' },
  { id: 'request-log', scope: 'any', target: { kind: 'request-log' }, icon: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01' },
  { id: 'audit', scope: 'any', target: link('/audit'), icon: 'M5 3h14v18H5zM9 12l2 2 4-4' },
  { id: 'errors', scope: 'any', target: link('/errors'), icon: 'M12 3 2 21h20zM12 10v5M12 18h.01' },
];

function withText(place: NavPlace): NavItem {
  const key = place.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as NavKey;
  const sections = (place.sections ?? []).map(({ id, to }) => ({
    id,
    to,
    get label() {
      return messages.get()[id];
    },
  }));
  return {
    ...place,
    sections,
    get label() {
      return messages.get()[key];
    },
    get description() {
      return messages.get()[`${key}Text`];
    },
  };
}

/**
 * One area's menu item, whoever the key, in the current language: for the area's own pages (their
 * crumb and section tabs). The component renders again when the language changes.
 */
export function useNavItem(id: NavId): NavItem {
  useLocale();
  return withText(NAV_ITEMS.find((item) => item.id === id) as NavPlace);
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
