/**
 * The keys the simulated API accepts. Plain data without msw, so the connect screen can list
 * them without loading the simulated API.
 */
export interface DemoKey {
  id: 'operator' | 'customer' | 'readonly' | 'no-ordering';
  key: string;
  label: string;
  description: string;
  /** Only this customer's paths (self-service portal); other paths get 403 PATH_RESTRICTED. */
  customerNumber?: string;
  /** Writes get 403 METHOD_RESTRICTED. */
  readOnly: boolean;
  /** Orders (an AS number) get 403 ORDERING_NOT_ENABLED when false. */
  ordering: boolean;
}

export const DEMO_CUSTOMER_NUMBER = '10000001';

/**
 * Each key's name and what it may do, in English: the one source of these words. `{customer}`
 * stands for the key's customer number. The connect screen translates them by key id
 * (`connect/demo-key-text`); `DEMO_KEYS` carries them filled in (sandbox, end-to-end tests).
 */
export const DEMO_KEY_TEXT = {
  operator: {
    label: 'Operator',
    description: 'Everything: all customers, DNS zones, internet resources, servers and tools.',
  },
  customer: {
    label: 'Customer {customer} (self-service)',
    description:
      'Only customer {customer}: its account, users, groups and UPN suffixes. Any other path gets 403 PATH_RESTRICTED.',
  },
  readonly: {
    label: 'Read-only',
    description: 'Reads everything; every write gets 403 METHOD_RESTRICTED.',
  },
  'no-ordering': {
    label: 'Ordering not enabled',
    description: 'Like the operator, but ordering an AS number gets 403 ORDERING_NOT_ENABLED.',
  },
} as const satisfies Record<DemoKey['id'], { label: string; description: string }>;

/** A key's English name and line with its customer number filled in. */
function keyText(id: DemoKey['id'], customerNumber = '') {
  const { label, description } = DEMO_KEY_TEXT[id];
  const fill = (text: string) => text.replaceAll('{customer}', customerNumber);
  return { label: fill(label), description: fill(description) };
}

export const DEMO_KEYS: readonly DemoKey[] = [
  {
    id: 'operator',
    key: 'demo-operator-hVQ8UPC3TZOrqWe9',
    ...keyText('operator'),
    readOnly: false,
    ordering: true,
  },
  {
    id: 'customer',
    key: 'demo-customer-bM1nk4m27Xc5Lp0',
    ...keyText('customer', DEMO_CUSTOMER_NUMBER),
    customerNumber: DEMO_CUSTOMER_NUMBER,
    readOnly: false,
    ordering: false,
  },
  {
    id: 'readonly',
    key: 'demo-readonly-Zt6yWq2Rk8Vd3Ns',
    ...keyText('readonly'),
    readOnly: true,
    ordering: false,
  },
  {
    id: 'no-ordering',
    key: 'demo-noorder-Gf4Jm9Tb1Xe7Hc2',
    ...keyText('no-ordering'),
    readOnly: false,
    ordering: false,
  },
];

export function demoKey(id: DemoKey['id']): DemoKey {
  return DEMO_KEYS.find((k) => k.id === id) as DemoKey;
}

/** The simulated API's DNS products (no endpoint lists them): the product picker offers these in the demo. */
export const DEMO_DNS_PRODUCTS: readonly { id: string; customer: string; name: string }[] = [
  { id: '500001', customer: DEMO_CUSTOMER_NUMBER, name: 'DNS Business' },
  { id: '500002', customer: '12345678', name: 'DNS Basic' },
  { id: '500003', customer: '10000004', name: 'DNS Business' },
  { id: '500004', customer: '10000007', name: 'DNS Basic' },
];
