import { endpoint } from '@/api/catalogue';
import { customerKeys, customerMutations } from '@/api/queries/customers';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkDelete } from '@/features/bulk/bulk-delete';
import { bulkWrite } from '@/features/bulk/bulk-write';
import { count, i18n, params } from '@/i18n';
import type { CustomerSummary } from './customer-search-index';

const messages = i18n('customers/customer-bulk-actions', {
  title: count({ one: 'Delete {count} customer?', other: 'Delete {count} customers?' }),
  one: 'customer',
  many: 'customers',
  item: params<{ customer: string }>('customer {customer}'),
});

export const customerLabel = (customer: CustomerSummary) => messages.get().item({ customer: customer.name });

/** DELETE /v1/customer/{customerNumber} for each selected customer. Built during render, in the current language. */
export function deleteCustomers(): BulkAction<CustomerSummary> {
  const t = messages.get();
  return bulkDelete({
    title: (n) => messages.get().title(n),
    noun: [t.one, t.many],
    endpoint: endpoint('customer.delete'),
    itemLabel: customerLabel,
    write: (customer) => bulkWrite(customerMutations.remove(customer.name), undefined),
    listKey: customerKeys.list(),
  });
}
