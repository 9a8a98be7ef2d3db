import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { endpoint } from '@/api/catalogue';
import { toUnicodeDomain } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import type { ZoneSummary } from '@/api/types';
import { nameCollator } from '@/features/lists/text-match';
import { type SortColumn, useListPipeline } from '@/features/lists/use-list-pipeline';
import { type ListPageProps, useListSearch } from '@/features/lists/use-list-search';
import { cx } from '@/features/ui/class-names';
import { EmptyState, NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { SearchableList } from '@/features/ui/searchable-list';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { VirtualTable } from '@/features/ui/virtual-table';
import { productLabel, recentProducts, useRecentProducts } from './recent-products';
import type { ZoneSortKey } from './zone-list-search';

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const SORT: Record<ZoneSortKey, SortColumn<ZoneSummary>> = {
  name: { value: (z) => z.id, compare: ordinal },
  updated: { value: (z) => z.updated ?? '', compare: ordinal },
  valid: { value: (z) => z.valid ?? '', compare: nameCollator.compare },
};
const searchable = (z: ZoneSummary) => [z.id, z.id.includes('xn--') ? toUnicodeDomain(z.id) : null];
const zoneKey = (z: ZoneSummary) => z.id;
const tieBreak = (a: ZoneSummary, b: ZoneSummary) => ordinal(a.id, b.id);

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
  const list = useListSearch(props);
  const recent = useRecentProducts();
  // The product answered: remember it for this connection, most recent first.
  useEffect(() => recentProducts.use(productId), [productId]);
  const shown = useListPipeline({
    items: data,
    searchable,
    columns: SORT,
    tieBreak,
    sort: props.search.sort,
    dir: props.search.dir,
    query: list.query,
  });

  return (
    <>
      <PageHeader
        title="DNS zones"
        description={productLabel(productId, recent)}
        crumbs={[{ label: 'DNS products', to: '/dns' }]}
        explorer={<ExplorerLink endpoint={endpoint('zone.list')} />}
        actions={
          <WriteLinkButton to="/dns/new" search={{ product: productId }} variant="primary">
            New zone
          </WriteLinkButton>
        }
      />
      {data.length === 0 ? (
        <EmptyState title="No zones in this product yet">The API returned an empty list.</EmptyState>
      ) : (
        <SearchableList
          label="Search zones"
          placeholder="Zone name, e.g. example.ch or zürich"
          search={list}
          shown={shown.length}
          total={data.length}
          noun={['zone', 'zones']}
          hint="Search looks at the zone name, in its xn-- and its Unicode form."
        >
          <VirtualTable
            caption="DNS zones"
            columns={columns(productId)}
            rows={shown}
            rowKey={zoneKey}
            sort={list.sort}
            resetScrollKey={list.resetScrollKey}
            minWidthClass="min-w-[30rem]"
            testId="zone-scroller"
          />
        </SearchableList>
      )}
    </>
  );
}
