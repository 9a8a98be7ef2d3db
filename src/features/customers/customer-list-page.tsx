import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { customerQueries } from '../../api/queries/customers';
import { Button } from '../ui/button';
import { inputClass } from '../ui/class-names';
import { EmptyState } from '../ui/empty-state';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { useWriteDisabledReason } from '../ui/use-key-capabilities';
import type { CustomerListSearch, SortKey } from './customer-list-search';
import { buildSearchIndex, searchCustomers, sortCustomers } from './customer-search-index';
import { CustomerTable } from './customer-table';
import { useUrlSyncedText } from './use-url-synced-text';

const count = new Intl.NumberFormat();

/** GET /v1/customer: search and sort live in the URL, so a reload or a shared link shows the same list. */
export function CustomerListPage({
  search,
  onSearchChange,
}: {
  search: CustomerListSearch;
  onSearchChange: (next: Partial<CustomerListSearch>) => void;
}) {
  const { data } = useSuspenseQuery(customerQueries.list());
  const [query, setQuery] = useUrlSyncedText(search.q, (q) => onSearchChange({ q }));
  const searchId = useId();

  // Sorting and indexing happen when the data or the order changes, never on a keystroke.
  const index = useMemo(
    () => buildSearchIndex(sortCustomers(data, search.sort, search.dir)),
    [data, search.sort, search.dir],
  );
  const shown = useMemo(() => searchCustomers(index, query), [index, query]);

  const sortBy = (key: SortKey) =>
    onSearchChange({ sort: key, dir: search.sort === key && search.dir === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <PageHeader
        title="Customers"
        description="Every customer this key can see. The customer number is the API’s name."
        actions={<NewCustomerButton />}
      />
      {data.length === 0 ? (
        <EmptyState title="No customers yet">The API returned an empty list for this key.</EmptyState>
      ) : (
        <div className="space-y-3">
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1 space-y-1 sm:max-w-md">
              <label
                htmlFor={searchId}
                className="block text-sm font-medium text-slate-800 dark:text-slate-200"
              >
                Search customers
              </label>
              <input
                id={searchId}
                type="search"
                className={inputClass}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder="Number, organisation or GUID"
                autoComplete="off"
                spellCheck={false}
              />
            </div>
            <p role="status" className="pb-2 text-sm text-slate-700 dark:text-slate-300">
              {query.trim()
                ? `${count.format(shown.length)} of ${count.format(data.length)} customers`
                : `${count.format(data.length)} customers`}
            </p>
          </div>
          {shown.length === 0 ? (
            <EmptyState title={`No customer matches “${query.trim()}”`}>
              <p>Search looks at the customer number, the organisation and the GUID.</p>
              <Button size="sm" className="mt-3" onClick={() => setQuery('')}>
                Clear search
              </Button>
            </EmptyState>
          ) : (
            <CustomerTable
              customers={shown}
              sort={search.sort}
              dir={search.dir}
              onSort={sortBy}
              resetScrollKey={`${query}|${search.sort}|${search.dir}`}
            />
          )}
        </div>
      )}
    </>
  );
}

function NewCustomerButton() {
  const reason = useWriteDisabledReason();
  if (reason) {
    return (
      <Button variant="primary" disabledReason={reason}>
        New customer
      </Button>
    );
  }
  return (
    <LinkButton to="/customers/new" variant="primary">
      New customer
    </LinkButton>
  );
}
