import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { buildMemberDn } from '@/api/domain/distinguished-name';
import { directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { WriteLinkButton } from '@/features/ui/link-button';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { directoryCrumbs } from '../shared/directory-crumbs';
import type { GroupSummary } from '../types';
import { GROUP_LIST } from './filter-groups';
import { deleteGroups } from './group-bulk-actions';
import type { GroupSortKey } from './group-list-search';

const groupKey = (group: GroupSummary) => group.name;

function groupColumns(customerNumber: string): readonly TableColumn<GroupSummary, GroupSortKey>[] {
  const dn = (group: GroupSummary) => group.dn ?? buildMemberDn('group', group.name, customerNumber);
  return [
    {
      header: 'Name',
      sortKey: 'name',
      width: 'w-[35%]',
      cellClass: 'truncate px-3 font-medium',
      title: (group) => group.name,
      cell: (group) => (
        <Link
          to="/directory/$customerNumber/groups/$groupName"
          params={{ customerNumber, groupName: group.name }}
          className={cellLinkClass}
        >
          {group.name}
        </Link>
      ),
    },
    {
      header: 'Distinguished name',
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
  const columns = useMemo(() => groupColumns(customerNumber), [customerNumber]);
  const bulk = useMemo(() => listBulk([deleteGroups(customerNumber)]), [customerNumber]);
  return (
    <ListPage
      {...props}
      header={{
        crumbs: directoryCrumbs(customerNumber),
        title: 'Groups',
        description: `Active Directory groups of customer ${customerNumber}. Members are users and other groups.`,
        actions: (
          <WriteLinkButton
            to="/directory/$customerNumber/groups/new"
            params={{ customerNumber }}
            variant="primary"
            writes={endpoint('group.create')}
            writeParams={{ customerNumber }}
          >
            New group
          </WriteLinkButton>
        ),
      }}
      listId="directory-groups"
      items={groups}
      index={GROUP_LIST}
      empty={{ title: 'This customer has no groups yet', text: 'Create the first one with “New group”.' }}
      searchLabel="Search groups"
      placeholder="Group name"
      noun={['group', 'groups']}
      caption={`Groups of customer ${customerNumber}`}
      columns={columns}
      rowKey={groupKey}
      minWidthClass="min-w-[32rem]"
      bulk={bulk}
    />
  );
}
