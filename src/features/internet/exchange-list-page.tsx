import { useSuspenseQuery } from '@tanstack/react-query';
import { endpoint } from '@/api/catalogue';
import { countryName } from '@/api/domain/countries';
import { internetQueries } from '@/api/queries/internet';
import type { Exchange } from '@/api/types';
import { ordinal, useListPipeline } from '../lists/use-list-pipeline';
import { type ListPageProps, useListSearch } from '../lists/use-list-search';
import { EmptyState, NotSet } from '../ui/empty-state';
import { ExplorerLink } from '../ui/explorer-link';
import { PageHeader } from '../ui/page-header';
import { SearchableList } from '../ui/searchable-list';
import { SortableTable } from '../ui/sortable-table';
import type { TableColumn } from '../ui/table-columns';
import type { EXCHANGE_SORT_KEYS } from './list-search';
import { INTERNET_CRUMB, InternetSectionNav } from './section-nav';

type SortKey = (typeof EXCHANGE_SORT_KEYS)[number];

export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  const name = countryName(code);
  return name ? `${name} (${code.toUpperCase()})` : code;
}

const text = (a: string, b: string) => a.localeCompare(b);
const padded = (n: number | null | undefined) => String(n ?? 0).padStart(10, '0');

const COLUMNS: readonly TableColumn<Exchange, SortKey>[] = [
  { header: 'Name', sortKey: 'name', width: 'w-32', cellClass: 'px-3 font-medium', cell: (x) => x.name },
  {
    header: 'AS number',
    sortKey: 'asn',
    width: 'w-32',
    cellClass: 'px-3 tabular-nums',
    cell: (x) => (x.asn != null ? `AS${x.asn}` : <NotSet />),
  },
  {
    header: 'Country',
    sortKey: 'country',
    width: 'w-48',
    cellClass: 'px-3',
    cell: (x) => countryLabel(x.country) || <NotSet />,
  },
  {
    header: 'Description',
    cellClass: 'px-3 truncate',
    title: (x) => x.description ?? undefined,
    cell: (x) => x.description || <NotSet />,
  },
];

/** GET /v1/internet/exchange: every exchange a tunnel can reach. */
export function ExchangeListPage(props: ListPageProps<SortKey>) {
  const { data } = useSuspenseQuery(internetQueries.exchanges());
  const list = useListSearch(props);
  const rows = useListPipeline({
    items: data,
    searchable: (x) => [
      x.name,
      x.description,
      x.country,
      countryLabel(x.country),
      x.asn != null ? `AS${x.asn}` : '',
    ],
    columns: {
      name: { value: (x) => x.name, compare: text },
      asn: { value: (x) => padded(x.asn), compare: ordinal },
      country: { value: (x) => countryLabel(x.country), compare: text },
    },
    tieBreak: (a, b) => a.id - b.id,
    sort: props.search.sort,
    dir: props.search.dir,
    query: list.query,
  });
  return (
    <>
      <PageHeader
        title="Internet exchanges"
        description="The exchanges 4b42 connects to; a layer-2 tunnel reaches one of their peering LANs."
        crumbs={[INTERNET_CRUMB]}
        explorer={<ExplorerLink endpoint={endpoint('exchange.list')} />}
      />
      <InternetSectionNav />
      {data.length === 0 ? (
        <EmptyState title="No exchanges">The API returned an empty list.</EmptyState>
      ) : (
        <SearchableList
          label="Search exchanges"
          placeholder="Name, AS number, country or description"
          search={list}
          shown={rows.length}
          total={data.length}
          noun={['exchange', 'exchanges']}
        >
          <SortableTable
            caption="Internet exchanges"
            columns={COLUMNS}
            rows={rows}
            rowKey={(x) => String(x.id)}
            sort={list.sort}
            minWidthClass="min-w-[40rem]"
          />
        </SearchableList>
      )}
    </>
  );
}
