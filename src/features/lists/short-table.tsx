import { SortableTable } from '@/features/ui/sortable-table';
import type { TableProps } from '@/features/ui/table-columns';
import { ListCards } from './list-cards';
import { usePhoneLayout } from './use-phone-layout';

/**
 * A handful of rows shown whole, in their own order, with no search (a price list): the lists'
 * table, or their cards on a phone, where a table would hide its right-hand columns off screen.
 */
export function ShortTable<T>(props: Omit<TableProps<T, never>, 'sort'>) {
  return usePhoneLayout() ? <ListCards {...props} /> : <SortableTable {...props} />;
}
