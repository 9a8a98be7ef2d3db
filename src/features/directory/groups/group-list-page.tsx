import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { buildMemberDn } from '@/api/domain/distinguished-name';
import { directoryQueries } from '@/api/queries/directory';
import { useListPipeline } from '@/features/lists/use-list-pipeline';
import { type ListPageProps, useListSearch } from '@/features/lists/use-list-search';
import { EmptyState } from '@/features/ui/empty-state';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { SearchableList } from '@/features/ui/searchable-list';
import { SortableTable } from '@/features/ui/sortable-table';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import type { GroupSummary } from '../types';
import { GROUP_LIST } from './filter-groups';
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
  const { search } = props;
  const { data: groups } = useSuspenseQuery(directoryQueries.groups(customerNumber));
  const list = useListSearch(props);
  const shown = useListPipeline({
    ...GROUP_LIST,
    items: groups,
    sort: search.sort,
    dir: search.dir,
    query: list.query,
  });

  return (
    <>
      <PageHeader
        title="Groups"
        description={`Active Directory groups of customer ${customerNumber}. Members are users and other groups.`}
        actions={
          <WriteLinkButton
            to="/directory/$customerNumber/groups/new"
            params={{ customerNumber }}
            variant="primary"
          >
            New group
          </WriteLinkButton>
        }
      />
      {groups.length === 0 ? (
        <EmptyState title="This customer has no groups yet">
          Create the first one with “New group”.
        </EmptyState>
      ) : (
        <SearchableList
          label="Search groups"
          placeholder="Group name"
          search={list}
          shown={shown.length}
          total={groups.length}
          noun={['group', 'groups']}
        >
          <SortableTable
            caption={`Groups of customer ${customerNumber}`}
            columns={groupColumns(customerNumber)}
            rows={shown}
            rowKey={groupKey}
            sort={list.sort}
            minWidthClass="min-w-[32rem]"
          />
        </SearchableList>
      )}
    </>
  );
}
