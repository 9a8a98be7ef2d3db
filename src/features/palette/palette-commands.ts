import type { RegisteredRouter, RouteIds } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { toUnicodeDomain } from '@/api/domain/domain-name';
import { type KeyCapabilities, refusalReason } from '@/api/key-capabilities';
import type { NavItem, NavSectionId } from '@/features/shell/nav-items';
import { i18n, LOCALE_NAMES, LOCALES, type Locale, params } from '@/i18n';
import type { CachedRecord } from './cached-records';
import { type Rankable, rankCommands } from './rank-commands';
import type { RecentVisit } from './recent-visits';

const messages = i18n('palette/palette-commands', {
  recent: 'Recent',
  pages: 'Pages',
  customers: 'Customers',
  users: 'Users',
  groups: 'Groups',
  zones: 'DNS zones',
  servers: 'Servers',
  internet: 'Internet resources',
  actions: 'Actions',
  customer: params<{ customer: string }>('Customer {customer}'),
  user: params<{ user: string }>('User {user}'),
  groupOf: params<{ customer: string }>('Group of customer {customer}'),
  group: params<{ group: string }>('Group {group}'),
  dnsProduct: params<{ product: string }>('DNS product {product}'),
  server: params<{ server: string }>('Server {server}'),
  asNumber: 'AS number',
  exchange: 'Internet exchange',
  editCustomer: params<{ customer: string }>('Edit customer {customer}'),
  directoryOf: params<{ customer: string }>('Directory of customer {customer}'),
  usersOf: params<{ customer: string }>('Users of customer {customer}'),
  groupsOf: params<{ customer: string }>('Groups of customer {customer}'),
  suffixesOf: params<{ customer: string }>('UPN suffixes of customer {customer}'),
  zonesOf: params<{ product: string }>('Zones of DNS product {product}'),
  zone: params<{ zone: string }>('Zone {zone}'),
  page: 'Page',
  newCustomer: 'New customer',
  newZone: 'New zone',
  orderAsn: 'Order an AS number',
  newUser: 'New user',
  newGroup: 'New group',
  forCustomer: params<{ customer: string }>('For customer {customer}'),
  openLog: 'Open request log',
  lastCalls: 'The last 100 calls',
  openDemo: 'Open demo controls',
  switchTheme: 'Switch theme',
  toLight: 'To the light theme',
  toDark: 'To the dark theme',
  language: params<{ language: string }>('Language: {language}'),
  languageDetail: 'Switch the console’s language',
  signOut: 'Sign out',
});

/** The palette's sections, in the order they show before anything is typed. */
export const SECTIONS = [
  'Recent',
  'Pages',
  'Customers',
  'Users',
  'Groups',
  'DNS zones',
  'Servers',
  'Internet resources',
  'Actions',
] as const;
export type PaletteSection = (typeof SECTIONS)[number];

const SECTION_KEYS = {
  Recent: 'recent',
  Pages: 'pages',
  Customers: 'customers',
  Users: 'users',
  Groups: 'groups',
  'DNS zones': 'zones',
  Servers: 'servers',
  'Internet resources': 'internet',
  Actions: 'actions',
} as const satisfies Record<PaletteSection, string>;

/** A section's heading in the current language. */
export function sectionName(section: PaletteSection): string {
  return messages.get()[SECTION_KEYS[section]];
}

/** What the shell does for the palette (its panels and its sign-out, which asks about drafts). */
export type PaletteAction = 'request-log' | 'demo-controls' | 'sign-out' | 'switch-theme';

export type PaletteTarget =
  | { kind: 'link'; to: string; params?: Record<string, string>; search?: Record<string, string> }
  | { kind: 'href'; href: string }
  | { kind: 'action'; action: PaletteAction }
  | { kind: 'locale'; locale: Locale };

export interface PaletteCommand extends Rankable {
  id: string;
  section: PaletteSection;
  target: PaletteTarget;
  /** Why the key may not do it: shown, and Enter does nothing. */
  disabledReason?: string | null;
  /** Offered once something is typed (an area's own pages): the list before typing stays short. */
  whenTyped?: boolean;
}

