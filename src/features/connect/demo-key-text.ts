import { i18n, params } from '@/i18n';
import type { DemoKey } from '@/mocks/demo-keys';

// The demo keys' names and lines as shown (the mock's own English is what the simulated API knows).
const messages = i18n('connect/demo-key-text', {
  operator: 'Operator',
  operatorText: 'Everything: all customers, DNS zones, internet resources, servers and tools.',
  customer: params<{ customer: string }>('Customer {customer} (self-service)'),
  customerText: params<{ customer: string }>(
    'Only customer {customer}: its account, users, groups and UPN suffixes. Any other path gets 403 PATH_RESTRICTED.',
  ),
  readonly: 'Read-only',
  readonlyText: 'Reads everything; every write gets 403 METHOD_RESTRICTED.',
  noOrdering: 'Ordering not enabled',
  noOrderingText: 'Like the operator, but ordering an AS number gets 403 ORDERING_NOT_ENABLED.',
});

/** A demo key's name and what it may do, in the current language. */
export function demoKeyText(key: DemoKey): { label: string; description: string } {
  const t = messages.get();
  const customer = key.customerNumber ?? '';
  switch (key.id) {
    case 'operator':
      return { label: t.operator, description: t.operatorText };
    case 'customer':
      return { label: t.customer({ customer }), description: t.customerText({ customer }) };
    case 'readonly':
      return { label: t.readonly, description: t.readonlyText };
    case 'no-ordering':
      return { label: t.noOrdering, description: t.noOrderingText };
  }
}
