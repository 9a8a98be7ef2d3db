import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { buildMemberDn } from '@/api/domain/distinguished-name';
import { directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import type { TableColumn } from '@/features/ui/table-columns';
import { i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { GroupLink } from '../shared/record-links';
import type { GroupSummary } from '../types';
import { GROUP_LIST } from './filter-groups';
import { deleteGroups, groupBulkMessages } from './group-bulk-actions';
import type { GroupSortKey } from './group-list-search';

const messages = i18n('directory/group-list-page', {
  name: 'Name',
  dn: 'Distinguished name',
  title: 'Groups',
  description: params(
    'Active Directory groups of customer {customerNumber}. Members are users and other groups.',
  ),
  newGroup: 'New group',
  emptyTitle: 'This customer has no groups yet',
  emptyText: 'Create the first one with “New group”.',
  searchLabel: 'Search groups',
  placeholder: 'Group name',
  caption: params('Groups of customer {customerNumber}'),
});
type Texts = ReturnType<typeof messages.get>;

const groupKey = (group: GroupSummary) => group.name;

function groupColumns(customerNumber: string, t: Texts): readonly TableColumn<GroupSummary, GroupSortKey>[] {
  const dn = (group: GroupSummary) => group.dn ?? buildMemberDn('group', group.name, customerNumber);
  return [
    {
      header: t.name,
      sortKey: 'name',
      width: 'w-[35%]',
      cellClass: 'truncate px-3 font-medium',
      title: (group) => group.name,
      cell: (group) => <GroupLink customerNumber={customerNumber} name={group.name} />,
    },
    {
      header: t.dn,
      sortKey: 'dn',
      width: 'w-[65%]',
      cellClass: 'truncate px-3 font-mono text-xs text-slate-700 dark:text-slate-300',
      title: dn,
      cell: dn,
    },
  ];
}

/** GET /v1/customer/group/{customerNumber}. A customer has a handful of groups: no virtualising. */
export function GroupListPage({
  customerNumber,
  ...props
}: { customerNumber: string } & ListPageProps<GroupSortKey>) {
  const { data: groups } = useSuspenseQuery(directoryQueries.groups(customerNumber));
  const t = useMessages(messages);
  const bulkTexts = useMessages(groupBulkMessages);
  const columns = useMemo(() => groupColumns(customerNumber, t), [customerNumber, t]);
  const bulk = useMemo(
    () => listBulk([deleteGroups(customerNumber, bulkTexts)]),
    [customerNumber, bulkTexts],
  );
  return (
    <ListPage
      {...props}
      header={{
        explorer: <ExplorerLink endpoint={endpoint('group.list')} params={{ customerNumber }} />,
        crumbs: directoryCrumbs(customerNumber),
        title: t.title,
        description: t.description({ customerNumber }),
        actions: (
          <WriteLinkButton
            to="/directory/$customerNumber/groups/new"
            params={{ customerNumber }}
            variant="primary"
            writes={endpoint('group.create')}
            writeParams={{ customerNumber }}
          >
            {t.newGroup}
          </WriteLinkButton>
        ),
      }}
      listId="directory-groups"
      items={groups}
      index={GROUP_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.searchLabel}
      placeholder={t.placeholder}
      noun={[bulkTexts.one, bulkTexts.many]}
      caption={t.caption({ customerNumber })}
      columns={columns}
      rowKey={groupKey}
      minWidthClass="min-w-[32rem]"
      bulk={bulk}
    />
  );
}
