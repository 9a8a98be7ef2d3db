import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { customerQueries } from '@/api/queries/customers';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { WriteLinkButton } from '@/features/ui/link-button';
import { deleteCustomers } from './customer-bulk-actions';
import { customerColumns, customerKey } from './customer-columns';
import type { SortKey } from './customer-list-search';
import { CUSTOMER_LIST } from './customer-search-index';

const CUSTOMER_BULK = listBulk([deleteCustomers]);

/** GET /v1/customer: search and sort live in the URL, so a reload or a shared link shows the same list. */
export function CustomerListPage(props: ListPageProps<SortKey>) {
  const { data } = useSuspenseQuery(customerQueries.list());
  const client = useQueryClient();
  const columns = useMemo(() => customerColumns(client), [client]);
  return (
    <ListPage
      {...props}
      header={{
        title: 'Customers',
        description: 'Every customer this key can see. The customer number is the API’s name.',
        actions: (
          <WriteLinkButton to="/customers/new" variant="primary" writes={endpoint('customer.create')}>
            New customer
          </WriteLinkButton>
        ),
      }}
      listId="customers"
      items={data}
      index={CUSTOMER_LIST}
      empty={{ title: 'No customers yet', text: 'The API returned an empty list for this key.' }}
      searchLabel="Search customers"
      placeholder="Number, organisation or GUID"
      noun={['customer', 'customers']}
      hint="Search looks at the customer number, the organisation and the GUID."
      caption="Customers"
      columns={columns}
      rowKey={customerKey}
      minWidthClass="min-w-[45rem]"
      virtualTestId="customer-scroller"
      bulk={CUSTOMER_BULK}
    />
  );
}
