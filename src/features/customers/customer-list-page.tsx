import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { customerQueries } from '@/api/queries/customers';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { i18n, useMessages } from '@/i18n';
import { deleteCustomers } from './customer-bulk-actions';
import { customerColumns, customerKey } from './customer-columns';
import type { SortKey } from './customer-list-search';
import { CUSTOMER_LIST } from './customer-search-index';

const messages = i18n('customers/customer-list-page', {
  title: 'Customers',
  description: 'Every customer this key can see. The customer number is the API’s name.',
  newCustomer: 'New customer',
  emptyTitle: 'No customers yet',
  emptyText: 'The API returned an empty list for this key.',
  searchLabel: 'Search customers',
  placeholder: 'Number, organisation or GUID',
  one: 'customer',
  many: 'customers',
  hint: 'Search looks at the customer number, the organisation and the GUID.',
  caption: 'Customers',
});

/** GET /v1/customer: search and sort live in the URL, so a reload or a shared link shows the same list. */
export function CustomerListPage(props: ListPageProps<SortKey>) {
  const t = useMessages(messages);
  const { data } = useSuspenseQuery(customerQueries.list());
  const client = useQueryClient();
  // Stable columns and actions, new ones when the language changes (t stands for it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: t stands for the language the columns are written in
  const columns = useMemo(() => customerColumns(client), [client, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const bulk = useMemo(() => listBulk([deleteCustomers()]), [t]);
  return (
    <ListPage
      {...props}
      header={{
        explorer: <ExplorerLink endpoint={endpoint('customer.list')} />,
        title: t.title,
        description: t.description,
        actions: (
          <WriteLinkButton to="/customers/new" variant="primary" writes={endpoint('customer.create')}>
            {t.newCustomer}
          </WriteLinkButton>
        ),
      }}
      listId="customers"
      items={data}
      index={CUSTOMER_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.searchLabel}
      placeholder={t.placeholder}
      noun={[t.one, t.many]}
      hint={t.hint}
      caption={t.caption}
      columns={columns}
      rowKey={customerKey}
      minWidthClass="min-w-[45rem]"
      virtualTestId="customer-scroller"
      bulk={bulk}
    />
  );
}
