import { endpoint } from '@/api/catalogue';
import { customerKeys, customerMutations } from '@/api/queries/customers';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkWrite } from '@/features/bulk/bulk-write';
import type { CustomerSummary } from './customer-search-index';

export const customerLabel = (customer: CustomerSummary) => `customer ${customer.name}`;

/** DELETE /v1/customer/{customerNumber} for each selected customer. */
export const deleteCustomers: BulkAction<CustomerSummary> = {
  label: 'Delete',
  title: (n) => `Delete ${n === 1 ? '1 customer' : `${n} customers`}?`,
  confirmLabel: 'Delete',
  doneVerb: 'deleted',
  noun: ['customer', 'customers'],
  endpoint: endpoint('customer.delete'),
  itemLabel: customerLabel,
  write: (customer) => bulkWrite(customerMutations.remove(customer.name), undefined),
  listKey: customerKeys.list(),
};
