import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { toUnicodeDomain } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import type { ZoneSummary } from '@/api/types';
import { listBulk } from '@/features/bulk/list-bulk';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { nameCollator } from '@/features/lists/text-match';
import { ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { cx } from '@/features/ui/class-names';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { productLabel, recentProducts, useRecentProducts } from './recent-products';
import { deleteZones } from './zone-bulk-actions';
import type { ZoneSortKey } from './zone-list-search';

const ZONE_LIST: ListIndex<ZoneSummary, ZoneSortKey> = {
  searchable: (z) => [z.id, z.id.includes('xn--') ? toUnicodeDomain(z.id) : null],
  columns: {
    name: { value: (z) => z.id, compare: ordinal },
    updated: { value: (z) => z.updated ?? '', compare: ordinal },
    valid: { value: (z) => z.valid ?? '', compare: nameCollator.compare },
  },
  tieBreak: (a, b) => ordinal(a.id, b.id),
};
const zoneKey = (z: ZoneSummary) => z.id;

function columns(productId: string): readonly TableColumn<ZoneSummary, ZoneSortKey>[] {
  return [
    {
      header: 'Zone',
      sortKey: 'name',
      cellClass: 'truncate px-3',
      title: (z) => z.id,
      cell: (z) => {
        const unicode = z.id.includes('xn--') ? toUnicodeDomain(z.id) : null;
        return (
          <Link
            to="/dns/$productId/$zone"
            params={{ productId, zone: z.id }}
            preload={false}
            className={cx(cellLinkClass, 'font-mono')}
          >
            {unicode ?? z.id}
            {unicode && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{z.id}</span>}
          </Link>
        );
      },
    },
    {
      header: 'Updated',
      sortKey: 'updated',
      width: 'w-[9rem]',
      cellClass: 'px-3 tabular-nums',
      cell: (z) => z.updated || <NotSet>—</NotSet>,
    },
    {
      header: 'Valid',
      sortKey: 'valid',
      width: 'w-[6rem]',
      cellClass: 'px-3',
      cell: (z) => z.valid || <NotSet>—</NotSet>,
    },
  ];
}

/** GET …/bind/{productid}/zone (#19): search and sort in the URL, virtualised for thousands of zones. */
export function ZoneListPage({ productId, ...props }: ListPageProps<ZoneSortKey> & { productId: string }) {
  const { data } = useSuspenseQuery(dnsQueries.zones(productId));
  const recent = useRecentProducts();
  // Stable columns: the virtualised rows are memoised on them.
  const zoneColumns = useMemo(() => columns(productId), [productId]);
  const bulk = useMemo(() => listBulk([deleteZones(productId)]), [productId]);
  // The product answered: remember it for this connection, most recent first.
  useEffect(() => recentProducts.use(productId), [productId]);
  return (
    <ListPage
      {...props}
      header={{
        title: 'DNS zones',
        description: productLabel(productId, recent),
        crumbs: [{ label: 'DNS products', to: '/dns' }],
        explorer: <ExplorerLink endpoint={endpoint('zone.list')} />,
        actions: (
          <WriteLinkButton to="/dns/new" search={{ product: productId }} variant="primary">
            New zone
          </WriteLinkButton>
        ),
      }}
      listId="dns-zones"
      items={data}
      index={ZONE_LIST}
      empty={{ title: 'No zones in this product yet', text: 'The API returned an empty list.' }}
      searchLabel="Search zones"
      placeholder="Zone name, e.g. example.ch or zürich"
      noun={['zone', 'zones']}
      hint="Search looks at the zone name, in its xn-- and its Unicode form."
      caption="DNS zones"
      columns={zoneColumns}
      rowKey={zoneKey}
      minWidthClass="min-w-[30rem]"
      virtualTestId="zone-scroller"
      bulk={bulk}
    />
  );
}
