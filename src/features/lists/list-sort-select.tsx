import { useId } from 'react';
import { inputClass } from '@/features/ui/class-names';
import type { TableColumn } from '@/features/ui/table-columns';
import { i18n, params, useMessages } from '@/i18n';
import type { ListSearch, SortDirection } from './sort-order';

const messages = i18n('lists/list-sort-select', {
  sortBy: 'Sort by',
  ascending: params<{ column: string }>('{column}, ascending'),
  descending: params<{ column: string }>('{column}, descending'),
});

/** Cards have no column headers to click: the sort is a select ("Organisation, Z–A"). */
export function ListSortSelect<T, K extends string>({
  columns,
  sort,
  dir,
  onChange,
}: {
  columns: readonly TableColumn<T, K>[];
  sort: K;
  dir: SortDirection;
  onChange: (next: Pick<ListSearch<K>, 'sort' | 'dir'>) => void;
}) {
  const t = useMessages(messages);
  const id = useId();
  const sortable = columns.flatMap((column) =>
    column.sortKey === undefined ? [] : [{ key: column.sortKey, header: column.header }],
  );
  if (sortable.length === 0) return null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {t.sortBy}
      </label>
      <select
        id={id}
        className={inputClass}
        value={`${sort}:${dir}`}
        onChange={(event) => {
          const [key, direction] = event.target.value.split(':') as [K, SortDirection];
          onChange({ sort: key, dir: direction });
        }}
      >
        {sortable.flatMap(({ key, header }) => [
          <option key={`${key}:asc`} value={`${key}:asc`}>
            {t.ascending({ column: header })}
          </option>,
          <option key={`${key}:desc`} value={`${key}:desc`}>
            {t.descending({ column: header })}
          </option>,
        ])}
      </select>
    </div>
  );
}
