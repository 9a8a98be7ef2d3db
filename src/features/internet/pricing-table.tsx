import { useQuery } from '@tanstack/react-query';
import { CURRENCIES, type Currency, DEFAULT_CURRENCY, formatMoney, productName } from '@/api/domain/money';
import { internetQueries } from '@/api/queries/internet';
import type { Price } from '@/api/types';
import { i18n, intlLocale, params, useLocale, useMessages } from '@/i18n';
import { cardClass, inputClass } from '../ui/class-names';
import { setCurrency, useCurrency } from '../ui/currency-setting';
import { LoadingState } from '../ui/empty-state';
import { ErrorPanel } from '../ui/error-panel';

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

/** A decimal string as money; what the API sent when it is no decimal. */
export function Money({ value, currency }: { value: string; currency: Currency }) {
  const t = useMessages(messages);
  return <span title={t.asSent({ value })}>{formatMoney(value, currency, intlLocale()) ?? value}</span>;
}

export function CurrencySetting() {
  const t = useMessages(messages);
  const currency = useCurrency();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <label htmlFor="price-currency">{t.currency}</label>
      <select
        id="price-currency"
        className={`${inputClass} w-auto`}
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
        // Focusable, so keyboard users can scroll it sideways on a phone.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (WCAG 2.1.1)
        <section className="overflow-x-auto" tabIndex={0} aria-label={t.perProduct}>
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">{t.perProduct}</caption>
            <thead className="text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t.product}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t.create}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t.renew}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t.update}
                </th>
              </tr>
            </thead>
            <tbody className="text-slate-900 dark:text-slate-100">
              {pricing.data.map((price) => (
                <PriceRow key={price.name} price={price} currency={currency} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function PriceRow({ price, currency }: { price: Price; currency: Currency }) {
  // The product's name and meaning come from the catalogue: follow the language.
  useLocale();
  const product = productName(price.name);
  return (
    <tr className="border-t border-slate-100 dark:border-slate-800">
      <td className="py-2 pr-3">
        <span className="font-medium">{product.title}</span>{' '}
        <code className="text-xs text-slate-600 dark:text-slate-400">{price.name}</code>
        <span className="block text-xs text-slate-600 dark:text-slate-400">{product.explanation}</span>
      </td>
      <td className="py-2 pr-3 text-right tabular-nums">
        <Money value={price.create} currency={currency} />
      </td>
      <td className="py-2 pr-3 text-right tabular-nums">
        <Money value={price.renew} currency={currency} />
      </td>
      <td className="py-2 text-right tabular-nums">
        <Money value={price.update} currency={currency} />
      </td>
    </tr>
  );
}
