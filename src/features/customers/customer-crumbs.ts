import type { Crumb } from '@/features/ui/page-header';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('customers/customer-crumbs', { customers: 'Customers' });

/**
 * The trail above a customer page: the list (not for a key that reaches one customer, which may
 * not list them), then any further steps.
 */
export function useCustomerCrumbs(extra: readonly Crumb[] = []): Crumb[] {
  const t = useMessages(messages);
  const { customerNumber: ownCustomer } = useKeyCapabilities();
  return [...(ownCustomer ? [] : [{ label: t.customers, to: '/customers' }]), ...extra];
}
