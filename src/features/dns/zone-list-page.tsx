import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { toUnicodeDomain } from '@/api/domain/domain-name';
import { dnsQueries } from '@/api/queries/dns';
import type { ZoneSummary } from '@/api/types';
import { listBulk } from '@/features/bulk/list-bulk';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { compareNames } from '@/features/lists/text-match';
import { ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { dateTimeColumn } from '@/features/ui/api-date-time';
import { cx } from '@/features/ui/class-names';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { apiDateSortValue } from '@/features/ui/format-api-date';
import { WriteLinkButton } from '@/features/ui/link-button';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { i18n, useMessages } from '@/i18n';
import { productLabel, recentProducts, useRecentProducts } from './recent-products';
import { deleteZones } from './zone-bulk-actions';
import type { ZoneSortKey } from './zone-list-search';

const ZONE_LIST: ListIndex<ZoneSummary, ZoneSortKey> = {
  searchable: (z) => [z.id, z.id.includes('xn--') ? toUnicodeDomain(z.id) : null],
  columns: {
    name: { value: (z) => z.id, compare: ordinal },
    updated: { value: (z) => apiDateSortValue(z.updated), compare: ordinal },
    valid: { value: (z) => z.valid ?? '', compare: compareNames },
  },
  tieBreak: (a, b) => ordinal(a.id, b.id),
};
const zoneKey = (z: ZoneSummary) => z.id;

const messages = i18n('dns/zone-list-page', {
  zone: 'Zone',
  updated: 'Updated',
  valid: 'Valid',
  title: 'DNS zones',
  products: 'DNS products',
  newZone: 'New zone',
  emptyTitle: 'No zones in this product yet',
  emptyText: 'The API returned an empty list.',
  searchLabel: 'Search zones',
  placeholder: 'e.g. example.ch, zürich',
  one: 'zone',
  many: 'zones',
  hint: 'Search looks at the zone name, in its xn-- and its Unicode form.',
  caption: 'DNS zones',
});
type Messages = ReturnType<typeof messages.get>;

function columns(productId: string, t: Messages): readonly TableColumn<ZoneSummary, ZoneSortKey>[] {
  return [
    {
      header: t.zone,
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
    dateTimeColumn({ header: t.updated, sortKey: 'updated', value: (z) => z.updated }),
    {
      header: t.valid,
      sortKey: 'valid',
      width: 'w-[6rem]',
      cellClass: 'px-3',
      cell: (z) => z.valid || <NotSet>—</NotSet>,
    },
  ];
}

/** GET …/bind/{productid}/zone (#19): search and sort in the URL, virtualised for thousands of zones. */
export function ZoneListPage({ productId, ...props }: ListPageProps<ZoneSortKey> & { productId: string }) {
  const t = useMessages(messages);
  const { data } = useSuspenseQuery(dnsQueries.zones(productId));
  const recent = useRecentProducts();
  // Stable columns: the virtualised rows are memoised on them (new ones when the language changes).
  const zoneColumns = useMemo(() => columns(productId, t), [productId, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: t stands for the language the actions are written in
  const bulk = useMemo(() => listBulk([deleteZones(productId)]), [productId, t]);
  // The product answered: remember it for this connection, most recent first.
  useEffect(() => recentProducts.use(productId), [productId]);
  return (
    <ListPage
      {...props}
      header={{
        title: t.title,
        description: productLabel(productId, recent),
        crumbs: [{ label: t.products, to: '/dns' }],
        explorer: <ExplorerLink endpoint={endpoint('zone.list')} params={{ productid: productId }} />,
        actions: (
          <WriteLinkButton to="/dns/new" search={{ product: productId }} variant="primary">
            {t.newZone}
          </WriteLinkButton>
        ),
      }}
      listId="dns-zones"
      items={data}
      index={ZONE_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.searchLabel}
      placeholder={t.placeholder}
      noun={[t.one, t.many]}
      hint={t.hint}
      caption={t.caption}
      columns={zoneColumns}
      rowKey={zoneKey}
      minWidthClass="min-w-[30rem]"
      virtualTestId="zone-scroller"
      bulk={bulk}
    />
  );
}
