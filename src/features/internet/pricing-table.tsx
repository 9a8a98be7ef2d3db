import { useQuery } from '@tanstack/react-query';
import { CURRENCIES, type Currency, DEFAULT_CURRENCY, formatMoney, productName } from '@/api/domain/money';
import { internetQueries } from '@/api/queries/internet';
import type { Price } from '@/api/types';
import { cardClass, inputClass } from '../ui/class-names';
import { setCurrency, useCurrency } from '../ui/currency-setting';
import { LoadingState } from '../ui/empty-state';
import { ErrorPanel } from '../ui/error-panel';

/** A decimal string as money; what the API sent when it is no decimal. */
export function Money({ value, currency }: { value: string; currency: Currency }) {
  return <span title={`${value} as sent by the API`}>{formatMoney(value, currency) ?? value}</span>;
}

export function CurrencySetting() {
  const currency = useCurrency();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <label htmlFor="price-currency">Currency</label>
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
      <span className="text-xs">
        The API names no currency;{' '}
        {currency === DEFAULT_CURRENCY
          ? 'CHF is assumed (4b42 is Swiss)'
          : `shown in ${currency} as you chose`}
        .
      </span>
    </div>
  );
}

/** GET …/autonomous_system/pricing: create, renew (yearly) and update prices per product. */
export function PricingTable() {
  const pricing = useQuery(internetQueries.pricing());
  const currency = useCurrency();
  return (
    <section aria-labelledby="pricing-heading" className={`${cardClass} space-y-3 p-4`}>
      <h2 id="pricing-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        Prices
      </h2>
      <CurrencySetting />
      {pricing.isPending ? (
        <LoadingState label="Loading prices…" />
      ) : pricing.isError ? (
        <ErrorPanel
          error={pricing.error}
          title="Prices could not be loaded"
          onRetry={() => void pricing.refetch()}
        />
      ) : (
        // Focusable, so keyboard users can scroll it sideways on a phone.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (WCAG 2.1.1)
        <section className="overflow-x-auto" tabIndex={0} aria-label="Prices per product">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Prices per product</caption>
            <thead className="text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Product
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Create
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Renew (yearly)
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Update
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
