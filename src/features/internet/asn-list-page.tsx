import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import type { AutonomousSystem } from '@/api/types';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { Button } from '../ui/button';
import { DeleteDialog } from '../ui/delete-dialog';
import { NotSet } from '../ui/empty-state';
import { ExplorerLink } from '../ui/explorer-link';
import { LinkButton } from '../ui/link-button';
import { cellLinkClass, type TableColumn } from '../ui/table-columns';
import { useDeletion } from '../ui/use-deletion';
import { useWriteDisabledReason } from '../ui/use-key-capabilities';
import { WarningNote } from '../ui/warning-note';
import { countryLabel } from './exchange-list-page';
import type { ASN_SORT_KEYS } from './list-search';
import { PricingTable } from './pricing-table';
import { INTERNET_CRUMB, InternetSectionNav } from './section-nav';

type SortKey = (typeof ASN_SORT_KEYS)[number];

const asLabel = (a: AutonomousSystem) => (a.asn != null ? `AS${a.asn}` : `#${a.id ?? '?'}`);
const text = (a: string, b: string) => a.localeCompare(b);

const ASN_LIST: ListIndex<AutonomousSystem, SortKey> = {
  searchable: (a) => [asLabel(a), a.name, a.org, a.country, countryLabel(a.country)],
  columns: {
    asn: { value: (a) => String(a.asn ?? 0).padStart(10, '0'), compare: ordinal },
    name: { value: (a) => a.name ?? '', compare: text },
    org: { value: (a) => a.org ?? '', compare: text },
    country: { value: (a) => countryLabel(a.country), compare: text },
  },
};
const asnKey = (a: AutonomousSystem) => String(a.id ?? a.asn);

/** GET /v1/internet/resources/autonomous_system with prices, ordering and delete. */
export function AsnListPage(props: ListPageProps<SortKey>) {
  const { data } = useSuspenseQuery(internetQueries.asns());
  const [deleting, setDeleting] = useState<AutonomousSystem | null>(null);
  const orderOff = useWriteDisabledReason(endpoint('asn.create'));
  const columns: readonly TableColumn<AutonomousSystem, SortKey>[] = [
    {
      header: 'AS number',
      sortKey: 'asn',
      width: 'w-28',
      cellClass: 'px-3 font-medium tabular-nums',
      cell: asLabel,
    },
    {
      header: 'Name',
      sortKey: 'name',
      width: 'w-44',
      cellClass: 'px-3 truncate',
      cell: (a) => a.name || <NotSet />,
    },
    {
      header: 'Organisation',
      sortKey: 'org',
      width: 'w-40',
      cellClass: 'px-3 font-mono text-xs',
      cell: (a) => a.org || <NotSet />,
    },
    {
      header: 'Country',
      sortKey: 'country',
      width: 'w-40',
      cellClass: 'px-3 truncate',
      cell: (a) => countryLabel(a.country) || <NotSet />,
    },
    {
      header: 'Actions',
      width: 'w-40',
      text: false,
      cellClass: 'px-3',
      cell: (a) =>
        a.id == null ? null : (
          // relative: the sr-only names must stay inside the scrolling table, not widen the page.
          <span className="relative flex gap-2">
            <Link to="/internet/asns/$id/edit" params={{ id: String(a.id) }} className={cellLinkClass}>
              Edit <span className="sr-only">{asLabel(a)}</span>
            </Link>
            <Button size="sm" variant="ghost" onClick={() => setDeleting(a)}>
              Delete <span className="sr-only">{asLabel(a)}</span>
            </Button>
          </span>
        ),
    },
  ];
  return (
    <>
      <ListPage
        {...props}
        header={{
          title: 'AS numbers',
          description: 'Autonomous system numbers registered for you, what they cost, and new orders.',
          crumbs: [INTERNET_CRUMB],
          explorer: <ExplorerLink endpoint={endpoint('asn.list')} />,
          actions: orderOff ? (
            <Button variant="primary" disabledReason={orderOff}>
              Order an AS number
            </Button>
          ) : (
            <LinkButton to="/internet/asns/new" variant="primary">
              Order an AS number
            </LinkButton>
          ),
        }}
        above={
          <>
            <InternetSectionNav />
            {orderOff && <WarningNote className="mb-4">{orderOff}</WarningNote>}
          </>
        }
        below={<PricingTable />}
        listId="as-numbers"
        items={data}
        index={ASN_LIST}
        // The docs' example answer is `{}`: read as "none yet".
        empty={{
          title: 'No AS numbers yet',
          text: 'Order one below the prices; it appears here once registered.',
        }}
        searchLabel="Search AS numbers"
        placeholder="AS number, name, organisation or country"
        noun={['AS number', 'AS numbers']}
        caption="AS numbers"
        columns={columns}
        rowKey={asnKey}
        minWidthClass="min-w-[46rem]"
      />
      {deleting && <AsnDeleteDialog as={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function AsnDeleteDialog({ as, onClose }: { as: AutonomousSystem; onClose: () => void }) {
  const id = String(as.id);
  const { removal, remove } = useDeletion(internetMutations.deleteAsn(id), {
    what: asLabel(as),
    onDeleted: onClose,
  });
  return (
    <DeleteDialog
      open
      onClose={onClose}
      title={`Delete ${asLabel(as)}?`}
      confirmLabel="Delete AS number"
      typeToConfirm={asLabel(as)}
      mutation={removal}
      onConfirm={remove}
      conflicts={{
        protected: {
          title: `${asLabel(as)} is protected`,
          text: 'The API refuses to delete this AS number (409 protected): it carries other resources, such as the provider’s own network. Nothing was changed.',
        },
      }}
    >
      <p>
        {asLabel(as)} {as.name ? `(${as.name})` : ''} is returned to the registry. Routes announced from it
        stop being accepted.
      </p>
    </DeleteDialog>
  );
}
