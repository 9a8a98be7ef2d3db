import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { WriteLinkButton } from '@/features/ui/link-button';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { USER_LIST } from './filter-users';
import { deleteUsers, resetPasswords } from './user-bulk-actions';
import { userColumns, userKey } from './user-columns';
import type { UserSortKey } from './user-list-search';

/** GET /v1/customer/user/{customerNumber}: search and sort live in the URL, as on the customers list. */
export function UserListPage({
  customerNumber,
  ...props
}: { customerNumber: string } & ListPageProps<UserSortKey>) {
  const { data: users } = useSuspenseQuery(directoryQueries.users(customerNumber));
  const columns = useMemo(() => userColumns(customerNumber), [customerNumber]);
  const bulk = useMemo(
    () => listBulk([deleteUsers(customerNumber), resetPasswords(customerNumber)]),
    [customerNumber],
  );
  return (
    <ListPage
      {...props}
      header={{
        crumbs: directoryCrumbs(customerNumber),
        title: 'Users',
        description: `Active Directory users of customer ${customerNumber}.`,
        actions: (
          <WriteLinkButton
            to="/directory/$customerNumber/users/new"
            params={{ customerNumber }}
            variant="primary"
            writes={endpoint('user.create')}
            writeParams={{ customerNumber }}
          >
            New user
          </WriteLinkButton>
        ),
      }}
      listId="directory-users"
      items={users}
      index={USER_LIST}
      empty={{ title: 'This customer has no users yet', text: 'Create the first one with “New user”.' }}
      searchLabel="Search users"
      placeholder="Name, username or UPN"
      noun={['user', 'users']}
      hint="Search looks at the name, the username and the UPN; case and accents do not matter."
      caption={`Users of customer ${customerNumber}`}
      columns={columns}
      rowKey={userKey}
      minWidthClass="min-w-[52rem]"
      virtualTestId="users-scroller"
      bulk={bulk}
    />
  );
}
