import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { directoryQueries } from '@/api/queries/directory';
import { useListPipeline } from '@/features/lists/use-list-pipeline';
import { type ListPageProps, useListSearch } from '@/features/lists/use-list-search';
import { EmptyState } from '@/features/ui/empty-state';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { SearchableList } from '@/features/ui/searchable-list';
import { VirtualTable } from '@/features/ui/virtual-table';
import { USER_LIST } from './filter-users';
import { userColumns, userKey } from './user-columns';
import type { UserSortKey } from './user-list-search';

/** GET /v1/customer/user/{customerNumber}: search and sort live in the URL, as on the customers list. */
export function UserListPage({
  customerNumber,
  ...props
}: { customerNumber: string } & ListPageProps<UserSortKey>) {
  const { search } = props;
  const { data: users } = useSuspenseQuery(directoryQueries.users(customerNumber));
  const list = useListSearch(props);

  const shown = useListPipeline({
    ...USER_LIST,
    items: users,
    sort: search.sort,
    dir: search.dir,
    query: list.query,
  });
  const columns = useMemo(() => userColumns(customerNumber), [customerNumber]);

  return (
    <>
      <PageHeader
        title="Users"
        description={`Active Directory users of customer ${customerNumber}.`}
        actions={
          <WriteLinkButton
            to="/directory/$customerNumber/users/new"
            params={{ customerNumber }}
            variant="primary"
          >
            New user
          </WriteLinkButton>
        }
      />
      {users.length === 0 ? (
        <EmptyState title="This customer has no users yet">Create the first one with “New user”.</EmptyState>
      ) : (
        <SearchableList
          label="Search users"
          placeholder="Name, username or UPN"
          search={list}
          shown={shown.length}
          total={users.length}
          noun={['user', 'users']}
          hint="Search looks at the name, the username and the UPN; case and accents do not matter."
        >
          <VirtualTable
            caption={`Users of customer ${customerNumber}`}
            columns={columns}
            rows={shown}
            rowKey={userKey}
            sort={list.sort}
            resetScrollKey={list.resetScrollKey}
            minWidthClass="min-w-[52rem]"
            testId="users-scroller"
          />
        </SearchableList>
      )}
    </>
  );
}