export interface PaletteContext {
  navItems: readonly NavItem[];
  capabilities: KeyCapabilities;
  records: readonly CachedRecord[];
  recent: readonly RecentVisit[];
  /** The page the palette was opened on: not offered as a recent one. */
  currentHref: string;
  /** The customer the current page is about, for "New user" and "New group". */
  currentCustomer: string | null;
  theme: 'light' | 'dark';
  demo: boolean;
  /** The language now: the palette offers the others. */
  locale: Locale;
}

const link = (to: string, params?: Record<string, string>): PaletteTarget => ({ kind: 'link', to, params });

function recordCommand(record: CachedRecord): PaletteCommand {
  const t = messages.get();
  switch (record.kind) {
    case 'customer':
      return {
        id: `customer:${record.customerNumber}`,
        section: 'Customers',
        label: record.name ?? t.customer({ customer: record.customerNumber }),
        detail: record.name ? t.customer({ customer: record.customerNumber }) : undefined,
        keywords: record.customerNumber,
        target: link('/customers/$customerNumber', { customerNumber: record.customerNumber }),
      };
    case 'user':
      return {
        id: `user:${record.userId}`,
        section: 'Users',
        label: record.name ?? record.userId,
        detail: [record.upn, t.user({ user: record.userId })].filter(Boolean).join(' · '),
        target: link('/directory/$customerNumber/users/$userId', {
          customerNumber: record.customerNumber,
          userId: record.userId,
        }),
      };
    case 'group':
      return {
        id: `group:${record.customerNumber}/${record.groupName}`,
        section: 'Groups',
        label: record.groupName,
        detail: t.groupOf({ customer: record.customerNumber }),
        target: link('/directory/$customerNumber/groups/$groupName', {
          customerNumber: record.customerNumber,
          groupName: record.groupName,
        }),
      };
    case 'zone':
      return {
        id: `zone:${record.productId}/${record.zone}`,
        section: 'DNS zones',
        // As the zone list reads: the Unicode form, found by its xn-- form too.
        label: toUnicodeDomain(record.zone),
        detail: t.dnsProduct({ product: record.productId }),
        keywords: record.zone,
        target: link('/dns/$productId/$zone', { productId: record.productId, zone: record.zone }),
      };
    case 'server':
      return {
        id: `server:${record.pid}`,
        section: 'Servers',
        label: record.name ?? t.server({ server: record.pid }),
        detail: record.name ? t.server({ server: record.pid }) : undefined,
        keywords: `virtual server ${record.pid}`,
        target: link('/servers/$pid', { pid: record.pid }),
      };
    // No page of their own: the list, searched for the record.
    case 'asn':
      return {
        id: `asn:${record.label}`,
        section: 'Internet resources',
        label: record.name ? `${record.label} ${record.name}` : record.label,
        detail: t.asNumber,
        keywords: 'asn autonomous system',
        target: { kind: 'link', to: '/internet/asns', search: { q: record.label } },
      };
    case 'exchange':
      return {
        id: `exchange:${record.name}`,
        section: 'Internet resources',
        label: record.name,
        detail: record.asn ? `${t.exchange} · ${record.asn}` : t.exchange,
        keywords: 'ix ixp peering',
        target: { kind: 'link', to: '/internet/exchanges', search: { q: record.name } },
      };
  }
}

type Names = { label: string; detail?: string };
type Texts = ReturnType<typeof messages.get>;
type Params = Record<string, string>;

/** How a visited page reads, by its route; pages not named here are named by the nav, or skipped. */
const VISIT_NAMES: Partial<
  Record<
    RouteIds<RegisteredRouter['routeTree']>,
    (p: Params, records: readonly CachedRecord[], t: Texts) => Names
  >
