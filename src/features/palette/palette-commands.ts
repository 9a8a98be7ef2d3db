import type { RegisteredRouter, RouteIds } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { type KeyCapabilities, refusalReason } from '@/api/key-capabilities';
import type { NavItem } from '@/features/shell/nav-items';
import type { CachedRecord } from './cached-records';
import { type Rankable, rankCommands } from './rank-commands';
import type { RecentVisit } from './recent-visits';

/** The palette's sections, in the order they show before anything is typed. */
export const SECTIONS = [
  'Recent',
  'Pages',
  'Customers',
  'Users',
  'Groups',
  'DNS zones',
  'Servers',
  'Actions',
] as const;
export type PaletteSection = (typeof SECTIONS)[number];

/** What the shell does for the palette (its panels and its sign-out, which asks about drafts). */
export type PaletteAction = 'request-log' | 'demo-controls' | 'sign-out' | 'switch-theme';

export type PaletteTarget =
  | { kind: 'link'; to: string; params?: Record<string, string>; search?: Record<string, string> }
  | { kind: 'href'; href: string }
  | { kind: 'action'; action: PaletteAction };

export interface PaletteCommand extends Rankable {
  id: string;
  section: PaletteSection;
  target: PaletteTarget;
  /** Why the key may not do it: shown, and Enter does nothing. */
  disabledReason?: string | null;
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
}

const link = (to: string, params?: Record<string, string>): PaletteTarget => ({ kind: 'link', to, params });

function recordCommand(record: CachedRecord): PaletteCommand {
  switch (record.kind) {
    case 'customer':
      return {
        id: `customer:${record.customerNumber}`,
        section: 'Customers',
        label: record.name ?? `Customer ${record.customerNumber}`,
        detail: record.name ? `Customer ${record.customerNumber}` : undefined,
        keywords: record.customerNumber,
        target: link('/customers/$customerNumber', { customerNumber: record.customerNumber }),
      };
    case 'user':
      return {
        id: `user:${record.userId}`,
        section: 'Users',
        label: record.name ?? record.userId,
        detail: [record.upn, `User ${record.userId}`].filter(Boolean).join(' · '),
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
        detail: `Group of customer ${record.customerNumber}`,
        target: link('/directory/$customerNumber/groups/$groupName', {
          customerNumber: record.customerNumber,
          groupName: record.groupName,
        }),
      };
    case 'zone':
      return {
        id: `zone:${record.productId}/${record.zone}`,
        section: 'DNS zones',
        label: record.zone,
        detail: `DNS product ${record.productId}`,
        target: link('/dns/$productId/$zone', { productId: record.productId, zone: record.zone }),
      };
    case 'server':
      return {
        id: `server:${record.pid}`,
        section: 'Servers',
        label: `Server ${record.pid}`,
        keywords: 'virtual server',
        target: link('/servers/$pid', { pid: record.pid }),
      };
  }
}

type Names = { label: string; detail?: string };
type Params = Record<string, string>;

/** How a visited page reads, by its route; pages not named here are named by the nav, or skipped. */
const VISIT_NAMES: Partial<
  Record<RouteIds<RegisteredRouter['routeTree']>, (p: Params, records: readonly CachedRecord[]) => Names>
