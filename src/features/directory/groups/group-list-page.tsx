import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { buildMemberDn } from '../../../api/domain/distinguished-name';
import { directoryQueries } from '../../../api/queries/directory';
import { useUrlSyncedText } from '../../customers/use-url-synced-text';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { LinkButton } from '../../ui/link-button';
import { PageHeader } from '../../ui/page-header';
import { useWriteDisabledReason } from '../../ui/use-key-capabilities';
import { SearchBox } from '../shared/search-box';
import { SortHeader } from '../shared/sort-header';
import { filterGroups } from './filter-groups';
import type { GroupListSearch, GroupSortKey } from './group-list-search';

/** GET /v1/customer/group/{customerNumber}. A customer has a handful of groups: no virtualising. */
export function GroupListPage({
  customerNumber,
  search,
  onSearchChange,
}: {
  customerNumber: string;
  search: GroupListSearch;
  onSearchChange: (next: Partial<GroupListSearch>) => void;
}) {
  const { data: groups } = useSuspenseQuery(directoryQueries.groups(customerNumber));
  const [query, setQuery] = useUrlSyncedText(search.q, (q) => onSearchChange({ q }));
  const shown = useMemo(
    () => filterGroups(groups, query, search.sort, search.dir),
    [groups, query, search.sort, search.dir],
  );
  const sortBy = (key: GroupSortKey) =>
    onSearchChange({ sort: key, dir: search.sort === key && search.dir === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <PageHeader
        title="Groups"
        description={`Active Directory groups of customer ${customerNumber}. Members are users and other groups.`}
        actions={<NewGroupButton customerNumber={customerNumber} />}
      />
      {groups.length === 0 ? (
        <EmptyState title="This customer has no groups yet">
          Create the first one with “New group”.
        </EmptyState>
      ) : (
        <div className="space-y-3">
          <SearchBox
            label="Search groups"
            placeholder="Group name"
            value={query}
            onChange={setQuery}
            status={query.trim() ? `${shown.length} of ${groups.length} groups` : `${groups.length} groups`}
          />
          {shown.length === 0 ? (
            <EmptyState title={`No group matches “${query.trim()}”`}>
              <Button size="sm" className="mt-1" onClick={() => setQuery('')}>
                Clear search
              </Button>
            </EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
              <table className="w-full min-w-[32rem] table-fixed border-collapse text-sm">
                <caption className="sr-only">Groups of customer {customerNumber}</caption>
                <colgroup>
                  <col className="w-[35%]" />
                  <col className="w-[65%]" />
                </colgroup>
                <thead>
                  <tr>
                    <SortHeader
                      label="Name"
                      active={search.sort === 'name'}
                      direction={search.dir}
                      onSort={() => sortBy('name')}
                    />
                    <SortHeader
                      label="Distinguished name"
                      active={search.sort === 'dn'}
                      direction={search.dir}
                      onSort={() => sortBy('dn')}
                    />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((group) => {
                    const dn = group.dn ?? buildMemberDn('group', group.name, customerNumber);
                    return (
                      <tr
                        key={group.name}
                        className="h-11 border-b border-slate-100 last:border-b-0 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/60"
                      >
                        <td className="truncate px-3 font-medium" title={group.name}>
                          <Link
                            to="/directory/$customerNumber/groups/$groupName"
                            params={{ customerNumber, groupName: group.name }}
                            className="rounded text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
                          >
                            {group.name}
                          </Link>
                        </td>
                        <td
                          className="truncate px-3 font-mono text-xs text-slate-700 dark:text-slate-300"
                          title={dn}
                        >
                          {dn}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </>
  );
}

function NewGroupButton({ customerNumber }: { customerNumber: string }) {
  const reason = useWriteDisabledReason();
  if (reason) {
    return (
      <Button variant="primary" disabledReason={reason}>
        New group
      </Button>
    );
  }
  return (
    <LinkButton to="/directory/$customerNumber/groups/new" params={{ customerNumber }} variant="primary">
      New group
    </LinkButton>
  );
}
