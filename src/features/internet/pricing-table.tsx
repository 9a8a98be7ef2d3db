import { useQuery } from '@tanstack/react-query';
import { CURRENCIES, type Currency, DEFAULT_CURRENCY, formatMoney, productName } from '@/api/domain/money';
import { internetQueries } from '@/api/queries/internet';
import type { Price } from '@/api/types';
import { ShortTable } from '@/features/lists/short-table';
import { cardClass, inlineInputClass } from '@/features/ui/class-names';
import { setCurrency, useCurrency } from '@/features/ui/currency-setting';
import { LoadingState } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import type { TableColumn } from '@/features/ui/table-columns';
import { i18n, intlLocale, params, useMessages } from '@/i18n';

const messages = i18n('internet/pricing-table', {
  asSent: params<{ value: string }>('{value} as sent by the API'),
  currency: 'Currency',
  assumed: 'The API names no currency; CHF is assumed (4b42 is Swiss).',
  chosen: params<{ currency: string }>('The API names no currency; shown in {currency} as you chose.'),
  prices: 'Prices',
  loading: 'Loading prices…',
  loadFailed: 'Prices could not be loaded',
  perProduct: 'Prices per product',
  product: 'Product',
  create: 'Create',
  renew: 'Renew (yearly)',
  update: 'Update',
});

/** A decimal string as money, as text; what the API sent when it is no decimal. */
export function moneyText(value: string, currency: Currency): string {
  return formatMoney(value, currency, intlLocale()) ?? value;
}

/** `moneyText`, with what the API sent on hover. */
export function Money({ value, currency }: { value: string; currency: Currency }) {
  const t = useMessages(messages);
  return <span title={t.asSent({ value })}>{moneyText(value, currency)}</span>;
}

export function CurrencySetting() {
  const t = useMessages(messages);
  const currency = useCurrency();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <label htmlFor="price-currency">{t.currency}</label>
      <select
        id="price-currency"
        className={inlineInputClass}
        value={currency}
        onChange={(e) => setCurrency(e.target.value as Currency)}
      >
        {CURRENCIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <span className="text-xs">{currency === DEFAULT_CURRENCY ? t.assumed : t.chosen({ currency })}</span>
    </div>
  );
}

/** GET …/autonomous_system/pricing: create, renew (yearly) and update prices per product. */
export function PricingTable() {
  const t = useMessages(messages);
  const pricing = useQuery(internetQueries.pricing());
  const currency = useCurrency();
  return (
    <section aria-labelledby="pricing-heading" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="pricing-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t.prices}
      </h2>
      <CurrencySetting />
      {pricing.isPending ? (
        <LoadingState label={t.loading} />
      ) : pricing.isError ? (
        <ErrorPanel error={pricing.error} title={t.loadFailed} onRetry={() => void pricing.refetch()} />
      ) : (
        <ShortTable
          caption={t.perProduct}
          columns={priceColumns(t, currency)}
          rows={pricing.data}
          rowKey={(price) => price.name}
          minWidthClass="min-w-[32rem]"
        />
      )}
    </section>
  );
}

type Texts = ReturnType<typeof messages.get>;

function priceColumns(t: Texts, currency: Currency): readonly TableColumn<Price, never>[] {
  const money = (id: 'create' | 'renew' | 'update', header: string): TableColumn<Price, never> => ({
    header,
    id,
    width: 'w-[18%]',
    cellClass: 'px-3 py-2 tabular-nums',
    cell: (price) => <Money value={price[id]} currency={currency} />,
  });
  return [
    {
      header: t.product,
      id: 'name',
      width: 'w-[46%]',
      cellClass: 'px-3 py-2',
      // The product's name and meaning come from the catalogue, in the current language.
      title: (price) => productName(price.name).title,
      cell: (price) => {
        const product = productName(price.name);
        return (
          <>
            <span className="font-medium">{product.title}</span>{' '}
            <code className="text-xs text-slate-600 dark:text-slate-400">{price.name}</code>
            <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
              {product.explanation}
            </span>
          </>
        );
      },
    },
    money('create', t.create),
    money('renew', t.renew),
    money('update', t.update),
  ];
}