> = {
  '/_app/customers/$customerNumber/': (p, records) => {
    const name = records.find((r) => r.kind === 'customer' && r.customerNumber === p.customerNumber);
    return name?.kind === 'customer' && name.name
      ? { label: name.name, detail: `Customer ${p.customerNumber}` }
      : { label: `Customer ${p.customerNumber}` };
  },
  '/_app/customers/$customerNumber/edit': (p) => ({ label: `Edit customer ${p.customerNumber}` }),
  '/_app/directory/$customerNumber/': (p) => ({ label: `Directory of customer ${p.customerNumber}` }),
  '/_app/directory/$customerNumber/users/': (p) => ({ label: `Users of customer ${p.customerNumber}` }),
  '/_app/directory/$customerNumber/groups/': (p) => ({ label: `Groups of customer ${p.customerNumber}` }),
  '/_app/directory/$customerNumber/suffixes': (p) => ({
    label: `UPN suffixes of customer ${p.customerNumber}`,
  }),
  '/_app/directory/$customerNumber/users/$userId/': (p, records) => {
    const user = records.find((r) => r.kind === 'user' && r.userId === p.userId);
    return { label: (user?.kind === 'user' && user.name) || `User ${p.userId}`, detail: `User ${p.userId}` };
  },
  '/_app/directory/$customerNumber/groups/$groupName': (p) => ({
    label: `Group ${p.groupName}`,
    detail: `Customer ${p.customerNumber}`,
  }),
  '/_app/dns/$productId/': (p) => ({ label: `Zones of DNS product ${p.productId}` }),
  '/_app/dns/$productId/$zone': (p) => ({ label: `Zone ${p.zone}`, detail: `DNS product ${p.productId}` }),
  '/_app/servers/$pid': (p) => ({ label: `Server ${p.pid}` }),
};

function recentCommand(
  visit: RecentVisit,
  navItems: readonly NavItem[],
  records: readonly CachedRecord[],
): PaletteCommand | null {
  const named = VISIT_NAMES[visit.routeId as keyof typeof VISIT_NAMES]?.(visit.params, records);
  const [path, search = ''] = visit.href.split('?');
  const page = navItems.find(
    (item) =>
      item.target.kind === 'link' &&
      item.target.to === path &&
      new URLSearchParams(item.target.search).toString() === search,
  );
  const names = named ?? (page ? { label: page.label, detail: 'Page' } : null);
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
            label: 'New customer',
            keywords: 'create add customer organisation',
            target: link('/customers/new'),
            disabledReason: reason(endpoint('customer.create')),
          },
          {
            id: 'action:new-zone',
            section: 'Actions' as const,
            label: 'New zone',
            detail: 'DNS',
            keywords: 'create add dns zone domain',
            target: link('/dns/new'),
            disabledReason: reason(endpoint('zone.create')),
          },
          {
            id: 'action:order-asn',
            section: 'Actions' as const,
            label: 'Order an AS number',
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
            label: 'New user',
            detail: `For customer ${customer}`,
            keywords: 'create add user directory',
            target: link('/directory/$customerNumber/users/new', { customerNumber: customer }),
            disabledReason: reason(endpoint('user.create'), { customerNumber: customer }),
          },
          {
            id: 'action:new-group',
            section: 'Actions' as const,
            label: 'New group',
            detail: `For customer ${customer}`,
            keywords: 'create add group directory',
            target: link('/directory/$customerNumber/groups/new', { customerNumber: customer }),
            disabledReason: reason(endpoint('group.create'), { customerNumber: customer }),
          },
        ]
      : []),
    {
      id: 'action:request-log',
      section: 'Actions',
      label: 'Open request log',
      detail: 'The last 100 calls',
      keywords: 'requests calls history',
      target: { kind: 'action', action: 'request-log' },
    },
    ...(context.demo
      ? [
          {
            id: 'action:demo-controls',
            section: 'Actions' as const,
            label: 'Open demo controls',
            keywords: 'demo simulated faults rate limit',
            target: { kind: 'action' as const, action: 'demo-controls' as const },
          },
        ]
      : []),
    {
      id: 'action:switch-theme',
      section: 'Actions',
      label: 'Switch theme',
      detail: context.theme === 'dark' ? 'To the light theme' : 'To the dark theme',
      keywords: 'dark light mode appearance colours',
      target: { kind: 'action', action: 'switch-theme' },
    },
    {
      id: 'action:sign-out',
      section: 'Actions',
      label: 'Sign out',
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
    : commands.filter((c) => !RECORD_SECTIONS.has(c.section));
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
