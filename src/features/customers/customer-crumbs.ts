import type { Crumb } from '@/features/ui/page-header';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';

/**
 * The trail above a customer page: the list (not for a key that reaches one customer, which may
 * not list them), then any further steps.
 */
export function useCustomerCrumbs(extra: readonly Crumb[] = []): Crumb[] {
  const { customerNumber: ownCustomer } = useKeyCapabilities();
  return [...(ownCustomer ? [] : [{ label: 'Customers', to: '/customers' }]), ...extra];
}
