import { useSuspenseQuery } from '@tanstack/react-query';
import { customerQueries } from '@/api/queries/customers';
import { useListPipeline } from '../lists/use-list-pipeline';
import { type ListPageProps, useListSearch } from '../lists/use-list-search';
import { EmptyState } from '../ui/empty-state';
import { WriteLinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { SearchableList } from '../ui/searchable-list';
import { VirtualTable } from '../ui/virtual-table';
import { CUSTOMER_COLUMNS, customerKey } from './customer-columns';
import type { SortKey } from './customer-list-search';
import { CUSTOMER_LIST } from './customer-search-index';

/** GET /v1/customer: search and sort live in the URL, so a reload or a shared link shows the same list. */
export function CustomerListPage(props: ListPageProps<SortKey>) {
  const { search } = props;
  const { data } = useSuspenseQuery(customerQueries.list());
  const list = useListSearch(props);

  const shown = useListPipeline({
    ...CUSTOMER_LIST,
    items: data,
    sort: search.sort,
    dir: search.dir,
    query: list.query,
  });

  return (
    <>
      <PageHeader
        title="Customers"
        description="Every customer this key can see. The customer number is the API’s name."
        actions={
          <WriteLinkButton to="/customers/new" variant="primary">
            New customer
          </WriteLinkButton>
        }
      />
      {data.length === 0 ? (
        <EmptyState title="No customers yet">The API returned an empty list for this key.</EmptyState>
      ) : (
        <SearchableList
          label="Search customers"
          placeholder="Number, organisation or GUID"
          search={list}
          shown={shown.length}
          total={data.length}
          noun={['customer', 'customers']}
          hint="Search looks at the customer number, the organisation and the GUID."
        >
          <VirtualTable
            caption="Customers"
            columns={CUSTOMER_COLUMNS}
            rows={shown}
            rowKey={customerKey}
            sort={list.sort}
            resetScrollKey={list.resetScrollKey}
            minWidthClass="min-w-[45rem]"
            testId="customer-scroller"
          />
        </SearchableList>
      )}
    </>
  );
}
