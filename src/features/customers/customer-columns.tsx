import { Link } from '@tanstack/react-router';
import { cx } from '../ui/class-names';
import { NotSet } from '../ui/empty-state';

import { cellLinkClass, type TableColumn } from '../ui/table-columns';
import type { SortKey } from './customer-list-search';
import type { CustomerSummary } from './customer-search-index';

export const customerKey = (customer: CustomerSummary) => customer.name;

/** The customers list's columns, each sortable. */
export const CUSTOMER_COLUMNS: readonly TableColumn<CustomerSummary, SortKey>[] = [
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
];
