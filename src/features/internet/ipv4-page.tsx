import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { parseAbuseResource } from '@/api/domain/abuse-resource';
import { countryLabel } from '@/api/domain/countries';
import { formatMoney, productName } from '@/api/domain/money';
import { internetQueries } from '@/api/queries/internet';
import type { Price } from '@/api/types';
import { formatNumber, i18n, intlLocale, params, useMessages } from '@/i18n';
import { cardClass, cellLinkClass } from '../ui/class-names';
import { useCurrency } from '../ui/currency-setting';
import { EmptyState, NotSet } from '../ui/empty-state';
import { ExplorerLink } from '../ui/explorer-link';
import { PageHeader } from '../ui/page-header';
import { CurrencySetting } from './pricing-table';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

const messages = i18n('internet/ipv4-page', {
  title: 'Available IPv4 ranges',
  description: 'Ranges 4b42 can assign to you now.',
  emptyTitle: 'No IPv4 ranges available',
  emptyText: 'The API lists none at the moment (it answered `[]`).',
  size: 'Size',
  sizeValue: params<{ size: number; addresses: string }>('/{size}, {addresses} addresses'),
  notGiven: 'Not given',
  country: 'Country',
  price: 'Price',
  priceValue: params<{ create: string; renew: string }>('{create} once, {renew} a year'),
  abuse: 'Abuse',
  lookUpAbuse: 'Look up reports',
});

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

/** GET /v1/internet/resources/ipv4/available. */
export function Ipv4Page() {
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  const { data } = useSuspenseQuery(internetQueries.ipv4());
  const pricing = useQuery(internetQueries.pricing());
  const currency = useCurrency();
  const ranges = data.map(readRange);
  const priceOf = (name: string | null): Price | undefined => pricing.data?.find((p) => p.name === name);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={<ExplorerLink endpoint={endpoint('ipv4.available')} />}
      />
      <InternetSectionNav />
      {ranges.length === 0 ? (
        <EmptyState title={t.emptyTitle}>{t.emptyText}</EmptyState>
      ) : (
        <div className="space-y-4">
          <CurrencySetting />
          <ul className="grid gap-3 sm:grid-cols-2">
            {ranges.map((r) => {
              const price = priceOf(r.pricing);
              return (
                <li key={r.network} className={`${cardClass} p-4 text-sm`}>
                  <p className="font-mono text-base font-semibold text-slate-900 dark:text-slate-50">
                    {r.network}
                  </p>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700 dark:text-slate-300">
                    <dt>{t.size}</dt>
                    <dd>
                      {r.size != null && r.size <= 32 ? (
                        t.sizeValue({ size: r.size, addresses: formatNumber(2 ** (32 - r.size)) })
                      ) : (
                        <NotSet>{t.notGiven}</NotSet>
                      )}
                    </dd>
                    <dt>{t.country}</dt>
                    <dd>{r.country ? countryLabel(r.country) : <NotSet>{t.notGiven}</NotSet>}</dd>
                    <dt>{t.price}</dt>
                    <dd>
                      {price ? (
                        <>
                          {t.priceValue({
                            create: formatMoney(price.create, currency, intlLocale()) ?? price.create,
                            renew: formatMoney(price.renew, currency, intlLocale()) ?? price.renew,
                          })}
                          <span className="block text-xs text-slate-600 dark:text-slate-400">
                            {productName(price.name).title} ({price.name})
                          </span>
                        </>
                      ) : (
                        <NotSet>{t.notGiven}</NotSet>
                      )}
                    </dd>
                    {/* Worth a look before ordering: a range's past follows it to its next holder. */}
                    {parseAbuseResource(r.network) && (
                      <>
                        <dt>{t.abuse}</dt>
                        <dd>
                          <Link
                            to="/internet/abuse"
                            search={{ resource: r.network }}
                            className={cellLinkClass}
                          >
                            {t.lookUpAbuse} <span className="sr-only">{r.network}</span>
                          </Link>
                        </dd>
                      </>
                    )}
                  </dl>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}
