import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { directoryQueries } from '../../../api/queries/directory';
import { useUrlSyncedText } from '../../customers/use-url-synced-text';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { LinkButton } from '../../ui/link-button';
import { PageHeader } from '../../ui/page-header';
import { useWriteDisabledReason } from '../../ui/use-key-capabilities';
import { SearchBox } from '../shared/search-box';
import { filterUsers, indexUsers, sortUsers } from './filter-users';
import type { UserListSearch, UserSortKey } from './user-list-search';
import { UsersTable } from './users-table';

const count = new Intl.NumberFormat();

/** GET /v1/customer/user/{customerNumber}: search and sort live in the URL, as on the customers list. */
export function UserListPage({
  customerNumber,
  search,
  onSearchChange,
}: {
  customerNumber: string;
  search: UserListSearch;
  onSearchChange: (next: Partial<UserListSearch>) => void;
}) {
  const { data: users } = useSuspenseQuery(directoryQueries.users(customerNumber));
  const [query, setQuery] = useUrlSyncedText(search.q, (q) => onSearchChange({ q }));

  // Indexing and sorting run when the data or the order change; a keystroke only filters.
  const indexed = useMemo(() => indexUsers(users), [users]);
  const sorted = useMemo(
    () => sortUsers(indexed, search.sort, search.dir),
    [indexed, search.sort, search.dir],
  );
  const shown = useMemo(() => filterUsers(sorted, query), [sorted, query]);

  const sortBy = (key: UserSortKey) =>
    onSearchChange({ sort: key, dir: search.sort === key && search.dir === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <PageHeader
        title="Users"
        description={`Active Directory users of customer ${customerNumber}.`}
        actions={<NewUserButton customerNumber={customerNumber} />}
      />
      {users.length === 0 ? (
        <EmptyState title="This customer has no users yet">Create the first one with “New user”.</EmptyState>
      ) : (
        <div className="space-y-3">
          <SearchBox
            label="Search users"
            placeholder="Name, username or UPN"
            value={query}
            onChange={setQuery}
            status={
              query.trim()
                ? `${count.format(shown.length)} of ${count.format(users.length)} users`
                : `${count.format(users.length)} users`
            }
          />
          {shown.length === 0 ? (
            <EmptyState title={`No user matches “${query.trim()}”`}>
              <p>Search looks at the name, the username and the UPN; case and accents do not matter.</p>
              <Button size="sm" className="mt-3" onClick={() => setQuery('')}>
                Clear search
              </Button>
            </EmptyState>
          ) : (
            <UsersTable
              customerNumber={customerNumber}
              users={shown}
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

function NewUserButton({ customerNumber }: { customerNumber: string }) {
  const reason = useWriteDisabledReason();
  if (reason) {
    return (
      <Button variant="primary" disabledReason={reason}>
        New user
      </Button>
    );
  }
  return (
    <LinkButton to="/directory/$customerNumber/users/new" params={{ customerNumber }} variant="primary">
      New user
    </LinkButton>
  );
}
