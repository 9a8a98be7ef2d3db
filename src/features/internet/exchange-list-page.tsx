import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { countryLabel, countrySearchTexts } from '@/api/domain/countries';
import { internetQueries } from '@/api/queries/internet';
import type { Exchange } from '@/api/types';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { numberOrder, ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { actionsColumn, type TableColumn } from '@/features/ui/table-columns';
import { i18n, useMessages } from '@/i18n';
import type { EXCHANGE_SORT_KEYS } from './list-search';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

type SortKey = (typeof EXCHANGE_SORT_KEYS)[number];

const messages = i18n('internet/exchange-list-page', {
  title: 'Internet exchanges',
  description: 'The exchanges 4b42 connects to; a layer-2 tunnel reaches one of their peering LANs.',
  id: 'ID',
  name: 'Name',
  asNumber: 'AS number',
  country: 'Country',
  descriptionColumn: 'Description',
  emptyTitle: 'No exchanges',
  emptyText: 'The API returned an empty list.',
  search: 'Search exchanges',
  placeholder: 'Name, AS number, country or description',
  one: 'exchange',
  many: 'exchanges',
  actions: 'Actions',
  newTunnel: 'New tunnel',
});
type Messages = ReturnType<typeof messages.get>;

const text = (a: string, b: string) => a.localeCompare(b);
const padded = (n: number | null | undefined) => numberOrder(n ?? 0);

const columns = (t: Messages): readonly TableColumn<Exchange, SortKey>[] => [
  // The value a layer-2 tunnel's `exchange` takes.
  { header: t.id, id: 'id', width: 'w-16', cellClass: 'px-3 tabular-nums', cell: (x) => x.id },
  { header: t.name, sortKey: 'name', width: 'w-32', cellClass: 'px-3 font-medium', cell: (x) => x.name },
  {
    header: t.asNumber,
    sortKey: 'asn',
    width: 'w-32',
    cellClass: 'px-3 tabular-nums',
    cell: (x) => (x.asn != null ? `AS${x.asn}` : <NotSet />),
  },
  {
    header: t.country,
    sortKey: 'country',
    width: 'w-48',
    cellClass: 'px-3',
    cell: (x) => countryLabel(x.country) || <NotSet />,
  },
  {
    header: t.descriptionColumn,
    id: 'description',
    cellClass: 'px-3 truncate',
    title: (x) => x.description ?? undefined,
    cell: (x) => x.description || <NotSet />,
  },
  actionsColumn({
    header: t.actions,
    width: 'w-36',
    cell: (x) => (
      <WriteLinkButton
        to="/internet/tunnel"
        search={{ exchange: String(x.id) }}
        size="sm"
        variant="ghost"
        writes={endpoint('tunnel.createLayer2')}
      >
        {t.newTunnel} <span className="sr-only">{x.name}</span>
      </WriteLinkButton>
    ),
  }),
];

const EXCHANGE_LIST: ListIndex<Exchange, SortKey> = {
  searchable: (x) => [
    x.name,
    x.description,
    ...countrySearchTexts(x.country),
    x.asn != null ? `AS${x.asn}` : '',
  ],
  columns: {
    name: { value: (x) => x.name, compare: text },
    asn: { value: (x) => padded(x.asn), compare: ordinal },
    country: { value: (x) => countryLabel(x.country), compare: text },
  },
  tieBreak: (a, b) => a.id - b.id,
};
const exchangeKey = (x: Exchange) => String(x.id);

/** GET /v1/internet/exchange: every exchange a tunnel can reach. */
export function ExchangeListPage(props: ListPageProps<SortKey>) {
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  const tableColumns = useMemo(() => columns(t), [t]);
  const { data } = useSuspenseQuery(internetQueries.exchanges());
  return (
    <ListPage
      {...props}
      header={{
        title: t.title,
        description: t.description,
        crumbs: [crumb],
        explorer: <ExplorerLink endpoint={endpoint('exchange.list')} />,
      }}
      above={<InternetSectionNav />}
      listId="internet-exchanges"
      items={data}
      index={EXCHANGE_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.search}
      placeholder={t.placeholder}
      noun={[t.one, t.many]}
      caption={t.title}
      columns={tableColumns}
      rowKey={exchangeKey}
      minWidthClass="min-w-[48rem]"
    />
  );
}
