import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { parseAbuseResource } from '@/api/domain/abuse-resource';
import { countryLabel, countrySearchTexts } from '@/api/domain/countries';
import { ipv4Octets, isIPv4 } from '@/api/domain/ip';
import { type Currency, productName } from '@/api/domain/money';
import { internetQueries } from '@/api/queries/internet';
import type { Price } from '@/api/types';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { numberOrder, ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { cellLinkClass } from '@/features/ui/class-names';
import { useCurrency } from '@/features/ui/currency-setting';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { actionsColumn, type TableColumn } from '@/features/ui/table-columns';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import type { IPV4_SORT_KEYS } from './list-search';
import { CurrencySetting, moneyText } from './pricing-table';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

const messages = i18n('internet/ipv4-page', {
  title: 'Available IPv4 ranges',
  description: 'Ranges 4b42 can assign to you now.',
  emptyTitle: 'No IPv4 ranges available',
  emptyText: 'The API lists none at the moment (it answered []).',
  network: 'Range',
  size: 'Size',
  sizeValue: params<{ size: number; addresses: string }>('/{size}, {addresses} addresses'),
  notGiven: 'Not given',
  // The price column while the price list is on its way, or when it could not be read.
  pricesLoading: 'Loading prices…',
  pricesUnread: 'Prices could not be read',
  country: 'Country',
  price: 'Price',
  priceValue: params<{ create: string; renew: string }>('{create} once, {renew} a year'),
  abuse: 'Abuse',
  lookUpAbuse: 'Look up reports',
  search: 'Search IPv4 ranges',
  placeholder: 'Range, country or product',
  one: 'range',
  many: 'ranges',
});
type Messages = ReturnType<typeof messages.get>;
type SortKey = (typeof IPV4_SORT_KEYS)[number];

interface Range {
  network: string;
  size: number | null;
  country: string | null;
  pricing: string | null;
}

/** The docs show `[]` and no item shape: a bare string or an object with what it gives. */
function readRange(item: unknown): Range {
  if (typeof item === 'string')
    return { network: item, size: prefixLength(item), country: null, pricing: null };
  const o = (item ?? {}) as Record<string, unknown>;
  const network = String(o.network ?? o.range ?? o.prefix ?? JSON.stringify(o));
  const size = Number(o.size ?? prefixLength(network) ?? Number.NaN);
  return {
    network,
    size: Number.isFinite(size) ? size : null,
    country: typeof o.country === 'string' ? o.country : null,
    pricing: typeof o.pricing === 'string' ? o.pricing : null,
  };
}

function prefixLength(network: string): number | null {
  const match = /\/(\d{1,2})$/.exec(network);
  return match ? Number(match[1]) : null;
}

/** How many addresses a prefix length holds; null when it is none. */
function addressCount(size: number | null): number | null {
  return size != null && size >= 0 && size <= 32 ? 2 ** (32 - size) : null;
}

/** A range's start as a sortable text (zero-padded number), so 193.33.99.128 follows 193.33.98.0. */
function networkOrder(network: string): string {
  const address = network.split('/')[0] ?? '';
  if (!isIPv4(address)) return `~${network}`;
  return numberOrder(ipv4Octets(address).reduce((sum, octet) => sum * 256 + octet, 0));
}

const IPV4_LIST: ListIndex<Range, SortKey> = {
  searchable: (r) => [r.network, ...countrySearchTexts(r.country), r.pricing],
  columns: {
    network: { value: (r) => networkOrder(r.network), compare: ordinal },
    // By addresses, not prefix length: the smallest range first; a size not given last.
    size: { value: (r) => numberOrder(addressCount(r.size) ?? 2 ** 33), compare: ordinal },
    country: {
      value: (r) => (r.country ? countryLabel(r.country) : ''),
      compare: (a, b) => a.localeCompare(b),
    },
  },
  tieBreak: (a, b) => ordinal(networkOrder(a.network), networkOrder(b.network)),
};
const rangeKey = (r: Range) => r.network;

function rangeColumns(
  t: Messages,
  priceOf: (name: string | null) => Price | undefined,
  /** Why a range shows no price when it is not that the API gives none. */
  pricesMissing: string | null,
  currency: Currency,
): readonly TableColumn<Range, SortKey>[] {
  const money = (value: string) => moneyText(value, currency);
  return [
    {
      header: t.network,
      sortKey: 'network',
      width: 'w-44',
      cellClass: 'px-3 font-mono font-medium',
      cell: (r) => r.network,
    },
    {
      header: t.size,
      sortKey: 'size',
      width: 'w-48',
      cellClass: 'px-3',
      cell: (r) => {
        const addresses = addressCount(r.size);
        return r.size != null && addresses != null ? (
          t.sizeValue({ size: r.size, addresses: formatNumber(addresses) })
        ) : (
          <NotSet>{t.notGiven}</NotSet>
        );
      },
    },
    {
      header: t.country,
      sortKey: 'country',
      width: 'w-44',
      cellClass: 'px-3',
      cell: (r) => (r.country ? countryLabel(r.country) : <NotSet>{t.notGiven}</NotSet>),
    },
    {
      header: t.price,
      id: 'price',
      cellClass: 'px-3 py-1',
      text: (r) => {
        const price = priceOf(r.pricing);
        return price ? t.priceValue({ create: money(price.create), renew: money(price.renew) }) : '';
      },
      cell: (r) => {
        const price = priceOf(r.pricing);
        if (!price) return <NotSet>{pricesMissing ?? t.notGiven}</NotSet>;
        return (
          <>
            {t.priceValue({ create: money(price.create), renew: money(price.renew) })}
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {productName(price.name).title} ({price.name})
            </span>
          </>
        );
      },
    },
    // Worth a look before ordering: a range's past follows it to its next holder.
    actionsColumn({
      header: t.abuse,
      width: 'w-40',
      cell: (r) =>
        parseAbuseResource(r.network) ? (
          <Link to="/internet/abuse" search={{ resource: r.network }} className={cellLinkClass}>
            {t.lookUpAbuse} <span className="sr-only">{r.network}</span>
          </Link>
        ) : null,
    }),
  ];
}

/** GET /v1/internet/resources/ipv4/available: searchable and sortable, priced in the chosen currency. */
export function Ipv4Page(props: ListPageProps<SortKey>) {
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  const { data } = useSuspenseQuery(internetQueries.ipv4());
  const pricing = useQuery(internetQueries.pricing());
  const currency = useCurrency();
  const ranges = useMemo(() => data.map(readRange), [data]);
  const columns = useMemo(() => {
    const priceOf = (name: string | null) => pricing.data?.find((p) => p.name === name);
    const missing = pricing.isPending ? t.pricesLoading : pricing.isError ? t.pricesUnread : null;
    return rangeColumns(t, priceOf, missing, currency);
  }, [t, pricing.data, pricing.isPending, pricing.isError, currency]);
  return (
    <ListPage
      {...props}
      header={{
        title: t.title,
        description: t.description,
        crumbs: [crumb],
        explorer: <ExplorerLink endpoint={endpoint('ipv4.available')} />,
      }}
      above={
        <>
          <InternetSectionNav />
          <div className="mb-4">
            <CurrencySetting />
          </div>
        </>
      }
      listId="internet-ipv4"
      items={ranges}
      index={IPV4_LIST}
      empty={{ title: t.emptyTitle, text: t.emptyText }}
      searchLabel={t.search}
      placeholder={t.placeholder}
      noun={[t.one, t.many]}
      caption={t.title}
      columns={columns}
      rowKey={rangeKey}
      minWidthClass="min-w-[56rem]"
    />
  );
}
