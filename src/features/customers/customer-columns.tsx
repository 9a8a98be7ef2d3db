import type { QueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { countryLabel } from '@/api/domain/countries';
import { customerQueries } from '@/api/queries/customers';
import type { Customer } from '@/api/types';
import { cx } from '@/features/ui/class-names';
import { NotSet } from '@/features/ui/empty-state';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { i18n } from '@/i18n';
import type { SortKey } from './customer-list-search';
import type { CustomerSummary } from './customer-search-index';

export const customerKey = (customer: CustomerSummary) => customer.name;

const messages = i18n('customers/customer-columns', {
  /** Why the extra columns are often empty: the list call does not carry them. */
  fromDetail:
    'Filled for customers whose details this tab has already loaded; empty for the others (no extra requests).',
  number: 'Customer number',
  organisation: 'Organisation',
  guid: 'GUID',
  country: 'Country',
  city: 'City',
  vat: 'VAT',
});

/**
 * An extra column read from the customer's detail in the query cache, never fetched for the list:
 * empty when the detail is not there, a dash when it is and has no value.
 */
function fromDetail(
  client: QueryClient,
  id: string,
  header: string,
  value: (customer: Customer) => string | null | undefined,
): TableColumn<CustomerSummary, SortKey> {
  const read = (summary: CustomerSummary) =>
    client.getQueryData(customerQueries.detail(summary.name).queryKey);
  const text = (summary: CustomerSummary) => {
    const detail = read(summary);
    return detail ? (value(detail) ?? '') : '';
  };
  return {
    // The column choice is kept by id, which stays the same in every language.
    id,
    header,
    optional: true,
    hint: messages.get().fromDetail,
    width: 'w-[10rem]',
    cellClass: 'truncate px-3',
    title: (summary) => text(summary) || undefined,
    text,
    cell: (summary) => (read(summary) ? text(summary) || <NotSet>—</NotSet> : null),
  };
}

/** The customers list's columns: three sortable ones, and extras from cached details. Call it during render. */
export function customerColumns(client: QueryClient): readonly TableColumn<CustomerSummary, SortKey>[] {
  const t = messages.get();
  return [
    {
      header: t.number,
      sortKey: 'number',
      width: 'w-[11rem]',
      cellClass: 'px-3',
      cell: (customer) => (
        <Link
          to="/customers/$customerNumber"
          params={{ customerNumber: customer.name }}
          // Hovering across a long list must not spend the hourly request budget.
          preload={false}
          className={cx(cellLinkClass, 'font-mono')}
        >
          {customer.name}
        </Link>
      ),
    },
    {
      header: t.organisation,
      sortKey: 'organisation',
      cellClass: 'truncate px-3',
      title: (customer) => customer.description ?? undefined,
      cell: (customer) => customer.description || <NotSet>—</NotSet>,
    },
    {
      header: t.guid,
      sortKey: 'guid',
      width: 'w-[20rem]',
      cellClass: 'truncate px-3 font-mono text-xs text-slate-700 dark:text-slate-300',
      cell: (customer) => customer.guid || '—',
    },
    fromDetail(client, 'Country', t.country, (c) => (c.country ? countryLabel(c.country) : null)),
    fromDetail(client, 'City', t.city, (c) => c.city),
    fromDetail(client, 'VAT', t.vat, (c) => c.vatid),
  ];
}