> = {
  '/_app/customers/$customerNumber/': (p, records, t) => {
    const name = records.find((r) => r.kind === 'customer' && r.customerNumber === p.customerNumber);
    const customer = t.customer({ customer: p.customerNumber ?? '' });
    return name?.kind === 'customer' && name.name
      ? { label: name.name, detail: customer }
      : { label: customer };
  },
  '/_app/customers/$customerNumber/edit': (p, _, t) => ({
    label: t.editCustomer({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/directory/$customerNumber/': (p, _, t) => ({
    label: t.directoryOf({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/directory/$customerNumber/users/': (p, _, t) => ({
    label: t.usersOf({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/directory/$customerNumber/groups/': (p, _, t) => ({
    label: t.groupsOf({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/directory/$customerNumber/suffixes': (p, _, t) => ({
    label: t.suffixesOf({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/directory/$customerNumber/users/$userId/': (p, records, t) => {
    const user = records.find((r) => r.kind === 'user' && r.userId === p.userId);
    const id = t.user({ user: p.userId ?? '' });
    return { label: (user?.kind === 'user' && user.name) || id, detail: id };
  },
  '/_app/directory/$customerNumber/groups/$groupName': (p, _, t) => ({
    label: t.group({ group: p.groupName ?? '' }),
    detail: t.customer({ customer: p.customerNumber ?? '' }),
  }),
  '/_app/dns/$productId/': (p, _, t) => ({ label: t.zonesOf({ product: p.productId ?? '' }) }),
  '/_app/dns/$productId/$zone': (p, _, t) => ({
    label: t.zone({ zone: toUnicodeDomain(p.zone ?? '') }),
    detail: t.dnsProduct({ product: p.productId ?? '' }),
  }),
  '/_app/servers/$pid': (p, records, t) => {
    const server = records.find((r) => r.kind === 'server' && r.pid === p.pid);
    const id = t.server({ server: p.pid ?? '' });
    return server?.kind === 'server' && server.name ? { label: server.name, detail: id } : { label: id };
  },
};

/** Words an area's page is also found by (search words, not shown). */
const SECTION_KEYWORDS: Partial<Record<NavSectionId, string>> = {
  asns: 'asn autonomous system order price',
  exchanges: 'ix ixp peering',
  ipv4: 'ip address range prefix',
  resources: 'cross connect vlan vps',
  tunnel: 'vxlan gretap l2',
  abuse: 'report pdf',
  ssh: 'host key fingerprint',
  movie: 'film poster',
};

/** How a nav page reads by its address: an area's own page by its name and area, else the area. */
function pageNames(navItems: readonly NavItem[], path: string, search: string, t: Texts): Names | null {
  for (const item of navItems) {
    const section = search === '' ? item.sections.find((s) => s.to === path) : undefined;
    if (section) return { label: section.label, detail: item.label };
  }
  const page = navItems.find(
    (item) =>
      item.target.kind === 'link' &&
      item.target.to === path &&
      new URLSearchParams(item.target.search).toString() === search,
  );
  return page ? { label: page.label, detail: t.page } : null;
}

function recentCommand(
  visit: RecentVisit,
  navItems: readonly NavItem[],
  records: readonly CachedRecord[],
): PaletteCommand | null {
  const t = messages.get();
  const named = VISIT_NAMES[visit.routeId as keyof typeof VISIT_NAMES]?.(visit.params, records, t);
  const [path = '', search = ''] = visit.href.split('?');
  const names = named ?? pageNames(navItems, path, search, t);
  return (
    names && {
      id: `recent:${visit.href}`,
      section: 'Recent',
      ...names,
      target: { kind: 'href', href: visit.href },
    }
  );
}

/** Everything the palette offers this key, before filtering. */
export function paletteCommands(context: PaletteContext): PaletteCommand[] {
  const { capabilities, navItems, records } = context;
  const t = messages.get();
  const own = capabilities.customerNumber;
  const operator = own === null;
  const reason = (endpointRef: Parameters<typeof refusalReason>[1], params?: Params) =>
    refusalReason(capabilities, endpointRef, params);

  // The request log is an action below, not a page.
  const pages = navItems.flatMap((item): PaletteCommand[] =>
    item.target.kind === 'link'
      ? [
          {
            id: `page:${item.id}`,
            section: 'Pages',
            label: item.label,
            detail: item.description,
            target: item.target,
          },
          ...item.sections.map(
            (page): PaletteCommand => ({
              id: `page:${item.id}/${page.id}`,
              section: 'Pages',
              label: page.label,
              detail: item.label,
              keywords: SECTION_KEYWORDS[page.id],
              target: link(page.to),
              whenTyped: true,
            }),
          ),
        ]
      : [],
  );

  // A customer's key only ever visited its own pages; an operator's recents are all its own.
  const currentPath = context.currentHref.split('?')[0];
  const recent = context.recent
    .filter((v) => v.href.split('?')[0] !== currentPath)
    .filter((v) => operator || !v.params.customerNumber || v.params.customerNumber === own)
    .map((v) => recentCommand(v, navItems, records))
    .filter((c): c is PaletteCommand => c !== null)
    .slice(0, 5);

  const customer = own ?? context.currentCustomer;
  const actions: PaletteCommand[] = [
    ...(operator
      ? [
          {
            id: 'action:new-customer',
            section: 'Actions' as const,
            label: t.newCustomer,
            keywords: 'create add customer organisation',
            target: link('/customers/new'),
            disabledReason: reason(endpoint('customer.create')),
          },
          {
            id: 'action:new-zone',
            section: 'Actions' as const,
            label: t.newZone,
            detail: 'DNS',
            keywords: 'create add dns zone domain',
            target: link('/dns/new'),
            disabledReason: reason(endpoint('zone.create')),
          },
          {
            id: 'action:order-asn',
            section: 'Actions' as const,
            label: t.orderAsn,
            keywords: 'new create asn autonomous system internet resource',
            target: link('/internet/asns/new'),
            disabledReason: reason(endpoint('asn.create')),
          },
        ]
      : []),
    ...(customer
      ? [
          {
            id: 'action:new-user',
            section: 'Actions' as const,
            label: t.newUser,
            detail: t.forCustomer({ customer }),
            keywords: 'create add user directory',
            target: link('/directory/$customerNumber/users/new', { customerNumber: customer }),
            disabledReason: reason(endpoint('user.create'), { customerNumber: customer }),
          },
          {
            id: 'action:new-group',
            section: 'Actions' as const,
            label: t.newGroup,
            detail: t.forCustomer({ customer }),
            keywords: 'create add group directory',
            target: link('/directory/$customerNumber/groups/new', { customerNumber: customer }),
            disabledReason: reason(endpoint('group.create'), { customerNumber: customer }),
          },
        ]
      : []),
    {
      id: 'action:request-log',
      section: 'Actions',
      label: t.openLog,
      detail: t.lastCalls,
      keywords: 'requests calls history',
      target: { kind: 'action', action: 'request-log' },
    },
    ...(context.demo
      ? [
          {
            id: 'action:demo-controls',
            section: 'Actions' as const,
            label: t.openDemo,
            keywords: 'demo simulated faults rate limit',
            target: { kind: 'action' as const, action: 'demo-controls' as const },
          },
        ]
      : []),
    {
      id: 'action:switch-theme',
      section: 'Actions',
      label: t.switchTheme,
      detail: context.theme === 'dark' ? t.toLight : t.toDark,
      keywords: 'dark light mode appearance colours',
      target: { kind: 'action', action: 'switch-theme' },
    },
    ...LOCALES.filter((locale) => locale !== context.locale).map(
      (locale): PaletteCommand => ({
        id: `action:language-${locale}`,
        section: 'Actions',
        label: t.language({ language: LOCALE_NAMES[locale] }),
        detail: t.languageDetail,
        // i18n-ignore: search words (the word for "language" in each language), not shown
        keywords: 'language sprache langue',
        target: { kind: 'locale', locale },
      }),
    ),
    {
      id: 'action:sign-out',
      section: 'Actions',
      label: t.signOut,
      keywords: 'log out disconnect forget key',
      target: { kind: 'action', action: 'sign-out' },
    },
  ];

  return [...recent, ...pages, ...records.map(recordCommand), ...actions];
}

/** Records show once something is typed: a list of every cached customer would bury the rest. */
const RECORD_SECTIONS: ReadonlySet<PaletteSection> = new Set([
  'Customers',
  'Users',
  'Groups',
  'DNS zones',
  'Servers',
]);
const PER_SECTION = 8;

export interface PaletteGroup {
  section: PaletteSection;
  commands: PaletteCommand[];
}

/**
 * The commands to show for a query, in sections: before typing in the fixed order, then ranked,
 * the section of the best match first (so Enter on the first option runs the best match).
 */
export function paletteSections(commands: readonly PaletteCommand[], query: string): PaletteGroup[] {
  const typed = query.trim() !== '';
  const shown = typed
    ? rankCommands(commands, query)
    : commands.filter((c) => !RECORD_SECTIONS.has(c.section) && !c.whenTyped);
  const groups = new Map<PaletteSection, PaletteCommand[]>();
  if (!typed) for (const section of SECTIONS) groups.set(section, []);
  for (const command of shown) {
    const list = groups.get(command.section) ?? [];
    if (!RECORD_SECTIONS.has(command.section) || list.length < PER_SECTION) list.push(command);
    groups.set(command.section, list);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([section, list]) => ({ section, commands: list }));
}
