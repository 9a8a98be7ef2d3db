import { type ComponentProps, memo, type ReactNode } from 'react';
import { EmptyState } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { SearchableList } from '@/features/ui/searchable-list';
import { SortableTable } from '@/features/ui/sortable-table';
import type { TableColumn, TableProps } from '@/features/ui/table-columns';
import { VirtualTable } from '@/features/ui/virtual-table';
import { type ListPipeline, useListPipeline } from './use-list-pipeline';
import { type ListPageProps, useListSearch } from './use-list-search';

/** How a list is searched and sorted: what the box looks in, how each sort key orders rows. */
export type ListIndex<T, K extends string> = Pick<ListPipeline<T, K>, 'searchable' | 'columns' | 'tieBreak'>;

/** Everything a list declares; the search, sort, counts and empty states come with it. */
export interface ListViewProps<T, K extends string> extends ListPageProps<K> {
  items: readonly T[];
  index: ListIndex<T, K>;
  /** Shown when the API returned no rows at all. */
  empty: { title: string; text: ReactNode };
  /** The search box's accessible name, e.g. "Search users". */
  searchLabel: string;
  placeholder: string;
  /** What one row is and what several are: `['user', 'users']`. */
  noun: readonly [one: string, many: string];
  /** What the search looks at, said when nothing matched. */
  hint?: string;
  caption: string;
  columns: readonly TableColumn<T, K>[];
  /** Keep it stable (module level) for a virtualised list. */
  rowKey: (row: T) => string;
  minWidthClass: string;
  /** Long lists: virtualise the body; the scroller carries this test id. Short lists render every row. */
  virtualTestId?: string;
}

/** A list's body: nothing yet, or the search box with its count over a sortable table. */
export function ListView<T, K extends string>({
  search,
  onSearchChange,
  items,
  index,
  empty,
  searchLabel,
  placeholder,
  noun,
  hint,
  caption,
  columns,
  rowKey,
  minWidthClass,
  virtualTestId,
}: ListViewProps<T, K>) {
  const list = useListSearch({ search, onSearchChange });
  // The deferred text: a keystroke paints the box first, the list follows (use-list-search.ts).
  const shown = useListPipeline({
    ...index,
    items,
    sort: search.sort,
    dir: search.dir,
    query: list.listQuery,
  });
  if (items.length === 0) return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  return (
    <SearchableList
      label={searchLabel}
      placeholder={placeholder}
      search={list}
      shown={shown.length}
      total={items.length}
      noun={noun}
      hint={hint}
    >
      <ListTable
        caption={caption}
        columns={columns}
        rows={shown}
        rowKey={rowKey}
        sort={list.sort}
        minWidthClass={minWidthClass}
        virtualTestId={virtualTestId}
        resetScrollKey={list.resetScrollKey}
      />
    </SearchableList>
  );
}

type ListTableProps<T, K extends string> = TableProps<T, K> & {
  virtualTestId?: string;
  resetScrollKey: string;
};

/**
 * The table, skipped by React while its rows and order are the same: the keystroke's own render
 * (the box) and the URL catching up with the text leave it alone.
 */
const ListTable = memo(function ListTable<T, K extends string>({
  virtualTestId,
  resetScrollKey,
  ...table
}: ListTableProps<T, K>) {
  return virtualTestId ? (
    <VirtualTable {...table} testId={virtualTestId} resetScrollKey={resetScrollKey} />
  ) : (
    <SortableTable {...table} />
  );
}) as <T, K extends string>(props: ListTableProps<T, K>) => ReactNode;

/**
 * A whole list page: the header, then what the area shows above the list (its section tabs, a
 * note), the list, and what follows it (e.g. a price table).
 */
export function ListPage<T, K extends string>({
  header,
  above,
  below,
  ...list
}: ListViewProps<T, K> & {
  header: ComponentProps<typeof PageHeader>;
  above?: ReactNode;
  below?: ReactNode;
}) {
  return (
    <>
      <PageHeader {...header} />
      {above}
      {below ? (
        <div className="space-y-6">
          <ListView {...list} />
          {below}
        </div>
      ) : (
        <ListView {...list} />
      )}
    </>
  );
}
