import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { USER_LIST } from './filter-users';
import { deleteUsers, resetPasswords, userBulkMessages } from './user-bulk-actions';
import { userColumnMessages, userColumns, userKey } from './user-columns';
import type { UserSortKey } from './user-list-search';

const messages = i18n('directory/user-list-page', {
  title: 'Users',
  description: params('Active Directory users of customer {customerNumber}.'),
  newUser: 'New user',
  emptyTitle: 'This customer has no users yet',
  emptyText: 'Create the first one with “New user”.',
  searchLabel: 'Search users',
  placeholder: 'Name, username or UPN',
  hint: 'Search looks at the name, the username and the UPN; case and accents do not matter.',
  caption: params('Users of customer {customerNumber}'),
});

/** GET /v1/customer/user/{customerNumber}: search and sort live in the URL, as on the customers list. */
export function UserListPage({
  customerNumber,
  ...props
}: { customerNumber: string } & ListPageProps<UserSortKey>) {
  const { data: users } = useSuspenseQuery(directoryQueries.users(customerNumber));
  const t = useMessages(messages);
  const columnTexts = useMessages(userColumnMessages);
  const bulkTexts = useMessages(userBulkMessages);
  const columns = useMemo(() => userColumns(customerNumber, columnTexts), [customerNumber, columnTexts]);
  const bulk = useMemo(
    () => listBulk([deleteUsers(customerNumber, bulkTexts), resetPasswords(customerNumber, bulkTexts)]),
    [customerNumber, bulkTexts],
  );
  return (
    <ListPage
      {...props}
      header={{
        explorer: <ExplorerLink endpoint={endpoint('user.list')} params={{ customerNumber }} />,
        crumbs: directoryCrumbs(customerNumber),
        title: t.title,
        description: t.description({ customerNumber }),
        actions: (
          <WriteLinkButton
            to="/directory/$customerNumber/users/new"
            params={{ customerNumber }}
            variant="primary"
            writes={endpoint('user.create')}
            writeParams={{ customerNumber }}
          >
            {t.newUser}
          </WriteLinkButton>
        ),
      }}
      listId="directory-users"
      items={users}
      index={USER_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.searchLabel}
      placeholder={t.placeholder}
      noun={[bulkTexts.one, bulkTexts.many]}
      hint={t.hint}
      caption={t.caption({ customerNumber })}
      columns={columns}
      rowKey={userKey}
      minWidthClass="min-w-[52rem]"
      virtualTestId="users-scroller"
      bulk={bulk}
    />
  );
}
