import type { QueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { countryName } from '@/api/domain/countries';
import { customerQueries } from '@/api/queries/customers';
import type { Customer } from '@/api/types';
import { cx } from '../ui/class-names';
import { NotSet } from '../ui/empty-state';
import { cellLinkClass, type TableColumn } from '../ui/table-columns';
import type { SortKey } from './customer-list-search';
import type { CustomerSummary } from './customer-search-index';

export const customerKey = (customer: CustomerSummary) => customer.name;

/** Why the extra columns are often empty: the list call does not carry them. */
const FROM_DETAIL =
  'Filled for customers whose details this tab has already loaded; empty for the others (no extra requests).';

const countryText = (code: string) => {
  const name = countryName(code);
  return name ? `${name} (${code.toUpperCase()})` : code;
};

/**
 * An extra column read from the customer's detail in the query cache, never fetched for the list:
 * empty when the detail is not there, a dash when it is and has no value.
 */
function fromDetail(
  client: QueryClient,
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
    header,
    optional: true,
    hint: FROM_DETAIL,
    width: 'w-[10rem]',
    cellClass: 'truncate px-3',
    title: (summary) => text(summary) || undefined,
    text,
    cell: (summary) => (read(summary) ? text(summary) || <NotSet>—</NotSet> : null),
  };
}

/** The customers list's columns: three sortable ones, and extras from cached details. */
export function customerColumns(client: QueryClient): readonly TableColumn<CustomerSummary, SortKey>[] {
  return [
    {
      header: 'Customer number',
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
      header: 'Organisation',
      sortKey: 'organisation',
      cellClass: 'truncate px-3',
      title: (customer) => customer.description ?? undefined,
      cell: (customer) => customer.description || <NotSet>—</NotSet>,
    },
    {
      header: 'GUID',
      sortKey: 'guid',
      width: 'w-[20rem]',
      cellClass: 'truncate px-3 font-mono text-xs text-slate-700 dark:text-slate-300',
      cell: (customer) => customer.guid || '—',
    },
    fromDetail(client, 'Country', (c) => (c.country ? countryText(c.country) : null)),
    fromDetail(client, 'City', (c) => c.city),
    fromDetail(client, 'VAT', (c) => c.vatid),
  ];
}
